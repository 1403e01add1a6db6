import type { TermsBodyInput } from "../../src/dsl/index.js";
import { parties, responsibilities as nttWestResponsibilities } from "../ntt-west-common/responsibilities.js";
import { INITIAL_WORK, REMOTE_SETTING_CHANGE, cite } from "./cite.js";

const shared = nttWestResponsibilities({
  environment: [
    cite("第14条第1項", "契約者は対象ネットワークとインターネットとの通信が行われる環境を用意するものとします。"),
    cite(
      "第3条",
      "対象ネットワーク 契約者または第三者が管理し、ゲートウェイ装置又はライセンス付ゲートウェイ装置を設置する論理ネットワークであって、契約者が指定するもの。",
    ),
  ],
  initialWork: [INITIAL_WORK],
  billingAgent: [
    cite(
      "第34条",
      "契約者は、当社が、その契約に基づき支払う料金その他の債務に係る債権を、当社が別に定める事業者（以下「請求事業者」といいます。）に対し、当社が別に定める場合を除き譲渡することを承認していただきます。",
    ),
    cite(
      "第34条",
      "この場合において、当社及び請求事業者は、契約者への個別の通知又は譲渡承認の請求を省略するものとします。",
    ),
  ],
});

export { parties };

export const responsibilities: NonNullable<TermsBodyInput["responsibilities"]> = [
  shared.environment,
  {
    area: { ja: "設置", en: "Installation" },
    duty: {
      ja: "ゲートウェイ装置の設置場所・電源・接続ケーブルを用意する",
      en: "Provide the installation place, power and cables for the gateway",
    },
    party: "customer",
    cite: [
      cite(
        "第14条第2項",
        "契約者はゲートウェイ装置又はライセンス付ゲートウェイ装置を設置する場所、電源、ゲートウェイ装置又はライセンス付ゲートウェイ装置に接続するケーブルを用意するものとします。",
      ),
    ],
  },
  {
    area: { ja: "アドレス", en: "Addressing" },
    duty: {
      ja: "ゲートウェイ装置に割り当てる IP アドレス（1 装置につき固定 1 IP）を用意する",
      en: "Provide the gateway's IP address (one fixed address per device)",
    },
    party: "customer",
    cite: [
      cite(
        "第14条第3項",
        "契約者はゲートウェイ装置又はライセンス付ゲートウェイ装置に割り当てるグローバルIPアドレスもしくは、対象ネットワークのプライベートIPアドレスを用意するものとする。",
      ),
      cite(
        "別紙1 3.3.4",
        "ゲートウェイ装置に対してお客さまネットワークアドレスより、固定のアドレスを1装置につき1 IP 提供していただく必要がございます。",
      ),
    ],
  },
  {
    area: { ja: "アドレス", en: "Addressing" },
    duty: {
      ja: "提供開始後、保守用・VPN 接続用のアドレス帯（172.30.0.0/24、172.26〜29.0.0/16）を使用しない",
      en: "After service starts, do not use the maintenance and VPN ranges (172.30.0.0/24, 172.26–29.0.0/16)",
    },
    party: "customer",
    cite: [
      cite(
        "別紙1 3.3.5.2",
        "使用するアドレス帯は下記の通りで、お客さまは本サービス提供開始後、お客さまネットワークの拡張等で下記のアドレス帯を使用することはできません。",
      ),
    ],
  },
  {
    area: { ja: "ネットワーク設定", en: "Network settings" },
    duty: {
      ja: "上位のファイアウォール・ルータ等で、ゲートウェイ装置が管理サーバと通信できるよう設定を変更する",
      en: "Configure upstream firewalls and routers so the gateway can reach the management servers",
    },
    party: "customer",
    cite: [
      cite(
        "別紙1 3.3.5.1",
        "◆ ゲートウェイ装置の上位ネットワークにお客さま所有のファイアウォールやルータ等のネットワーク機器が存在する場合、そのネットワーク機器に対してゲートウェイ装置がインターネット上に存在する管理サーバと通信するための設定の変更をお願いいたします。",
      ),
    ],
  },
  {
    area: { ja: "申込み", en: "Application" },
    duty: {
      ja: "ISP の DNS サーバアドレスを確認し、ヒアリングシートに記入する",
      en: "Confirm the ISP's DNS server addresses and write them in the hearing sheet",
    },
    party: "customer",
    cite: [
      cite(
        "別紙1 3.3.5.3",
        "◆ 事前にお客さまが契約する ISP から提供される DNS サーバアドレスの確認をいただき、ヒアリングシートに記入いただく必要がございます。",
      ),
    ],
  },
  {
    area: { ja: "申込み", en: "Application" },
    duty: { ja: "セキュリティ機能を最低 1 つ選択する", en: "Choose at least one security function" },
    party: "customer",
    cite: [
      cite(
        "別紙1 3.2.3",
        "◆ 表 3-4 の 7 つのセキュリティ機能の中から、お客さまが最低 1 つ以上の機能を選択されることとなります。",
      ),
    ],
  },
  {
    area: { ja: "利用条件", en: "Conditions of use" },
    duty: {
      ja: "装置を常時インターネットに接続でき、温度・湿度・電源等の環境基準を保つ状態で運用する",
      en: "Keep the gateway always connected to the internet and within its temperature, humidity and power requirements",
    },
    party: "customer",
    cite: [
      cite(
        "第38条第1項第2号",
        "ゲートウェイ装置又はライセンス付ゲートウェイ装置が、常時インターネットに接続できる環境であること。",
      ),
      cite(
        "第38条第1項第6号",
        "ゲートウェイ装置又はライセンス付ゲートウェイ装置に定められた温度、湿度、電源等の環境基準を保持すること",
      ),
    ],
  },
  {
    area: { ja: "設備", en: "Equipment" },
    duty: {
      ja: "フレッツ 光ネクスト/クロスその他の必要な設備を自己の責任で保持・管理する（その利用料金は本サービスの料金に含まれない）",
      en: "Keep and manage the FLET'S line and other equipment needed, at own responsibility (their charges are not part of this service's fee)",
    },
    party: "customer",
    cite: [
      cite(
        "第41条第1項",
        "契約者は、自己の責任において、本サービスを利用するために必要なフレッツ 光ネクスト/クロスその他の設備を保持し管理するものとします。",
      ),
      cite(
        "第41条第2項",
        "契約者が本サービスを利用するために必要なフレッツ 光ネクスト/クロスの利用料金は、本サービスの利用料金には含まれません。",
      ),
    ],
  },
  {
    area: { ja: "協力", en: "Cooperation" },
    duty: {
      ja: "当社の求めに応じて ID・パスワードの入力、必要な情報の提供、重要情報の複製・機密情報の防護又は消去を行う",
      en: "On request, enter IDs and passwords, supply the information needed, and copy important data and protect or erase confidential data beforehand",
    },
    party: "customer",
    cite: [
      cite(
        "第39条",
        "契約者は、当社が本サービスの提供に必要な協力を求めたときは、当社に対して以下に定める協力を行って頂きます。",
      ),
    ],
  },
  {
    area: { ja: "設備のき損", en: "Damage to equipment" },
    duty: {
      ja: "違反により当社設備をき損したときは修繕等の費用を支払う",
      en: "Pay the repair costs for provider equipment damaged in breach of the rules",
    },
    party: "customer",
    cite: [
      cite(
        "第38条第3項",
        "契約者は、前項の規定に違反して当社設備をき損したときには、当社が指定する期日までにその修繕その他の工事等に必要な費用を支払って頂きます。",
      ),
    ],
  },
  {
    area: { ja: "先出しセンドバック保守", en: "Send-back replacement" },
    duty: {
      ja: "交換用装置の到着後に交換し、故障品を当社へ返送する（返送の送料は契約者負担）。返却しない場合・故意又は過失による破損がある場合は再調達代金相当の賠償を求められることがある",
      en: "Swap in the replacement and send the faulty unit back at own shipping cost; an unreturned or negligently damaged unit may be charged at its replacement cost",
    },
    party: "customer",
    cite: [
      cite(
        "別紙1 3.2.1 表3-3",
        "当社より交換用のゲートウェイ装置をお客さまに送付いたします。装置到着後、お客さまにて交換対応を実施していただき、交換後の故障機は当社宛てに送っていただきます。",
      ),
      cite(
        "別紙1 3.2.1 注意2",
        "送料に関しては、送り元負担とさせていただきます。(交換用のゲートウェイ装置をお客さま先へ送付するのは当社負担、故障品を当社宛てに送り返すのはお客さま負担となります)",
      ),
      cite("別紙1 3.2.1 注意5", "当社はお客さまに対し当該機器の再調達代金相当の損害賠償を請求する場合があります。"),
    ],
  },
  {
    area: { ja: "先出しセンドバック保守", en: "Send-back replacement" },
    duty: {
      ja: "交換用装置を平日 9〜15 時に発送する（正午までの受付は当日、以降は翌営業日）。往路の送料は当社負担",
      en: "Ship the replacement on weekdays 9:00–15:00 (same day if accepted by noon, else the next business day), outbound shipping paid by NTT West",
    },
    party: "ntt-west",
    cite: [
      cite(
        "別紙1 3.2.1 注意2",
        "交換用のゲートウェイ装置の送付は平日 9 時～15 時での対応(正午までの受付は当日発送、以降は翌営業日発送)となります。",
      ),
    ],
  },
  {
    area: { ja: "監視", en: "Monitoring" },
    duty: {
      ja: "24 時間 365 日、IP レベルでゲートウェイ装置の死活監視を行い、不具合検知時は自動でメール連絡する",
      en: "Alive-monitor the gateway at IP level 24/365 and e-mail automatically when a fault is detected",
    },
    party: "ntt-west",
    cite: [
      cite("別紙1 3.2.1 表3-3", "ゲートウェイ装置が動作しているかの死活監視を IP レベルで実施しております。"),
      cite("別紙1 3.2.1 表3-3", "24 時間 365 日間問わず監視不具合を検知した際に、頂いた連絡先宛てに通知されます。"),
    ],
  },
  {
    area: { ja: "受付・サポート", en: "Support desk" },
    duty: {
      ja: "営業日 9:00〜17:00 に専用受付番号で受付・サポート（障害申告、技術問合せ、監視不具合時の電話連絡）を行う。時間外は翌営業日に対応",
      en: "Take calls and support on the dedicated number on business days 9:00–17:00 (fault reports, technical questions, phone calls on alerts); outside those hours, the next business day",
    },
    party: "ntt-west",
    cite: [
      cite(
        "別紙1 3.2.1 注意1",
        "※ 注意 1 : 対応時間は平日 9 時～17 時に限らせていただきます。それ以外の時間で発生した監視不具合検知や各種ご申告などに対しては、翌営業日の 9 時～17 時での対応とさせていただきます。",
      ),
      cite("別紙2", "但し、サポート内容・時間帯によっては翌営業日の対応となる場合があります。"),
    ],
  },
  {
    area: { ja: "運用", en: "Operation" },
    duty: {
      ja: "変更オーダーシートに基づき遠隔で設定を変更し、完了をメールで連絡する。月次レポートと設定一覧をダウンロードサイトで提供する",
      en: "Change settings remotely per change order sheet and confirm by e-mail; provide the monthly report and the settings list on the download site",
    },
    party: "ntt-west",
    cite: [
      REMOTE_SETTING_CHANGE,
      cite(
        "別紙1 3.2.4(4)",
        "サービス開通後、1 ヶ月毎に、以下のとおりレポートをお客さまへ提供いたします。こちらは、当社のダウンロードサイトからお客さまにてダウンロードしていただく形となります。",
      ),
    ],
  },
  shared.initialWork,
  shared.billingAgent,
];
