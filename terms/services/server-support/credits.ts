import type { TermsBodyInput } from "../../src/dsl/index.js";
import { NO_REFUND, cite } from "./cite.js";

export const outageCredit: NonNullable<TermsBodyInput["outageCredit"]> = {
  type: "none",
  cite: [
    NO_REFUND,
    cite("第35条第4項", "4 本サービスは以下の事項を保証するものではありません。"),
    cite("第35条第4項第1号", "(1) BizBox Serverに全く故障が発生しないこと。"),
    cite(
      "第35条第9項",
      "9 当社は、第 17条（利用中止）、第 18条（利用停止）、第 19条（利用の制限）、第 20条（本サービス",
    ),
    cite(
      "第35条第10項",
      "10 サイバーテロ、自然災害、第三者による妨害等、不測の事態を原因として発生した被害については、本",
    ),
  ],
};
