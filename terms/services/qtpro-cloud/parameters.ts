import type { Condition, ParameterSpecInput } from "../../src/dsl/index.js";
import {
  LEAD_TIMES,
  LEAD_TIME_CLOSED,
  MINIMUM_TERM_CLUSTER,
  SPEC_CLUSTER,
  SPEC_MINIMUM_TERM_CLUSTER,
  spec,
} from "./cite.js";

// What a QT PRO Cloud contract specifies that the terms compute with. Keys are public
// (shared/spec/parameters.md): never rename them. Everything else about a contract (regions,
// resources, licences) is usage priced by the absent price list and needs no key.

export const CLOSED_NETWORK: Condition = { param: "closedNetwork", in: [true] };
export const NO_CLOSED_NETWORK: Condition = { not: CLOSED_NETWORK };
export const DEDICATED_CLUSTER: Condition = { param: "dedicatedCluster", in: [true] };

const CLOSED_PER_REGION = spec("§13②", "各リージョンへの閉域接続");
const PUBLIC_CLOUD_CLOSED = spec(
  "§5②",
  "仮想マシン間、インターネット、パブリッククラウド閉域接続、および SGW 接続済みの各サービスとの相互接続が可能。",
);

export const parameters: ParameterSpecInput[] = [
  {
    key: "closedNetwork",
    type: "boolean",
    label: { ja: "閉域接続の開通", en: "Closed-network connection" },
    description: {
      ja: "閉域接続（SGW・OCX 経由の各リージョンへの閉域接続、パブリッククラウド閉域接続など、インターネット以外の接続）の開通を希望する場合に指定します。申込期限が 20 営業日前から 30 営業日前になります（解釈: 閉域接続の範囲は資料に定義がありません）。",
      en: "Set when a closed-network connection is wanted (a non-internet connection: to a region through SGW/OCX, or a closed connection to a public cloud). The application lead time becomes 30 instead of 20 business days (interpretation: the sources do not define “閉域接続”).",
    },
    rules: [{ default: false, cite: [LEAD_TIMES] }],
    cite: [LEAD_TIMES, LEAD_TIME_CLOSED, CLOSED_PER_REGION, PUBLIC_CLOUD_CLOSED],
  },
  {
    key: "dedicatedCluster",
    type: "boolean",
    label: { ja: "専有クラスター", en: "Dedicated cluster" },
    description: {
      ja: "専有クラスターを利用する場合に指定します。最低利用期間が 1 ヶ月から 3 年になります（第5条第1項、スペックシート §18④）。",
      en: "Set when a dedicated cluster is used. The minimum term becomes 3 years instead of 1 month (第5条第1項, spec §18④).",
    },
    rules: [{ default: false, cite: [MINIMUM_TERM_CLUSTER] }],
    cite: [MINIMUM_TERM_CLUSTER, SPEC_MINIMUM_TERM_CLUSTER, SPEC_CLUSTER],
  },
];
