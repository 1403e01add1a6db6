import { Field, ObjectType } from "type-graphql";
import type { Citation as EngineCitation, ChargeLine as EngineLine } from "@yakkan/terms";
import type { Lang } from "../../errors.js";
import { Citation, toCitation } from "./citation.type.js";
import { ChargeKindEnum, type ChargeKind } from "./enums.js";

@ObjectType({ description: "One priced line of an estimate or quote. Amounts are yen, tax-exclusive." })
export class ChargeLine {
  @Field(() => String, { description: 'Stable machine code, e.g. "device-licence", "early-termination".' })
  code!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String, { description: '"monthly" | "one-off" | "possible"' })
  kind!: ChargeKind;

  @Field(() => ChargeKindEnum, { description: "The kind as an enum (the same value as kind)." })
  kindCode!: ChargeKind;

  @Field(() => String, { nullable: true })
  quantity?: string | null;

  @Field(() => String, { nullable: true })
  unitPrice?: string | null;

  @Field(() => String)
  amount!: string;

  @Field(() => [Citation])
  citations!: Citation[];
}

/** An engine's line, or one read back from a stored quote (which may predate `unitPrice`). */
export type ChargeLineSource = Omit<EngineLine, "unitPrice" | "citations"> & {
  unitPrice?: string | null | undefined;
  citations: readonly EngineCitation[];
};

export function toChargeLine(line: ChargeLineSource, lang: Lang): ChargeLine {
  return {
    code: line.code,
    label: line.label[lang],
    kind: line.kind,
    kindCode: line.kind,
    quantity: line.quantity,
    unitPrice: line.unitPrice ?? null,
    amount: line.amount,
    citations: line.citations.map(toCitation),
  };
}
