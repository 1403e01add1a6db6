import type { Condition, TermsBodyInput } from "../../src/dsl/index.js";
import {
  DEVICE_PROFESSIONAL,
  DEVICE_SSB10,
  DEVICE_SSB30,
  DEVICE_SSB5,
  DEVICE_STANDARD,
  MAXIMUM_TERM,
  NO_CONTINUATION,
} from "./cite.js";

const device = (value: string): Condition => ({ param: "device", in: [value] });

const years = (amount: number) => ({ amount, unit: "years" as const });

export const limits: NonNullable<TermsBodyInput["limits"]> = {
  minimum: [],
  maximum: [
    {
      when: device("ssb5"),
      duration: years(7),
      label: { ja: "最長利用期間（SSB5: 7年）", en: "Maximum term (SSB5: 7 years)" },
      cite: [MAXIMUM_TERM, NO_CONTINUATION, DEVICE_SSB5],
    },
    {
      when: device("ssb10"),
      duration: years(5),
      label: { ja: "最長利用期間（SSB10: 5年）", en: "Maximum term (SSB10: 5 years)" },
      cite: [MAXIMUM_TERM, NO_CONTINUATION, DEVICE_SSB10],
    },
    {
      when: device("ssb30"),
      duration: years(5),
      label: { ja: "最長利用期間（SSB30: 5年）", en: "Maximum term (SSB30: 5 years)" },
      cite: [MAXIMUM_TERM, NO_CONTINUATION, DEVICE_SSB30],
    },
    {
      when: device("ssb-standard"),
      duration: years(7),
      label: { ja: "最長利用期間（SSB Standard: 7年）", en: "Maximum term (SSB Standard: 7 years)" },
      cite: [MAXIMUM_TERM, NO_CONTINUATION, DEVICE_STANDARD],
    },
    {
      when: device("ssb-professional"),
      duration: years(7),
      label: { ja: "最長利用期間（SSB Professional: 7年）", en: "Maximum term (SSB Professional: 7 years)" },
      cite: [MAXIMUM_TERM, NO_CONTINUATION, DEVICE_PROFESSIONAL],
    },
  ],
};
