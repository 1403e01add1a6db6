import type { Block, Cited } from "./index.js";

/** 第26条: the evaded amount, plus twice it with consumption tax added. */
export function surcharge(cite: Cited): Block<"surcharge"> {
  return { multiple: 2, taxOnSurcharge: true, cite };
}
