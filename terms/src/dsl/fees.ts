import { z } from "zod";
import { isoDateSchema, rateSchema, scalarSchema, textSchema, yenSchema } from "./common.js";
import { citationsSchema } from "./citation.js";
import { conditionSchema, type Condition } from "./condition.js";
import type { Citation } from "./citation.js";
import type { Scalar, Text, Yen } from "./common.js";

/** One band of a band table: quantities from..to (inclusive; `to` null = no upper bound). */
export const bandSchema = z.strictObject({
  from: z.number().int().nonnegative(),
  to: z.number().int().positive().nullable(),
  unitPriceYen: yenSchema,
});
export type Band = z.infer<typeof bandSchema>;

/**
 * How a fee item's unit price (or amount) is found. Recursive through `cases`, so that a price can
 * depend on the plan, and within it on another key.
 */
export type PriceRule =
  | { type: "fixed"; amountYen: Yen }
  | { type: "table"; param: string; rows: { value: Scalar; amountYen: Yen }[] }
  | {
      type: "bands";
      /** whole: the whole quantity at the price of the band it falls in; graduated: each slice at its band's price. */
      mode: "whole" | "graduated";
      bands: Band[];
    }
  | { type: "cases"; cases: { when?: Condition | undefined; price: PriceRule; cite?: Citation[] | undefined }[] }
  | {
      type: "metered";
      /** Price per unit of use (e.g. per hour), capped at `monthlyCapYen` a month when given. */
      unitPriceYen: Yen;
      monthlyCapYen?: Yen | undefined;
    }
  | { type: "unpriced"; reason: Text };

export const priceRuleSchema: z.ZodType<PriceRule> = z.lazy(() =>
  z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("fixed"), amountYen: yenSchema }),
    z.strictObject({
      type: z.literal("table"),
      param: z.string().min(1),
      rows: z.array(z.strictObject({ value: scalarSchema, amountYen: yenSchema })).min(1),
    }),
    z.strictObject({
      type: z.literal("bands"),
      mode: z.enum(["whole", "graduated"]),
      bands: z.array(bandSchema).min(1),
    }),
    z.strictObject({
      type: z.literal("cases"),
      cases: z
        .array(
          z.strictObject({
            when: conditionSchema.optional(),
            price: priceRuleSchema,
            cite: citationsSchema.optional(),
          }),
        )
        .min(1),
    }),
    z.strictObject({ type: z.literal("metered"), unitPriceYen: yenSchema, monthlyCapYen: yenSchema.optional() }),
    z.strictObject({ type: z.literal("unpriced"), reason: textSchema }),
  ]),
);

/** A quantity taken from a parameter, optionally rounded up to whole blocks (50-licence units). */
export const quantitySchema = z.strictObject({
  param: z.string().min(1),
  blockSize: z.number().int().positive().optional(),
  cite: citationsSchema.optional(),
});

/** A factor applied to an item's amount under a condition (transparent proxy ×2 with multi-region). */
export const multiplierSchema = z.strictObject({
  when: conditionSchema,
  factor: z.number().int().positive(),
  note: textSchema,
  cite: citationsSchema,
});

export const feeItemSchema = z.strictObject({
  /** Stable machine code shown on charge lines, e.g. "device-licence". */
  code: z.string().regex(/^[a-z][a-z0-9-]*$/, "codes are kebab-case"),
  label: textSchema,
  /** monthly: recurring each billing month; one-off: charged once when `event` happens. */
  kind: z.enum(["monthly", "one-off"]),
  /** For one-off fees: new contract, change of the item, option added or removed, on request. */
  event: z.enum(["new", "change", "add", "remove", "request"]).optional(),
  /** Charged only from this billing month of the contract on (invoice fees: from the 3rd). */
  fromBillingMonth: z.number().int().min(2).optional(),
  /** The amount is waived while a condition holds (licensed gateway: for the maximum term). */
  waivers: z.array(z.strictObject({ when: conditionSchema, note: textSchema, cite: citationsSchema })).optional(),
  /** The item exists only when this holds (options). */
  when: conditionSchema.optional(),
  quantity: quantitySchema.optional(),
  price: priceRuleSchema,
  /** Billed by use (hours) with a monthly cap (QT PRO Cloud 第26条), described even where unpriced. */
  metering: z.strictObject({ unit: z.enum(["hour"]), monthlyCap: z.boolean(), cite: citationsSchema }).optional(),
  multipliers: z.array(multiplierSchema).optional(),
  note: textSchema.optional(),
  cite: citationsSchema,
});
export type FeeItem = z.infer<typeof feeItemSchema>;
export type FeeItemInput = z.input<typeof feeItemSchema>;

/** Consumption tax as dated data: the rate in force on a date. */
export const taxRuleSchema = z.strictObject({
  rates: z.array(z.strictObject({ from: isoDateSchema, rate: rateSchema, cite: citationsSchema })).min(1),
  /** How a fraction of a yen in the tax is handled. */
  rounding: z.enum(["truncate"]),
  cite: citationsSchema,
});
export type TaxRule = z.infer<typeof taxRuleSchema>;

/** How a document says fractions of a yen in its fee computations are handled. */
export const roundingRuleSchema = z.strictObject({
  mode: z.enum(["truncate"]),
  cite: citationsSchema,
});
export type RoundingRule = z.infer<typeof roundingRuleSchema>;
