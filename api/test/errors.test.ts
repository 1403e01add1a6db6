import { CalendarRangeError, TermsError } from "@yakkan/terms";
import { describe, expect, it } from "vitest";
import { AppError, toAppError } from "../src/errors.js";

describe("engine errors as API codes", () => {
  it("maps an engine error whose code is DATE_OUT_OF_RANGE (the engine's date-range guard) to DATE_OUT_OF_RANGE, keeping its text and issues", () => {
    class DateOutOfRange extends TermsError {
      readonly code = "DATE_OUT_OF_RANGE";
      readonly issues = [{ path: ["effectiveDate"], message: { ja: "範囲外", en: "out of range" } }];
    }
    const mapped = toAppError(new DateOutOfRange({ ja: "1970-01-01〜2050-12-31", en: "1970-01-01 to 2050-12-31" }));
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).code).toBe("DATE_OUT_OF_RANGE");
    expect((mapped as AppError).text.en).toBe("1970-01-01 to 2050-12-31");
    expect((mapped as AppError).issues.map((i) => i.path)).toEqual([["effectiveDate"]]);
  });

  it("keeps the calendar's own range error as CALENDAR_OUT_OF_RANGE", () => {
    expect((toAppError(new CalendarRangeError("jp-business", "2051-01-02")) as AppError).code).toBe(
      "CALENDAR_OUT_OF_RANGE",
    );
  });
});
