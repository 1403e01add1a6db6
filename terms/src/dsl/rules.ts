import { z } from "zod";
import { isoDateSchema, rateSchema, textSchema } from "./common.js";
import { citationsSchema } from "./citation.js";
import { conditionSchema } from "./condition.js";
import { durationSchema } from "./duration.js";
import { priceRuleSchema } from "./fees.js";

// The rule blocks of a terms version besides fees: billing, ordering, cancellation, term limits,
// interest, credits, responsibilities, permissions and changes. Each cites its clauses.

export const billingSchema = z.strictObject({
  /** When service and billing start relative to the date the customer asks for. */
  serviceStart: z.enum([
    /** The 1st of the month after the desired opening date, also when that date is a 1st (Flex 第5条). */
    "firstOfMonthAfterDesired",
    /** The day the initial work completes (UTM/Server 第9条); a quote assumes the desired date. */
    "initialWorkCompletion",
    /** A 1st of a month the customer chooses (QT PRO Cloud spec §16). */
    "chosenFirstOfMonth",
  ]),
  /** Daily proration of the monthly fee in the first month, in the last month, and on a change. */
  proration: z.strictObject({
    start: z.enum(["none", "daily"]),
    end: z.enum(["none", "daily"]),
    change: z.enum(["none", "daily"]),
  }),
  /** The last day billed: the end date itself, or the day before it (UTM 第25条). */
  lastBilledDay: z.enum(["endDate", "dayBeforeEndDate"]),
  cite: citationsSchema,
});
export type BillingRule = z.infer<typeof billingSchema>;

export const orderRuleSchema = z.strictObject({
  /** Every deadline that applies must be met: the earliest of them is the last submission day. */
  deadlines: z.array(
    z.strictObject({
      when: conditionSchema.optional(),
      before: durationSchema,
      label: textSchema,
      cite: citationsSchema,
    }),
  ),
  /** Targets after acceptance: shown as targets, never as guarantees. */
  targets: z.array(z.strictObject({ label: textSchema, duration: durationSchema, cite: citationsSchema })).default([]),
  note: textSchema.optional(),
  cite: citationsSchema,
});
export type OrderRule = z.infer<typeof orderRuleSchema>;

export const cancellationRuleSchema = z.strictObject({
  /** How long before the desired end date the notice must arrive (0 = no minimum notice). */
  notice: durationSchema,
  noticeForm: textSchema.optional(),
  /** The end date must be the last day of a (billing) month (QT PRO Cloud 第18条). */
  endOfMonthOnly: z.boolean().default(false),
  /** What a late notice means. */
  lateNotice: z.discriminatedUnion("type", [
    /** The end date stands, but N following months' fees may be charged (Flex 第7条第2項). */
    z.strictObject({ type: z.literal("possibleCharge"), months: z.number().int().positive(), cite: citationsSchema }),
    /** The end date moves to the earliest date the notice still reaches in time. */
    z.strictObject({ type: z.literal("moveEnd"), cite: citationsSchema }),
    /** The provider's confirmation decides (UTM/Server 第21条): see `confirmation`. */
    z.strictObject({ type: z.literal("byConfirmation"), cite: citationsSchema }),
  ]),
  /**
   * When the end date depends on the day the provider confirms the notice: a quote assumes the
   * confirmation on the notice day if that is a business day, else the next business day.
   */
  confirmation: z
    .strictObject({
      calendar: z.string(),
      /** If the desired date falls before `onOrBefore` of the confirmation date, the end date becomes: */
      rule: z.discriminatedUnion("type", [
        /** confirmation date + N business days, when desired ≤ confirmation − 1 day (UTM). */
        z.strictObject({ type: z.literal("confirmationPlusBusinessDays"), days: z.number().int().positive() }),
        /** the confirmation date, when desired < confirmation (Server). */
        z.strictObject({ type: z.literal("confirmationDate") }),
      ]),
      assumption: textSchema,
      cite: citationsSchema,
    })
    .optional(),
  /** Duties at the end (delete resources, return equipment), shown in the quote. */
  duties: z.array(z.strictObject({ text: textSchema, cite: citationsSchema })).default([]),
  cite: citationsSchema,
});
export type CancellationRule = z.infer<typeof cancellationRuleSchema>;

export const termLimitSchema = z.strictObject({
  when: conditionSchema.optional(),
  duration: durationSchema,
  label: textSchema,
  cite: citationsSchema,
});
export type TermLimit = z.infer<typeof termLimitSchema>;
export type TermLimitInput = z.input<typeof termLimitSchema>;

export const termsLimitsSchema = z.strictObject({
  /** First matching entry applies; counted from the service start date. */
  minimum: z.array(termLimitSchema).default([]),
  /** What ending inside the minimum term costs. */
  earlyTermination: z
    .strictObject({ type: z.literal("remainingMonthlyFees"), cite: citationsSchema, note: textSchema.optional() })
    .optional(),
  /** First matching entry applies; the contract cannot continue past it. */
  maximum: z.array(termLimitSchema).default([]),
});
export type TermsLimits = z.infer<typeof termsLimitsSchema>;

/** A dated rate, e.g. the statutory interest rate under 民法第404条. */
export const datedRateSchema = z.strictObject({
  from: isoDateSchema,
  rate: z.string().regex(/^\d+(\.\d+)?$/),
  cite: citationsSchema,
});

