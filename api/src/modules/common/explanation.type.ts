import { Field, ObjectType } from "type-graphql";
import { explain, stepText, type Text, type Trace } from "@yakkan/terms";
import type { Lang } from "../../errors.js";
import { Citation, toCitation } from "./citation.type.js";
import { NoteKindEnum } from "./enums.js";

@ObjectType({ description: "An interpretation or assumption a step relied on." })
export class ExplanationNote {
  @Field(() => NoteKindEnum)
  kind!: keyof typeof NoteKindEnum;

  @Field(() => String)
  text!: string;

  @Field(() => [Citation])
  citations!: Citation[];
}

@ObjectType({ description: "One step of the reasoning behind a result." })
export class ExplanationStep {
  @Field(() => String, {
    description: "Human-readable, in the requested language (its notes appended, each labelled).",
  })
  message!: string;

  @Field(() => String, {
    description: "The step's sentence alone, without its notes (for readers that show the notes apart).",
  })
  sentence!: string;

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
    sentence: s.message,
    citations: s.citations.map(toCitation),
    rule: s.rule,
    notes: s.notes.map((n) => ({ kind: n.kind, text: n.text, citations: n.citations.map(toCitation) })),
  }));
}

/**
 * Adds `explanation` to a result as a lazy property: the prose is rendered only when a client
 * selects the field (GraphQL's default resolver reads the property), never for results nobody reads.
 */
export function withExplanation<T extends object>(
  result: T,
  trace: Trace,
  lang: Lang,
): T & { explanation: ExplanationStep[] } {
  let rendered: ExplanationStep[] | undefined;
  return Object.defineProperty(result, "explanation", {
    enumerable: true,
    get: () => (rendered ??= toExplanation(trace, lang)),
  }) as T & { explanation: ExplanationStep[] };
}

/** A step stored before explanations became data: its sentence, written then in both languages. */
export interface StoredSentence {
  message: Text;
  citations: readonly { document: string; clause: string; text?: string | undefined }[];
}

/** What an explanation is rendered from: a trace (the verbaliser), stored sentences, or nothing. */
export type ExplanationSource =
  { kind: "trace"; trace: Trace } | { kind: "sentences"; steps: readonly StoredSentence[] } | { kind: "none" };

/** Steps stored as sentences, in the requested language; they name no rule and carry no notes. */
export function toStoredExplanation(steps: readonly StoredSentence[], lang: Lang): ExplanationStep[] {
  return steps.map((s) => ({
    message: s.message[lang],
    sentence: s.message[lang],
    citations: s.citations.map((c) => ({ ...c })),
    rule: "",
    notes: [],
  }));
}

/** `withExplanation` for any source: a quote read back from a request may predate the trace. */
export function withExplanationFrom<T extends object>(
  result: T,
  source: ExplanationSource,
  lang: Lang,
): T & { explanation: ExplanationStep[] } {
  switch (source.kind) {
    case "trace":
      return withExplanation(result, source.trace, lang);
    case "sentences":
      return Object.assign(result, { explanation: toStoredExplanation(source.steps, lang) });
    case "none":
      return Object.assign(result, { explanation: [] });
  }
}
