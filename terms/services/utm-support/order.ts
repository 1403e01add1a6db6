import { order as nttWestOrder } from "../ntt-west-common/order.js";
import { CONTRACT_EFFECTIVE, INITIAL_WORK, SERVICE_START, cite } from "./cite.js";

const ACCEPTANCE = cite(
  "第9条第1項",
  "当社は、本サービスの申込みがあった場合には、当社所定の審査を行い、承諾する場合には、書面をもって通知します。",
);

const APPLICATION = cite(
  "第7条第1項",
  "本サービスを申込みときは、本規約の内容を承諾した上で、次に掲げる事項を当社所定の手続に従って契約事務を行う本サービス取扱所に申し出て頂きます。",
);

export const order = nttWestOrder([APPLICATION, ACCEPTANCE, CONTRACT_EFFECTIVE, INITIAL_WORK, SERVICE_START]);