export const lateInterestSchema = z.strictObject({
  rate: z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("fixed"), annualRate: rateSchema }),
    /** The statutory rate (法定利率) in force on the due date, as dated data. */
    z.strictObject({
      type: z.literal("statutory"),
      rates: z.array(datedRateSchema).min(1),
      /** The last day the rates are known for (民法第404条: reviewed every three years). */
      knownThrough: isoDateSchema.optional(),
      /** What a computation after `knownThrough` assumes, shown with it. */
      beyondKnown: z.strictObject({ text: textSchema, cite: citationsSchema }).optional(),
    }),
  ]),
  /** Interest runs from the day after the due date … */
  through: z.enum(["paymentDate", "dayBeforePayment"]),
  /** No interest at all when paid within this many days after the due date. */
  graceDays: z.number().int().nonnegative().default(0),
  /** "365": a 365-day year, also in leap years. */
  dayCountBasis: z.literal(365),
  /** A due date that is a day off in this calendar moves to the previous business day (Flex 第8条第3項). */
  dueDateCalendar: z.string().optional(),
  interpretation: textSchema.optional(),
  cite: citationsSchema,
});
export type LateInterestRule = z.infer<typeof lateInterestSchema>;

export const outageCreditSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("none"), cite: citationsSchema }),
  /** Each full `hours` of total outage (after the provider knew, not the customer's fault) credits one day's prorated fee. */
  z.strictObject({ type: z.literal("dailyPerFullPeriod"), hours: z.number().int().positive(), cite: citationsSchema }),
]);
export type OutageCreditRule = z.infer<typeof outageCreditSchema>;

export const surchargeSchema = z.strictObject({
  /** The evaded amount is owed, plus this multiple of it … */
  multiple: z.number().int().positive(),
  /** … plus consumption tax on that multiple. */
  taxOnSurcharge: z.boolean(),
  cite: citationsSchema,
});

export const partySchema = z.strictObject({ id: z.string().regex(/^[a-z][a-z0-9-]*$/), name: textSchema });

export const responsibilitySchema = z.strictObject({
  area: textSchema,
  duty: textSchema,
  party: z.string(),
  cite: citationsSchema,
});
export type Responsibility = z.infer<typeof responsibilitySchema>;

export const permissionSchema = z.strictObject({
  operation: z.string().regex(/^[a-z][a-z0-9.-]*$/),
  label: textSchema,
  /** Who may do it themselves, e.g. "power-user". */
  actor: z.string().optional(),
  mode: z.enum(["self-service", "request", "not-allowed"]),
  /**
   * The fee item the operation is charged (its code in `fees`: a one-off fee on `request`). The
   * price list is the one source of the amount: `fee` is taken from that item on every parse.
   */
  feeCode: z.string().optional(),
  /** The fee: from `feeCode`'s item; written here only where the price list has no item (unpriced: "at cost", "not stated"). */
  fee: priceRuleSchema.optional(),
  documents: z.array(textSchema).default([]),
  leadTime: durationSchema.optional(),
  note: textSchema.optional(),
  cite: citationsSchema,
});
export type Permission = z.infer<typeof permissionSchema>;

/**
 * A change a customer may request. Conditions read the configuration before and after as
 * "before.<key>" and "after.<key>".
 */
export const changeRuleSchema = z.strictObject({
  param: z.string(),
  label: textSchema,
  forbiddenWhen: conditionSchema.optional(),
  /** Why it is forbidden and what to do instead. */
  reason: textSchema.optional(),
  /** One-off fees (fee codes) the change triggers. */
  fees: z.array(z.strictObject({ trigger: z.enum(["changed", "added", "removed"]), fee: z.string() })).default([]),
  cite: citationsSchema,
});
export type ChangeRule = z.infer<typeof changeRuleSchema>;

/** A cross-reference in the source text, so the linter can check it points where it should. */
export const crossReferenceSchema = z.strictObject({
  /** Where the reference stands. */
  at: z.string(),
  /** What it refers to, as written. */
  target: z.string(),
  /** What the reference is about (e.g. "利用料金の支払義務"), checked against the target's title. */
  subject: z.string().optional(),
  /**
   * A defect the sources contain, acknowledged: the linter reports it as a notice, not an error.
   * `target` (default): the reference points elsewhere than it should, or nowhere — `intended` is
   * where it should point, and must differ from `target`. `wording`: it points to the right place
   * but names it wrongly (a misquoted title or term) — `intended` is `target` itself.
   */
  knownDefect: z
    .strictObject({ kind: z.enum(["target", "wording"]).default("target"), intended: z.string(), note: textSchema })
    .optional(),
  /** A remark on a reference that resolves (e.g. what the target lacks), shown with it; not a defect. */
  note: textSchema.optional(),
  cite: citationsSchema,
});
export type CrossReference = z.infer<typeof crossReferenceSchema>;

/** The document's articles/annexes with titles and paragraph counts, for resolving references. */
export const outlineEntrySchema = z.strictObject({
  clause: z.string(),
  title: z.string(),
  paragraphs: z.number().int().positive().optional(),
});

/** A choice made where the sources are ambiguous: recorded with the clause, shown to users. */
export const interpretationSchema = z.strictObject({
  topic: z.string(),
  text: textSchema,
  /** Engine rule ids whose steps rely on it (e.g. "billing.finalMonth"): shown beside those steps. */
  rules: z.array(z.string()).optional(),
  cite: citationsSchema,
});
export type Interpretation = z.infer<typeof interpretationSchema>;
