import { Field, ObjectType } from "type-graphql";
import { explain, stepText, type Trace } from "@yakkan/terms";
import type { Lang } from "../../errors.js";
import { Citation, toCitation } from "./citation.type.js";

@ObjectType({ description: "An interpretation or assumption a step relied on." })
export class ExplanationNote {
  @Field(() => String, { description: '"interpretation" (a choice where the terms are ambiguous) or "assumption" (a fact the terms do not give).' })
  kind!: string;

  @Field(() => String)
  text!: string;

  @Field(() => [Citation])
  citations!: Citation[];
}

@ObjectType({ description: "One step of the reasoning behind a result." })
export class ExplanationStep {
  @Field(() => String, { description: "Human-readable, in the requested language (its notes appended, each labelled)." })
  message!: string;

  @Field(() => [Citation], { description: "The clauses the step applied, each once." })
  citations!: Citation[];

  @Field(() => String, { description: 'The engine rule that produced the step, e.g. "cancellation.notice".' })
  rule!: string;

  @Field(() => [ExplanationNote], { description: "The interpretations and assumptions the step relied on." })
  notes!: ExplanationNote[];
}

/** Renders a trace with the terms package's verbaliser (the one source of explanation prose). */
export function toExplanation(trace: Trace, lang: Lang): ExplanationStep[] {
  return explain(trace, lang).map((s) => ({
    message: stepText(s, lang),
    citations: s.citations.map(toCitation),
    rule: s.rule,
    notes: s.notes.map((n) => ({ kind: n.kind, text: n.text, citations: n.citations.map(toCitation) })),
  }));
}

/**
 * Adds `explanation` to a result as a lazy property: the prose is rendered only when a client
 * selects the field (GraphQL's default resolver reads the property), never for results nobody reads.
 */
export function withExplanation<T extends object>(result: T, trace: Trace, lang: Lang): T & { explanation: ExplanationStep[] } {
  let rendered: ExplanationStep[] | undefined;
  return Object.defineProperty(result, "explanation", {
    enumerable: true,
    get: () => (rendered ??= toExplanation(trace, lang)),
  }) as T & { explanation: ExplanationStep[] };
}
