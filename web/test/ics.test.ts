import { describe, expect, it } from "vitest";
import { icsCalendar } from "~/utils/ics";

describe("the .ics export", () => {
  const ics = icsCalendar(
    "Yakkan YK-FM-0001",
    [
      {
        uid: "c1-notice@yakkan",
        date: "2027-03-31",
        summary: "解約通知の期限（YK-FM-0001）",
        description: "Ends 2027-05-31, at the earliest; notice by mail",
      },
    ],
    new Date("2026-11-22T01:02:03Z"),
  );

  it("writes all-day events ending the next day, with CRLF line ends", () => {
    expect(ics).toContain("DTSTART;VALUE=DATE:20270331\r\nDTEND;VALUE=DATE:20270401\r\n");
    expect(ics).toContain("DTSTAMP:20261122T010203Z");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("escapes commas and semicolons and folds lines at 75 octets", () => {
    expect(ics).toContain("at the earliest\\; notice by mail");
    expect(ics).toContain("Ends 2027-05-31\\, at");
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
