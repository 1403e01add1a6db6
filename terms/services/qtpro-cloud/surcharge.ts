import type { TermsBodyInput } from "../../src/dsl/index.js";
import { terms } from "./cite.js";

// 第35条: the evaded amount, plus twice it (tax-exclusive) with consumption tax added.
export const surcharge: NonNullable<TermsBodyInput["surcharge"]> = {
  multiple: 2,
  taxOnSurcharge: true,
  cite: [
    terms(
      "第35条",
      "契約者は、第10条(契約事項の変更)に規定する利用契約の内容の変更に関する届出を行わず QT PRO Cloud サービスを利用し、料金等の支払いを不法に免れた場合、その免れた額のほか、その免れた額(消費税相当額を加算しない額とします。)の2倍に相当する額に消費税相当額を加算した額を、割増金として当社に支払うものとします。",
    ),
  ],
};
