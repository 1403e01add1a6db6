import type { Citation, Text } from "../dsl/index.js";

/** One step of the reasoning behind a result, citing the clauses it applied. */
export interface ExplanationStep {
  message: Text;
  citations: Citation[];
}

export function step(message: Text, citations: readonly Citation[]): ExplanationStep {
  return { message, citations: [...citations] };
}
