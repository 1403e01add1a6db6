import type { TermsBodyInput } from "../../src/dsl/index.js";
import { spec, terms } from "./cite.js";

// No SLA, no refunds, no liability even for QTnet's fault.
export const outageCredit: NonNullable<TermsBodyInput["outageCredit"]> = {
  type: "none",
  cite: [
    spec("§17", "QT PRO CloudではSLAを定めない。"),
    spec("§16⑤", "QT PRO Cloudでは返金処理は実施しない。"),
    terms(
      "第39条第1項",
      "当社は、契約者が QT PRO Cloud サービスの利用に関して被った損害については、理由の如何を問わず(当社の責に帰すべき事由により、QT PRO Cloud サービスの 利用が一部又は全部できない状態を生じた場合を含みます)、何らの賠償責任を負わないものとします。",
    ),
  ],
};
