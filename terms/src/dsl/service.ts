import { z } from "zod";
import { isoDateSchema, textSchema } from "./common.js";
import { citationsSchema } from "./citation.js";
import { calendarSchema } from "./calendar.js";
import { feeItemSchema, roundingRuleSchema, taxRuleSchema } from "./fees.js";
import { parameterSpecSchema } from "./parameters.js";
import {
  billingSchema,
  cancellationRuleSchema,
  changeRuleSchema,
  crossReferenceSchema,
  interpretationSchema,
  lateInterestSchema,
  orderRuleSchema,
  outageCreditSchema,
  outlineEntrySchema,
  partySchema,
  permissionSchema,
  responsibilitySchema,
  surchargeSchema,
  termsLimitsSchema,
} from "./rules.js";

/** The computable content of one version of a service's terms. */
export const termsBodySchema = z.strictObject({
  /** Business-day calendars the rules refer to by id (embedded, so a version is self-contained). */
  calendars: z.array(calendarSchema).default([]),
  parameters: z.array(parameterSpecSchema),
  fees: z.array(feeItemSchema),
  tax: taxRuleSchema,
  rounding: roundingRuleSchema,
  billing: billingSchema,
  order: orderRuleSchema,
  cancellation: cancellationRuleSchema,
  limits: termsLimitsSchema,
  lateInterest: lateInterestSchema,
  outageCredit: outageCreditSchema,
  surcharge: surchargeSchema.optional(),
  parties: z.array(partySchema).min(1),
  responsibilities: z.array(responsibilitySchema).default([]),
  permissions: z.array(permissionSchema).default([]),
  changeRules: z.array(changeRuleSchema).default([]),
  outline: z.array(outlineEntrySchema).default([]),
  crossReferences: z.array(crossReferenceSchema).default([]),
  interpretations: z.array(interpretationSchema).default([]),
});
export type TermsBody = z.infer<typeof termsBodySchema>;
export type TermsBodyInput = z.input<typeof termsBodySchema>;

export const termsVersionSchema = z.strictObject({
  /** The label people use, e.g. "2022-05-09 改訂". */
  version: z.string().min(1),
  effectiveFrom: isoDateSchema,
  /** Inclusive last day; absent = in force until a later version starts. */
  effectiveTo: isoDateSchema.optional(),
  /** Why this version exists (附則 entry). */
  source: textSchema,
  cite: citationsSchema,
  /**
   * Absent when the sources give only the date of this version, not its text: such a version is
   * listed but cannot be computed with (an error, never a guess).
   */
  terms: termsBodySchema.optional(),
});
export type TermsVersionDef = z.infer<typeof termsVersionSchema>;
export type TermsVersionDefInput = z.input<typeof termsVersionSchema>;

export const serviceDocumentSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
});

export const serviceDefinitionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  provider: z.string().min(1),
  documents: z.array(serviceDocumentSchema).min(1),
  versions: z.array(termsVersionSchema).min(1),
});
export type ServiceDefinition = z.infer<typeof serviceDefinitionSchema>;
export type ServiceDefinitionInput = z.input<typeof serviceDefinitionSchema>;
