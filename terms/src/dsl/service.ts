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

/** The computable content of one version of a service's terms, as written. */
const termsBodyObject = z.strictObject({
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
type WrittenTermsBody = z.output<typeof termsBodyObject>;

/**
 * Values one part of the terms takes from another, filled in on every parse so that each is written
 * once: a parameter's `pricingBlock` is the `blockSize` of the fees that price it in blocks (none, or
 * several that disagree: none — the linter reports the disagreement); a permission's `fee` is the
 * price of its `feeCode` item. A value written beside its source is replaced by the source's.
 */
function deriveFromSources(body: WrittenTermsBody): WrittenTermsBody {
  const blockSizes = new Map<string, Set<number>>();
  for (const f of body.fees) {
    if (f.quantity?.blockSize === undefined) continue;
    const sizes = blockSizes.get(f.quantity.param) ?? new Set<number>();
    sizes.add(f.quantity.blockSize);
    blockSizes.set(f.quantity.param, sizes);
  }
  const parameters = body.parameters.map((p) => {
    if (p.type !== "integer") return p;
    const sizes = blockSizes.get(p.key);
    const pricingBlock = sizes?.size === 1 ? [...sizes][0] : undefined;
    if (p.pricingBlock === pricingBlock) return p;
    const { pricingBlock: _written, ...rest } = p;
    return pricingBlock === undefined ? rest : { ...rest, pricingBlock };
  });
  const feeByCode = new Map(body.fees.map((f) => [f.code, f]));
  const permissions = body.permissions.map((p) => {
    const item = p.feeCode === undefined ? undefined : feeByCode.get(p.feeCode);
    return item ? { ...p, fee: item.price } : p;
  });
  return { ...body, parameters, permissions };
}

/** The computable content of one version of a service's terms, with the values derived from their sources. */
export const termsBodySchema = termsBodyObject.transform(deriveFromSources);
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
