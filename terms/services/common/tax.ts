import type { Citation, TaxRule } from "../../src/dsl/index.js";

/**
 * Japanese consumption tax (消費税 7.8% + 地方消費税 2.2%) as dated data. The service documents
 * only say tax is added (e.g. Flex 第8条第3項, UTM 第32条); the rate itself is statute.
 */
export const CONSUMPTION_TAX_RATE_2019: Citation = {
  document: "消費税法",
  clause: "第29条・地方税法第72条の83（令和元年10月1日施行）",
  text: "標準税率 10%（消費税 7.8%、地方消費税 2.2%）",
};

export function consumptionTax(addedBy: Citation): TaxRule {
  return {
    rates: [{ from: "2019-10-01", rate: "0.10", cite: [CONSUMPTION_TAX_RATE_2019] }],
    rounding: "truncate",
    cite: [addedBy],
  };
}
