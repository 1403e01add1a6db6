import type { Block, Cited } from "./index.js";

/**
 * 第9条第2項, 第25条第1項, 第28条: service and fees start on the day the initial work completes;
 * fees run to the day before the end date (one day when they coincide); 第28条第2項 prorates a start
 * or an end on a day other than the 1st by calendar days, and names no other change of the fee.
 */
export function billing(cite: Cited): Block<"billing"> {
  return {
    serviceStart: "initialWorkCompletion",
    proration: { start: "daily", end: "daily", change: "none" },
    lastBilledDay: "dayBeforeEndDate",
    cite,
  };
}
