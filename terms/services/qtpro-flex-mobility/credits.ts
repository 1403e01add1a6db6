import type { TermsBodyInput } from "../../src/dsl/index.js";
import { cite } from "./cite.js";

export const outageCredit: NonNullable<TermsBodyInput["outageCredit"]> = {
  type: "none",
  cite: [
    cite(
      "第8条第6項",
      "契約者は、中断、停止その他の事由により本サービスを利用することができない状態が生じたとしても、当社に対し、利用料の減免を求めることはできません。",
    ),
  ],
};
