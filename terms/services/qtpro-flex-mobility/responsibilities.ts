import type { TermsBodyInput } from "../../src/dsl/index.js";
import { cite } from "./cite.js";

export const parties: NonNullable<TermsBodyInput["parties"]> = [
  { id: "customer", name: { ja: "契約者", en: "Customer" } },
  { id: "qtnet", name: { ja: "当社（QTnet）", en: "QTnet (reseller)" } },
  { id: "iij", name: { ja: "メーカー（IIJ）", en: "Maker (IIJ)" } },
];

export const responsibilities: NonNullable<TermsBodyInput["responsibilities"]> = [
  {
    area: { ja: "利用環境", en: "Environment" },
    duty: { ja: "インターネットへの接続環境を用意する", en: "Provide internet access" },
    party: "customer",
    cite: [cite("別紙2 3.①(1)", "インターネットへの接続環境の用意")],
  },
  {
    area: { ja: "運用", en: "Operation" },
    duty: { ja: "本サービスの運用ポリシーを決定する", en: "Decide the service's operating policy" },
    party: "customer",
    cite: [cite("別紙2 3.①(2)", "本サービスの運用ポリシーの決定")],
  },
  {
    area: { ja: "利用環境", en: "Environment" },
    duty: { ja: "当社が指定する通信環境を用意する", en: "Provide the communication environment QTnet specifies" },
    party: "customer",
    cite: [
      cite(
        "別紙2 3.①(3)",
        "本サービスに接続するための通信環境として、当社が指定するものを別途契約する等、当社が指定する通信環境の用意",
      ),
    ],
  },
  {
    area: { ja: "認証", en: "Authentication" },
    duty: {
      ja: "認証設備と連携する設備（Active Directory 等）をシングルホーム構成で用意する",
      en: "Provide the directory linked for authentication (e.g. Active Directory) in a single-home configuration",
    },
    party: "customer",
    cite: [
      cite(
        "別紙2 3.⑤",
        "前項で規定する認証設備と連携するための設備（Microsoft Active Directory 等）は、シングルホーム構成であることを条件とします。",
      ),
    ],
  },
  {
    area: { ja: "端末", en: "Devices" },
    duty: {
      ja: "Mobility クライアントの導入前に他社 VPN ソフトウェアをアンインストールする",
      en: "Uninstall other VPN software before installing the Mobility client",
    },
    party: "customer",
    cite: [
      cite(
        "別紙2 3.⑥",
        "Mobility クライアントをインストールする前に他社 VPN ソフトウェアをアンインストールしていただく必要があります。",
      ),
    ],
  },
  {
    area: { ja: "利用環境", en: "Environment" },
    duty: {
      ja: "必要な機器・通信環境を自らの負担で用意し、機器の設置に無償で協力する（設置場所・電源の提供を含む）",
      en: "Provide the equipment and network at own cost and help install equipment free of charge (space and power included)",
    },
    party: "customer",
    cite: [
      cite(
        "第10条第2項",
        "契約者は、本サービスを利用するにあたって必要となる機器、通信環境などの利用環境を自らの負担で用意しなければなりません。",
      ),
    ],
  },
  {
    area: { ja: "データ", en: "Data" },
    duty: {
      ja: "必要なデータのバックアップを自らの責任で保存する",
      en: "Keep backups of data as needed, at own responsibility",
    },
    party: "customer",
    cite: [
      cite(
        "第10条第7項",
        "契約者は、本サービスの利用に関して提供、伝送するデータ等についてのバックアップが必要な場合は、自らの責任で同一データ等をバックアップとして保存しておかなければならないものとします。",
      ),
    ],
  },
  {
    area: { ja: "提供", en: "Provision" },
    duty: {
      ja: "メーカー等が定める仕様に基づき本サービスを提供する（仕様変更は原則通知なし）",
      en: "Provide the service to the maker's specification (specification changes are in principle not notified)",
    },
    party: "qtnet",
    cite: [
      cite(
        "第11条第1項",
        "当社が提供する本サービスの提供内容は、メーカー等が本サービスに関して別に定めた仕様を含みます。",
      ),
    ],
  },
  {
    area: { ja: "提供", en: "Provision" },
    duty: { ja: "本サービスの提供元（仕様の決定）", en: "Upstream provider of the service (sets the specification)" },
    party: "iij",
    cite: [
      cite(
        "前文",
        "株式会社 QTnet（以下「当社」といいます。）は、当社が販売店となり、株式会社インターネットイニシアティブ（以下「メーカー」といいます。）から提供を受けて契約者に QT PRO フレックスモビリティ（以下「本サービス」といいます。）を提供するにあたり、",
      ),
    ],
  },
  {
    area: { ja: "障害・保守", en: "Faults and maintenance" },
    duty: {
      ja: "サービスの不具合の問合せを 24 時間 365 日受け付ける（SOC）",
      en: "Take fault reports 24/365 (service operation centre)",
    },
    party: "qtnet",
    cite: [cite("第9条第1項②イ", "サービスオペレーションセンター（略称：SOC） 24 時間 365 日")],
  },
];
