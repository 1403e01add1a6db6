import { z } from "zod";
import { scalarSchema, textSchema } from "./common.js";
import { citationsSchema } from "./citation.js";
import { conditionSchema } from "./condition.js";

/**
 * The constraints on one key that hold under a condition. A key's rules are tried in order; the
 * first whose `when` holds applies (a rule without `when` always holds, so put it last).
 */
export const parameterRuleSchema = z.strictObject({
  when: conditionSchema.optional(),
  required: z.boolean().default(false),
  /** Used when the key is absent. A key with a default is never "missing". */
  default: scalarSchema.optional(),
  /** For enums: the subset of `values` allowed under this rule. */
  allowed: z.array(scalarSchema).min(1).optional(),
  /** For integers: inclusive range. */
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  note: textSchema.optional(),
  cite: citationsSchema,
});
export type ParameterRule = z.infer<typeof parameterRuleSchema>;

const baseParameter = {
  key: z.string().regex(/^[a-z][A-Za-z0-9]*$/, "keys are lowerCamelCase"),
  label: textSchema,
  description: textSchema.optional(),
  /** The key may be given only when this holds ("log retention only on Complete"). */
  appliesWhen: conditionSchema.optional(),
  rules: z.array(parameterRuleSchema).min(1),
  cite: citationsSchema,
};

export const enumParameterSchema = z.strictObject({
  ...baseParameter,
  type: z.literal("enum"),
  values: z.array(z.strictObject({ value: z.union([z.string(), z.number()]), label: textSchema })).min(1),
});

export const integerParameterSchema = z.strictObject({
  ...baseParameter,
  type: z.literal("integer"),
  unit: textSchema.optional(),
  /**
   * Priced in blocks of this many, rounded up: shown by forms. Derived on every parse from the
   * `quantity.blockSize` of the fees that price this key (pricing's number is the one source).
   */
  pricingBlock: z.number().int().positive().optional(),
});

export const booleanParameterSchema = z.strictObject({
  ...baseParameter,
  type: z.literal("boolean"),
});

export const parameterSpecSchema = z.discriminatedUnion("type", [
  enumParameterSchema,
  integerParameterSchema,
  booleanParameterSchema,
]);
export type ParameterSpec = z.infer<typeof parameterSpecSchema>;
export type ParameterSpecInput = z.input<typeof parameterSpecSchema>;
