import type { TermLimitInput, TermsBodyInput } from "../../src/dsl/index.js";
import { DEVICE_TABLE_HEADER, FIVE_YEARS, MAXIMUM_TERM, NO_CONTINUATION, cite } from "./cite.js";
import { DEVICES } from "./parameters.js";

const MAXIMUM: TermLimitInput[] = DEVICES.map((d) => ({
  when: { param: "device", in: [d.value] },
  duration: { amount: 5, unit: "years" as const },
  label: { ja: `最長利用期間（${d.name}: 5年）`, en: `Maximum term (${d.name}: 5 years)` },
  cite: [MAXIMUM_TERM, NO_CONTINUATION, DEVICE_TABLE_HEADER, cite("別紙3", d.name), FIVE_YEARS],
}));

export const limits: NonNullable<TermsBodyInput["limits"]> = {
  minimum: [],
  maximum: MAXIMUM,
};
