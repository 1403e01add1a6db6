import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  builtInServices,
  estimateFees,
  explain,
  lateInterest,
  orderDeadline,
  outageCredit,
  quoteCancellation,
  quoteChange,
  renderStep,
  stepText,
  type Trace,
} from "../src/index.js";
import { INTERNAL_DOCUMENT } from "../src/lint/lint.js";

// Issue 9, "explanations as data": each step is an entry (rule id, inputs, output, citations once
// per clause, interpretations and assumptions); one verbaliser renders it in Japanese or English.

const numRuns = Number(process.env["FC_NUM_RUNS"] ?? 200);
const service = (id: string) => builtInServices().get(id);
const flex = service("qtpro-flex-mobility");
const utm = service("utm-support");
const server = service("server-support");
const cloud = service("qtpro-cloud");

const rendered = (trace: Trace) =>
  ["ja", "en"].flatMap((lang) => explain(trace, lang as "ja" | "en").map((s) => stepText(s, lang as "ja" | "en")));

describe("the trace", () => {
  it("is plain JSON data: it survives a round trip unchanged (requests store it)", () => {
    const q = quoteCancellation({
      service: flex,
      parameters: { plan: "core", licenses: 1001, serverBandwidth: "200M", accessBandwidth: "200M" },
      startDate: "2026-06-01",
      desiredEndDate: "2027-03-31",
      noticeDate: "2027-01-31",
    });
    expect(JSON.parse(JSON.stringify(q.trace))).toEqual(q.trace);
    expect(q.trace[0]).toMatchObject({
      rule: "terms.version",
      inputs: { asOf: "2027-01-31" },
      output: { version: "2022-05-09 改訂" },
    });
  });

  it("QT PRO Cloud §12①: a business-day deadline states the assumed year-end closure (営業日 is not defined in the Cloud texts)", () => {
    const r = orderDeadline({ service: cloud, parameters: { closedNetwork: true }, desiredStartDate: "2027-01-04" });
    const deadline = r.trace.find((e) => e.rule === "order.deadline");
    expect(deadline?.notes.map((n) => n.kind)).toContain("assumption");
    expect(deadline?.notes.some((n) => n.text.ja.includes("12 月 29 日〜1 月 3 日"))).toBe(true);
    const step = renderStep(deadline!, "en");
    expect(step.notes.find((n) => n.kind === "assumption")?.text).toContain("29 December to 3 January");
    expect(stepText(step, "en")).toContain("(Assumption)");
  });

  it("民法第404条第3項: interest starting after 2029-03-31 says the statutory rate is assumed; before, it does not", () => {
    const after = lateInterest({ service: server, amount: "100000", dueDate: "2029-05-31", paidDate: "2029-07-31" });
    const before = lateInterest({ service: server, amount: "100000", dueDate: "2028-05-31", paidDate: "2028-07-31" });
    const note = (t: Trace) =>
      t.find((e) => e.rule === "interest.computed")?.notes.filter((n) => n.kind === "assumption") ?? [];
    expect(note(after.trace).map((n) => n.citations[0]?.clause)).toEqual(["第404条第3項"]);
    expect(note(after.trace)[0]?.text.ja).toContain("2029年4月1日以降の法定利率はまだ定められていません");
    expect(note(before.trace)).toEqual([]);
  });

  it("UTM 第25条第1項: when start and end coincide the step says one day is billed, not 'the day before' the end date", () => {
    const q = quoteCancellation({
      service: utm,
      parameters: { device: "ssb10" },
      startDate: "2027-04-13",
      desiredEndDate: "2027-04-13",
      noticeDate: "2027-04-01",
    });
    const step = q.trace.find((e) => e.rule === "billing.lastBilledDay")!;
    expect(step.output).toEqual({ lastBilledDate: "2027-04-13", sameDay: true });
    expect(renderStep(step, "ja").message).not.toContain("前日 2027-04-13");
    expect(renderStep(step, "ja").message).toContain("1 日分");
  });

  it("UTM 第28条第3項: the outage-credit arithmetic is written out in full", () => {
    const r = outageCredit({
      service: utm,
      monthlyFee: "2500",
      outageStart: "2026-06-29",
      outageHours: 72,
      customerFault: false,
    });
    const message = renderStep(r.trace.at(-1)!, "ja").message;
    // 2,500 × 2/30 (06-29, 06-30) + 2,500 × 1/31 (07-01) = 247.31… → 247
    expect(message).toContain("2,500円 × 2/30 + 2,500円 × 1/31 = 247円");
    expect(message).not.toContain("…");
  });

  it("Flex 第8条第8項: the change month is written as one fraction", () => {
    const base = { plan: "core", serverBandwidth: "200M", accessBandwidth: "200M" };
    const q = quoteChange({
      service: flex,
      parameters: { ...base, licenses: 100 },
      newParameters: { ...base, licenses: 250 },
      effectiveDate: "2027-06-11",
    });
    const step = q.trace.find((e) => e.rule === "change.prorated")!;
    expect(renderStep(step, "ja").message).toContain(
      "(変更前 619,000円 × 10 + 変更後 739,000円 × 20) / 30 = 699,000円",
    );
  });

  it("renders the estimate's steps in both languages, each with its clauses", () => {
    const e = estimateFees({
      service: flex,
      parameters: { plan: "core", licenses: 1001, serverBandwidth: "200M", accessBandwidth: "200M" },
      asOf: "2026-11-01",
    });
    const ja = explain(e.trace, "ja");
    expect(ja.map((s) => s.rule)).toEqual([
      "terms.version",
      "fees.item",
      "fees.item",
      "fees.item",
      "fees.item",
      "fees.item",
      "fees.item",
      "fees.totals",
    ]);
    expect(ja[1]?.message).toBe(
      "Mobility デバイスライセンス: 1,001 を 50 単位に切り上げて 1,050、1,050 × 700円、表は数量帯ごとに 1 ライセンス当たりの価格を示すため、契約数全体に該当する数量帯の単価を適用します（解釈）。 → 735,000円",
    );
    expect(ja.every((s) => s.citations.length > 0)).toBe(true);
  });
});

