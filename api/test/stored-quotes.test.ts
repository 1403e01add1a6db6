import "reflect-metadata";
import { builtInServices, quoteCancellation } from "@yakkan/terms";
import { describe, expect, it } from "vitest";
import { toTermsVersion } from "../src/modules/common/terms-version.type.js";
import { toCancellationQuote } from "../src/modules/quotes/quotes.type.js";
import { explanationSource, storedCancellationQuoteSchema } from "../src/modules/requests/stored-quote.schema.js";

// The API renders a request's stored quote for the portal and GraphQL alike (decision 010): its trace
// through the terms package's verbaliser, and quotes stored before explanations became data with the
// sentences written then. (Moved from web/test/explanation.test.ts, which tested the portal's copy.)

const flex = builtInServices().get("qtpro-flex-mobility");
const quote = quoteCancellation({
  service: flex,
  parameters: { plan: "core", licenses: 1001, serverBandwidth: "200M", accessBandwidth: "200M" },
  startDate: "2026-06-01",
  desiredEndDate: "2027-03-31",
  noticeDate: "2027-01-31",
});
const read = (stored: unknown, lang: "ja" | "en") => {
  const q = storedCancellationQuoteSchema.parse(stored);
  return toCancellationQuote(q, toTermsVersion(quote.termsVersion), lang);
};

describe("explanations in the portal", () => {
  it("renders a fresh quote's trace in the visitor's language, notes apart", () => {
    const view = read(JSON.parse(JSON.stringify(quote)), "en");
    const notice = view.explanation.find((s) => s.rule === "cancellation.notice");
    expect(notice?.sentence).toBe(
      "Notice must arrive 60 days before the end date: 60 days before 2027-03-31 is 2027-01-30. Notice on 2027-01-31 is late.",
    );
    expect(notice?.notes[0]?.kind).toBe("interpretation");
    // 第8条第11項: April and May at 1,274,000 each, plus the possible late-notice month (第7条第2項).
    expect(view.oneOffTotal).toBe("3822000");
    expect(view.finalMonthFee).toBe("1274000");
    expect(view.charges.map((c) => c.label)).toContain("Early termination (remaining minimum term)");
  });

  it("shows a quote stored before the trace existed with the sentences written then, and its totals from its lines", () => {
    const legacy = {
      ...quote,
      trace: undefined,
      oneOffTotal: undefined,
      finalMonthFee: undefined,
      explanation: [
        {
          message: { ja: "旧い説明", en: "an older explanation" },
          citations: [{ document: "qtpro-flex-mobility.terms", clause: "第7条第1項" }],
        },
      ],
    };
    const view = read(JSON.parse(JSON.stringify(legacy)), "ja");
    expect(view.explanation).toEqual([
      {
        rule: "",
        message: "旧い説明",
        sentence: "旧い説明",
        citations: [{ document: "qtpro-flex-mobility.terms", clause: "第7条第1項" }],
        notes: [],
      },
    ]);
    expect(view.oneOffTotal).toBe("3822000"); // early termination 2,548,000 + possible month 1,274,000
    expect(view.finalMonthFee).toBe("1274000");
    expect(explanationSource({})).toEqual({ kind: "none" });
  });
});
