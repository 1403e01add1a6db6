import { Field, ObjectType } from "type-graphql";
import type { Citation as EngineCitation } from "@yakkan/terms";

@ObjectType({ description: "Where a value or rule comes from in the source documents." })
export class Citation {
  @Field(() => String, { description: 'e.g. "qtpro-flex-mobility.terms"' })
  document!: string;

  @Field(() => String, { description: 'e.g. "第8条第9項" or "別紙1 2.(1)①"' })
  clause!: string;

  @Field(() => String, { nullable: true, description: "The quoted source sentence, Japanese." })
  text?: string | null;
}

export function toCitation(c: EngineCitation): Citation {
  return { document: c.document, clause: c.clause, text: c.text ?? null };
}
