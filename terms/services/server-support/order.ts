import { order as nttWestOrder } from "../ntt-west-common/order.js";
import { INITIAL_WORK, USAGE_START, cite } from "./cite.js";

export const order = nttWestOrder([
  cite(
    "第7条第1項",
    "1 本サービスを申込むときは、本規約の内容を承諾した上で、次に掲げる事項を当社所定の手続に従って契約",
  ),
  cite(
    "第9条第1項",
    "1 当社は、本サービスの申込みがあった場合には、当社所定の審査を行い、承諾する場合には、書面をもって通知",
  ),
  cite(
    "第9条第1項",
    "します。当該書面の発行をもって本契約が成立するものとし、当該書面に記載される日付から本契約が効力を発",
  ),
  INITIAL_WORK,
  USAGE_START,
]);
