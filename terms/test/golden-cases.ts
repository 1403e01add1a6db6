import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";

export const SERVICES_DIR = fileURLToPath(new URL("../services", import.meta.url));

const expectError = z.strictObject({ code: z.string(), paths: z.array(z.array(z.string())).optional() }).optional();
const amounts = z.record(z.string(), z.string());
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/**
 * The steps a case expects, in order (others may come between): "rule.id" or "rule.id: 第8条第8項,
 * 第8条第9項" — the rule that fired and clauses its step must cite (each once).
 */
const steps = z.array(z.string().regex(/^[a-z]+\.[A-Za-z]+(: .+)?$/)).optional();

/** One schema per engine function: the input fields and the expected output fields. */
export const CASE_SCHEMAS = {
  fees: z.strictObject({
    name: z.string(),
    steps,
    asOf: date.optional(),
    parameters: z.unknown(),
    expect: z
      .strictObject({
        monthly: z.string().optional(),
        monthlyWithTax: z.string().optional(),
        initial: z.string().optional(),
        initialWithTax: z.string().optional(),
        lines: amounts.optional(),
        unpricedItems: z.number().optional(),
      })
      .optional(),
    expectError,
  }),
  cancellation: z.strictObject({
    name: z.string(),
    steps,
    parameters: z.unknown(),
    startDate: date,
    desiredEndDate: date,
    noticeDate: date,
    monthlyFee: z.string().optional(),
    confirmationDate: date.optional(),
    expect: z
      .strictObject({
        latestNoticeDate: date.optional(),
        noticeInTime: z.boolean().optional(),
        effectiveEndDate: date.optional(),
        lastBilledDate: date.optional(),
        minimumTermEndDate: date.nullable().optional(),
        maximumTermEndDate: date.nullable().optional(),
        confirmationDate: date.nullable().optional(),
        charges: amounts.optional(),
        total: z.string().optional(),
        totalWithTax: z.string().optional(),
      })
      .optional(),
    expectError,
  }),
  "order-deadline": z.strictObject({
    name: z.string(),
    steps,
    parameters: z.unknown(),
    desiredStartDate: date,
    expect: z
      .strictObject({ latestSubmissionDate: date.optional(), serviceStartDate: date.nullable().optional() })
      .optional(),
    expectError,
  }),
  "late-interest": z.strictObject({
    name: z.string(),
    steps,
    amount: z.string(),
    dueDate: date,
    paidDate: date,
    expect: z
      .strictObject({ annualRate: z.string().optional(), days: z.number().optional(), interest: z.string().optional() })
      .optional(),
    expectError,
  }),
  change: z.strictObject({
    name: z.string(),
    steps,
    parameters: z.unknown(),
    newParameters: z.unknown(),
    effectiveDate: date,
    expect: z
      .strictObject({
        allowed: z.boolean().optional(),
        monthlyBefore: z.string().optional(),
        monthlyAfter: z.string().optional(),
        effectiveMonthCharge: z.string().optional(),
        oneOffCharges: amounts.optional(),
      })
      .optional(),
    expectError,
  }),
  "outage-credit": z.strictObject({
    name: z.string(),
    steps,
    monthlyFee: z.string(),
    outageStart: date,
    outageHours: z.number(),
    customerFault: z.boolean().default(false),
    expect: z.strictObject({ creditedDays: z.number().optional(), credit: z.string().optional() }).optional(),
    expectError,
  }),
  surcharge: z.strictObject({
    name: z.string(),
    steps,
    evadedAmount: z.string(),
    asOf: date,
    expect: z.strictObject({ surcharge: z.string().optional(), totalDue: z.string().optional() }).optional(),
    expectError,
  }),
  plan: z.strictObject({
    name: z.string(),
    steps,
    parameters: z.unknown(),
    startDate: date,
    noticeDate: date,
    months: z.number().int().optional(),
    monthlyFee: z.string().optional(),
    expect: z
      .strictObject({
        /** Every option, by end date: "latest notice | reachable | one-off | final month | reasons". */
        options: z.record(date, z.string()).optional(),
        earliestWithoutEarlyTerminationCharge: date.nullable().optional(),
        cheapest: date.nullable().optional(),
        minimumTermEndDate: date.nullable().optional(),
        maximumTermEndDate: date.nullable().optional(),
      })
      .optional(),
    expectError,
  }),
  "business-days": z.strictObject({
    name: z.string(),
    steps,
    calendar: z.string(),
    asOf: date.default("2026-11-01"),
    from: date,
    add: z.number().int(),
    expect: date.optional(),
    expectError,
  }),
} as const;

export type CaseKind = keyof typeof CASE_SCHEMAS;
export type CaseOf<K extends CaseKind> = z.infer<(typeof CASE_SCHEMAS)[K]>;

export interface CaseFile<K extends CaseKind> {
  serviceId: string;
  kind: K;
  file: string;
  cases: CaseOf<K>[];
}

/** Every `services/<id>/cases/<kind>.yaml`, parsed and checked against its schema. */
export function loadAllCases(dir: string = SERVICES_DIR): CaseFile<CaseKind>[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const casesDir = join(dir, d.name, "cases");
      let files: string[];
      try {
        files = readdirSync(casesDir).filter((f) => f.endsWith(".yaml"));
      } catch {
        return [];
      }
      return files.map((f) => {
        const kind = basename(f, ".yaml") as CaseKind;
        const schema = CASE_SCHEMAS[kind];
        if (!schema) throw new Error(`${d.name}/cases/${f}: unknown case kind "${kind}"`);
        const file = join(casesDir, f);
        return { serviceId: d.name, kind, file, cases: z.array(schema).parse(parse(readFileSync(file, "utf8"))) };
      });
    });
}