describe.each(
  builtInServices()
    .list()
    .map((s) => [s.id, s] as const),
)("%s: every rendered step", (_id, s) => {
  const current = [...s.versions].reverse().find((v) => v.terms)!;
  const asOf = current.effectiveFrom > "2026-11-01" ? current.effectiveFrom : "2026-11-01";
  const start = s.id === "qtpro-flex-mobility" || s.id === "qtpro-cloud" ? "2026-04-01" : "2026-04-10";
  const parameters = {
    "qtpro-flex-mobility": { plan: "starter", licenses: 120, accessBandwidth: "50M" },
    "utm-support": { device: "ssb10" },
    "server-support": { device: "os6" },
    "qtpro-cloud": { dedicatedCluster: true },
  }[s.id];

  it("cites each clause once, and no text names an internal document", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 900 }), fc.integer({ min: -20, max: 120 }), (len, before) => {
        const desiredEndDate = addDays(start, len);
        const noticeDate = addDays(desiredEndDate, -before) < asOf ? asOf : addDays(desiredEndDate, -before);
        const traces = [
          quoteCancellation({
            service: s,
            parameters,
            startDate: start,
            desiredEndDate,
            noticeDate,
            monthlyFee: "123456",
          }).trace,
          estimateFees({ service: s, parameters, asOf }).trace,
          lateInterest({
            service: s,
            amount: "100000",
            dueDate: noticeDate,
            paidDate: desiredEndDate < noticeDate ? noticeDate : desiredEndDate,
          }).trace,
          orderDeadline({ service: s, parameters, desiredStartDate: desiredEndDate }).trace,
        ];
        for (const trace of traces) {
          for (const e of trace) {
            const clauses = e.citations.map((c) => `${c.document} ${c.clause}`);
            expect(new Set(clauses).size, e.rule).toBe(clauses.length);
            expect(e.citations.length, e.rule).toBeGreaterThan(0);
          }
          for (const text of rendered(trace)) expect(text).not.toMatch(INTERNAL_DOCUMENT);
        }
      }),
      { numRuns },
    );
  });
});
