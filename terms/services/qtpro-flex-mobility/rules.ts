import type { TermsBodyInput } from "../../src/dsl/index.js";
import { bankCalendar } from "../common/calendars.js";
import { cite } from "./cite.js";

// 第5条–第8条, 第13条, 別紙2: dates, cancellation, interest, responsibilities and changes.

const PAYMENT_DEADLINE = cite(
  "第8条第3項",
  "なお、支払期限が金融機関の休業日にあたる場合は、その前営業日を支払期限とします。",
);

export const rules: Omit<TermsBodyInput, "parameters" | "fees" | "tax" | "rounding"> = {
  calendars: [bankCalendar(PAYMENT_DEADLINE)],
  billing: {
    serviceStart: "firstOfMonthAfterDesired",
    proration: { start: "none", end: "none", change: "daily" },
    lastBilledDay: "endDate",
    cite: [
      cite(
        "第5条",
        "本サービスの利用期間は、申込書に記載された開通希望日の翌月 1 日（開通希望日が 1 日の場合も同様）を利用開始日とし、",
      ),
      cite("第8条第8項", "月額費用の計算方法は、歴月に従って計算します。"),
      cite(
        "第8条第8項",
        "なお、歴月の初日以外の日に当サービスの変更等により月額費用の額が増加又は減少したときは、月額費用をその利用日数に応じて日割りします。ただし解約の場合はこの限りではない。",
      ),
    ],
  },
  order: {
    deadlines: [],
    targets: [],
    note: {
      ja: "規約は申込みの期限を定めていません。Yakkan は開通希望日までに申込書が当社に届くことを前提とし、利用開始日は開通希望日の翌月 1 日とします（解釈）。",
      en: "The terms set no application lead time. Yakkan assumes the application must reach QTnet by the desired opening date; service starts on the 1st of the following month (interpretation).",
    },
    cite: [
      cite(
        "第3条",
        "利用契約は、利用契約の締結を希望する者（以下「申込者」といいます。）が、本規約の内容を承諾した上で当社所定の利用申込書に契約者名、申込数量等の当社が定める項目を記入のうえ当社に提出し、当社が承諾したときに成立します。",
      ),
    ],
  },
  cancellation: {
    notice: { amount: 60, unit: "calendarDays" },
    noticeForm: { ja: "書面による通知", en: "written notice" },
    endOfMonthOnly: false,
    lateNotice: {
      type: "possibleCharge",
      months: 1,
      cite: [
        cite(
          "第7条第2項",
          "前項で規定する日までに通知しただけなかった場合は、解約希望日を含む月の翌月分の利用料金が生じる場合がございます。",
        ),
      ],
    },
    duties: [
      {
        text: {
          ja: "契約終了後、提供を受けた機器・ソフトウェア・資料等を当社の指示に従い返還又は消去すること",
          en: "After the contract ends, return or erase all equipment, software and documents received, as QTnet instructs",
        },
        cite: [
          cite(
            "第16条",
            "契約者は、利用契約が終了した場合、利用契約に関して当社等から提供を受けた機器、ソフトウェア、資料等の一切を直ちに当社の指示に従い返還又は消去しなければならないものとします。",
          ),
        ],
      },
    ],
    cite: [
      cite(
        "第7条第1項",
        "契約者は、利用契約を解約しようとするときは、そのことを解約希望日の 60 日前までに、当社へ書面により通知していただきます。",
      ),
    ],
  },
  limits: {
    minimum: [
      {
        duration: { amount: 1, unit: "years" },
        label: { ja: "最低利用期間（1年間）", en: "Minimum term (1 year)" },
        cite: [
          cite("第5条第2項", "最低利用期間は 1 年間とし、その起算日は、利用開始日とします。"),
          cite(
            "第5条第2項",
            "（変更が生じた日からの再起算ではなく利用開始日からの起算）",
          ),
        ],
      },
    ],
    earlyTermination: {
      type: "remainingMonthlyFees",
      cite: [
        cite(
          "第8条第11項",
          "第 5 条第 2 項に定める最低利用期間内に解約が生じた時は、残余の期間に相当する額を一括して支払っていただきます。",
        ),
        cite(
          "第8条第10項",
          "契約期間中の解約が発生した場合において、いかなる理由においても当社は契約者へ残月分の返金をしません。",
        ),
      ],
      note: {
        ja: "残余の期間は、解約日を含む月の翌月から最低利用期間の満了月までの月数とし、現在の月額費用を乗じます（解約月は日割りしないため）（解釈）。",
        en: "The remaining period is counted in months from the month after the end date's month to the month the minimum term ends, at the current monthly fee (the final month is not prorated) (interpretation).",
      },
    },
    maximum: [],
  },
  lateInterest: {
    rate: { type: "fixed", annualRate: "0.146" },
    through: "paymentDate",
    graceDays: 0,
    dayCountBasis: 365,
    dueDateCalendar: "jp-bank",
    interpretation: {
      ja: "日数計算の基礎は規約に定めがないため、1年を365日として日割計算します（解釈）。支払期限が金融機関の休業日の場合は前営業日が期限です（第8条第3項）。",
      en: "The terms do not state the day-count basis; Yakkan uses a 365-day year (interpretation). A due date on a bank holiday moves to the previous bank business day (第8条第3項).",
    },
    cite: [
      cite(
        "第8条第5項",
        "契約者は、利用契約により生じる債務の支払いを怠ったときは、当社に対し、支払期限の翌日から支払い済みまで年 14. 6%の遅延損害金を支払うものとします。",
      ),
      PAYMENT_DEADLINE,
    ],
  },
  outageCredit: {
    type: "none",
    cite: [
      cite(
        "第8条第6項",
        "契約者は、中断、停止その他の事由により本サービスを利用することができない状態が生じたとしても、当社に対し、利用料の減免を求めることはできません。",
      ),
    ],
  },
  parties: [
    { id: "customer", name: { ja: "契約者", en: "Customer" } },
    { id: "qtnet", name: { ja: "当社（QTnet）", en: "QTnet (reseller)" } },
    { id: "iij", name: { ja: "メーカー（IIJ）", en: "Maker (IIJ)" } },
  ],
  responsibilities: [
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
      duty: { ja: "必要なデータのバックアップを自らの責任で保存する", en: "Keep backups of data as needed, at own responsibility" },
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
        cite("第11条第1項", "当社が提供する本サービスの提供内容は、メーカー等が本サービスに関して別に定めた仕様を含みます。"),
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
  ],
  permissions: [
    {
      operation: "contract.change",
      label: { ja: "契約内容の変更（プラン・ライセンス数・帯域等）", en: "Change the contract (plan, licences, bandwidths…)" },
      mode: "request",
      documents: [{ ja: "当社所定の利用変更申込書", en: "QTnet's change application form" }],
      note: {
        ja: "変更の可否と一時費用は「変更」の試算で確認できます。",
        en: "Whether a change is allowed and what it costs is shown by the change quote.",
      },
      cite: [
        cite(
          "第3条第4項",
          "利用変更契約は、申込者が当社所定の利用変更申込書を当社に提出し、当社が承諾したときに成立します。",
        ),
      ],
    },
    {
      operation: "contract.cancel",
      label: { ja: "解約", en: "Cancel the contract" },
      mode: "request",
      documents: [{ ja: "書面による解約通知（解約希望日の 60 日前まで）", en: "Written notice (60 days before the desired end date)" }],
      cite: [
        cite(
          "第7条第1項",
          "契約者は、利用契約を解約しようとするときは、そのことを解約希望日の 60 日前までに、当社へ書面により通知していただきます。",
        ),
      ],
    },
    {
      operation: "contract.change-details",
      label: { ja: "契約者情報（商号・住所・連絡窓口等）の変更", en: "Change the customer's details (name, address, contacts)" },
      mode: "request",
      documents: [{ ja: "当社所定の申込書", en: "QTnet's application form" }],
      leadTime: { amount: 1, unit: "months" },
      cite: [
        cite(
          "第10条第3項",
          "契約者は、商号又は名称、本店所在地又は住所、連絡窓口その他の利用申込書に記載した契約者にかかる事項を変更する場合には、変更予定日の 1 ヶ月前までに当社所定の申込書にて通知しなければなりません。",
        ),
      ],
    },
    {
      operation: "contract.assign",
      label: { ja: "契約上の地位の譲渡", en: "Assign the contract" },
      mode: "request",
      documents: [{ ja: "当社の書面による事前の承諾", en: "QTnet's prior written consent" }],
      note: { ja: "当社の書面による承諾がない限り譲渡できません。", en: "Not without QTnet's prior written consent." },
      cite: [
        cite(
          "第10条第4項",
          "契約者は、予め当社の書面による承諾がない限り、利用契約上の地位又は利用契約に基づく権利若しくは義務の全部又は一部を、第三者に譲渡若しくは承継させ、又は担保供与等をしてはならないものとします。",
        ),
      ],
    },
  ],
  changeRules: [
    {
      param: "plan",
      label: { ja: "プラン", en: "Plan" },
      forbiddenWhen: { all: [{ param: "after.plan", in: ["starter"] }, { not: { param: "before.plan", in: ["starter"] } }] },
      reason: {
        ja: "Core・Complete から Starter へのプラン変更はできません。解約して Starter を新規に申し込む扱いとなり、新規の費用が発生します。",
        en: "Core or Complete cannot be changed to Starter: cancel and apply anew for Starter (new-contract fees apply).",
      },
      cite: [
        cite("第6条第1項第1号", "プラン（Starter への変更を除きます。）"),
        cite("別紙1 2.(2)④", "*Core および Complete から Starter へはプラン変更不可のため対象外"),
        cite("別紙1 2.(2)④", "(上記の場合は、解約/新規での取り扱いになるため、新規の際の費用が発生します)"),
      ],
    },
    {
      param: "licenses",
      label: { ja: "Mobility デバイスライセンス数", en: "Device licences" },
      cite: [
        cite("第6条第1項第2号", "Mobility デバイスライセンス数"),
        cite("別紙1 2.(2)①", "変更 (ライセンス数増減) *	0"),
      ],
    },
    {
      // Only on Complete: the parameter rules already refuse the key elsewhere, and leaving Complete
      // drops it, which is no change of retention to forbid.
      param: "logRetentionDays",
      label: { ja: "ログ保存期間", en: "Log retention" },
      cite: [cite("第6条第1項第3号", "ログ保存期間（プランを Complete とする利用契約に限ります。）")],
    },
    {
      param: "serverBandwidth",
      label: { ja: "Mobility サーバー帯域", en: "Server bandwidth" },
      forbiddenWhen: { all: [{ param: "before.plan", in: ["starter"] }, { param: "after.plan", in: ["starter"] }] },
      reason: { ja: "Starter のサーバー帯域は 100M 固定です。", en: "Starter's server bandwidth is fixed at 100M." },
      cite: [
        cite("第6条第1項第4号", "Mobility サーバー帯域（プランを Starter とする利用契約を除きます。）"),
        cite("別紙1 2.(2)②", "変更 (帯域幅増減) *	0"),
      ],
    },
    {
      param: "accessBandwidth",
      label: { ja: "アクセス回線接続帯域", en: "Access line bandwidth" },
      fees: [{ trigger: "changed", fee: "access-bandwidth-change" }],
      cite: [
        cite(
          "第6条第1項第5号",
          "アクセス回線接続帯域（プランを Starter とする利用契約内での変更は、50M と 100M 間の変更に限ります。）",
        ),
        cite("別紙1 2.(2)③", "変更 (帯域幅増減)	25,000"),
      ],
    },
    {
      param: "multiRegion",
      label: { ja: "マルチリージョン", en: "Multi-region" },
      fees: [
        { trigger: "added", fee: "multi-region-add" },
        { trigger: "removed", fee: "multi-region-remove" },
      ],
      cite: [cite("別紙1 3.(2)①", "変更 (オプション申込 無し → 有り)	150,000")],
    },
    {
      param: "transparentProxy",
      label: { ja: "透過プロキシ", en: "Transparent proxy" },
      fees: [
        { trigger: "added", fee: "transparent-proxy-add" },
        { trigger: "removed", fee: "transparent-proxy-remove" },
      ],
      cite: [cite("別紙1 3.(2)②", "変更 (オプション申込 無し → 有り)	30,000")],
    },
  ],
  outline: [
    { clause: "第4条", title: "プラン", paragraphs: 2 },
    { clause: "第5条", title: "利用期間", paragraphs: 2 },
    { clause: "第6条", title: "契約内容の変更", paragraphs: 2 },
    { clause: "第7条", title: "契約者が行う解約", paragraphs: 2 },
    { clause: "第8条", title: "利用料金", paragraphs: 11 },
    { clause: "第11条", title: "サービスの提供", paragraphs: 6 },
    { clause: "第12条", title: "機密保持", paragraphs: 1 },
    { clause: "第13条", title: "解除", paragraphs: 4 },
    { clause: "第14条", title: "免責", paragraphs: 4 },
    { clause: "第15条", title: "反社会的勢力の排除", paragraphs: 4 },
    { clause: "別紙1", title: "料金表" },
    { clause: "別紙2", title: "本サービス固有の制限事項等" },
  ],
  crossReferences: [
    {
      at: "第8条第11項",
      target: "第5条第2項",
      subject: "最低利用期間",
      cite: [cite("第8条第11項", "第 5 条第 2 項に定める最低利用期間内に解約が生じた時は、")],
    },
    {
      at: "第14条第3項第6号",
      target: "第11条第2項",
      cite: [cite("第14条第3項第6号", "第 11 条第 2 項ないし第 4 項の本サービスの仕様変更、中断、停止等により生じた損害")],
    },
    {
      at: "第3条第2項第6号",
      target: "第12条",
      subject: "反社会的勢力",
      knownDefect: {
        intended: "第15条",
        note: {
          ja: "保証・表明・確約を定めるのは第15条のみで、第12条（機密保持）と第13条（解除）は該当しません。",
          en: "Only 第15条 contains the representations and covenants; 第12条 (confidentiality) and 第13条 (termination) do not.",
        },
      },
      cite: [cite("第3条第2項第6号", "第 1 2 条、第 1 3 条および第 1 5 条の保証、表明に反する事実があり、")],
    },
  ],
  interpretations: [
    {
      topic: "licences-in-blocks",
      text: {
        ja: "ライセンス数は任意の数で受け付け、料金は 50 ライセンス単位に切り上げて計算します。",
        en: "Any licence count is accepted; fees are computed on the count rounded up to 50-licence units.",
      },
      cite: [cite("別紙1 2.(1)①", "※ 50 ライセンス単位でのご提供 (101 ライセンス必要な場合は 150 ライセンス分の料金適用となります)")],
    },
    {
      topic: "final-month", rules: ["billing.finalMonth"],
      text: {
        ja: "解約の場合は日割りしないため、解約日を含む月の月額費用は全額となります。",
        en: "Cancellation is not prorated, so the month containing the end date is charged in full.",
      },
      cite: [cite("第8条第8項", "ただし解約の場合はこの限りではない。")],
    },
    {
      topic: "early-termination-tax", rules: ["cancellation.totals"],
      text: {
        ja: "最低利用期間内の解約で支払う「残余の期間に相当する額」は残りの月額費用と同じ性質の対価と解し、見積もりの税込合計では消費税を加算しています（課税関係は規約に定めがありません）。",
        en: "The sum due for ending inside the minimum term (the remaining period's fees) is read as consideration like the monthly fees it replaces, so quotes add consumption tax to it in the with-tax total (the terms do not say how it is taxed).",
      },
      cite: [cite("第8条第11項", "第 5 条第 2 項に定める最低利用期間内に解約が生じた時は、残余の期間に相当する額を一括して支払っていただきます。")],
    },
    {
      topic: "notice-60-days", rules: ["cancellation.notice"],
      text: {
        ja: "「解約希望日の 60 日前まで」は暦日で数え、解約希望日の 60 日前の日に通知が届けば期限内とします（例: 2027-03-31 の 60 日前は 2027-01-30）。",
        en: "\"60 days before the desired date\" counts calendar days: a notice arriving on the 60th day before is in time (60 days before 2027-03-31 is 2027-01-30).",
      },
      cite: [cite("第7条第1項", "契約者は、利用契約を解約しようとするときは、そのことを解約希望日の 60 日前までに、当社へ書面により通知していただきます。")],
    },
    {
      topic: "private-address-typo",
      text: {
        ja: "別紙2 1.④の「72.16.0.0/12」は RFC1918 の 172.16.0.0/12 の誤記と解します。",
        en: "\"72.16.0.0/12\" in 別紙2 1.④ is read as RFC1918's 172.16.0.0/12 (a typo in the source).",
      },
      cite: [cite("別紙2 1.④", "（10.0.0.0/8、72.16.0.0/12 または、192.168.0.0/16）")],
    },
  ],
};
