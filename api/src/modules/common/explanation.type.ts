import { Field, ObjectType } from "type-graphql";
import type { ExplanationStep as EngineStep } from "@yakkan/terms";
import type { Lang } from "../../errors.js";
import { Citation, toCitation } from "./citation.type.js";

@ObjectType({ description: "One step of the reasoning behind a result." })
export class ExplanationStep {
  @Field(() => String, { description: "Human-readable, in the requested language." })
  message!: string;

  @Field(() => [Citation])
  citations!: Citation[];
}

export function toExplanation(steps: readonly EngineStep[], lang: Lang): ExplanationStep[] {
  return steps.map((s) => ({ message: s.message[lang], citations: s.citations.map(toCitation) }));
}
