import { describe, expect, it } from "vitest";
import { customerVersionName } from "../src/engine/version-name.js";

// The name customers see for a terms version (issue 13): from the effective date, never legal's
// working label.
describe("customerVersionName", () => {
  it("names a version by its effective date in Japanese and English", () => {
    expect(customerVersionName("2027-01-01")).toEqual({
      ja: "2027年1月1日施行版",
      en: "Terms effective 1 January 2027",
    });
    expect(customerVersionName("2026-12-31")).toEqual({
      ja: "2026年12月31日施行版",
      en: "Terms effective 31 December 2026",
    });
  });

  it("passes through what is not a date rather than inventing one", () => {
    expect(customerVersionName("2027-1-1")).toEqual({ ja: "2027-1-1", en: "2027-1-1" });
  });
});
