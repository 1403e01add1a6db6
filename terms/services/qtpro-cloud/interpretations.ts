import type { TermsBodyInput } from "../../src/dsl/index.js";
import {
  BILLING_START,
  BILLING_START_NO_PRORATION,
  BILLING_STOP,
  CALENDAR_MONTHS,
  CANCELLATION,
  EFFECTIVE_DATE,
  LEAD_TIMES,
  LEAD_TIME_CLOSED,
  LEAD_TIME_MONTH,
  MINIMUM_TERM,
  MINIMUM_TERM_CLUSTER,
  MONTHLY_CAP,
  POWER_USER_SCOPE,
  SPEC_CANCELLATION_FORM,
  SPEC_MINIMUM_TERM,
  spec,
  terms,
} from "./cite.js";

// Every choice made where the sources are ambiguous, or where the digest disagrees with the text
// (the text wins). Shown to users; legal can correct any of them here.

export const interpretations: NonNullable<TermsBodyInput["interpretations"]> = [
  {
    topic: "business-days",
    text: {
      ja: "「営業日」は資料に定義がありません。月曜日〜金曜日から国民の祝日・休日と 12 月 29 日〜1 月 3 日を除いた日と想定します（暦 qtnet-business-days、想定版）。",
      en: "Business days (営業日) are not defined in the sources. Assumed: Monday–Friday without national holidays and 29 December–3 January (calendar qtnet-business-days, assumed version).",
    },
    cite: [LEAD_TIMES],
  },
  {
    topic: "lead-time-anchor",
    rules: ["order.deadline"],
    text: {
      ja: "§12① の「30 営業日前／20 営業日前」は、§18③ と同じくサービス提供開始希望日を基準とし、開始希望日自体は数えずに営業日を遡って数えます。申込書は当社が受領した日で判断します。",
      en: '§12①\'s "30/20 business days before" is anchored, as in §18③, on the desired service start date, counting business days backwards without counting that date. The application counts on the day QTnet receives it.',
    },
    cite: [LEAD_TIMES, LEAD_TIME_CLOSED],
  },
  {
    topic: "lead-time-one-month",
    text: {
      ja: "§18③ の「1 ヶ月までに」は「1 ヶ月前までに」の誤記と読みます（§18⑤ 参照）。「原則」の 1 ヶ月前と §12① の必須の営業日期限はいずれも満たす必要があり、早い方が申込期限です。閉域接続ありの 30 営業日は常に 1 ヶ月より前になるため、§18③ の「ただし」を置き換えと読んでも結果は同じです。1 ヶ月前は同じ日付の前月（その日がなければ月末）とします。",
      en: '§18③\'s "1 ヶ月までに" is read as "1 ヶ月前までに" (a missing “前”; compare §18⑤). The "in principle" month and §12①\'s mandatory business days must both be met, so the earlier is the deadline. With a closed network 30 business days always fall before one month, so reading §18③\'s “ただし” as a replacement gives the same result. One month before is the same day of the previous month (its last day if it has none).',
    },
    cite: [LEAD_TIME_MONTH, spec("§18⑤", "原則、サービス提供終了希望日の 1 ヶ月前までに申込書を提出するものとする。")],
  },
  {
    topic: "closed-network",
    text: {
      ja: "「閉域接続」は定義がないため、インターネット以外の接続（SGW・OCX 経由の各リージョンへの閉域接続、パブリッククラウド閉域接続）を希望する場合に closedNetwork を指定するものとします。",
      en: '"閉域接続" is undefined: closedNetwork is set whenever a non-internet connection is wanted (a closed connection to a region through SGW/OCX, or to a public cloud).',
    },
    cite: [LEAD_TIMES, spec("§13②", "各リージョンへの閉域接続")],
  },
  {
    topic: "service-start",
    rules: ["order.serviceStart"],
    text: {
      ja: "サービス提供開始日（＝課金開始日）は構築期間後に契約者が選ぶ月初日です。構築期間は数値で定められていないため、申込期限（§12①・§18③）を構築期間とみなします。開始希望日が月初日でない場合、開始日は翌月 1 日とし、申込期限は指定された希望日から数えます。",
      en: "Service (and billing) starts on a 1st the customer chooses after the build period. The build period is not quantified, so the application deadlines (§12①, §18③) stand for it. For a desired date that is not a 1st, service starts on the next 1st and the deadline is counted from the date given.",
    },
    cite: [BILLING_START, BILLING_START_NO_PRORATION],
  },
  {
    topic: "targets",
    text: {
      ja: "OCX 論理回線 25 営業日・仮想マシン 15 営業日は「目標」であり保証ではありません。当社が構築する場合に限り、申込受付（承諾）の日から数えます。両者が並行か順次かは定めがありません。",
      en: "The 25 (OCX) and 15 (VM) business days are targets, not guarantees, apply only when QTnet builds, and count from acceptance. Whether they run in parallel or in sequence is not stated.",
    },
    cite: [spec("§12③", "契約者から申込受付後、OCX 論理回線の開通は 25 営業日を目標とする。")],
  },
  {
    topic: "cancellation-month-end",
    rules: ["cancellation.endOfMonth"],
    text: {
      ja: "規約第18条第1項（課金単位月の末日付）をスペックシート §16②（1 ヶ月以降の任意の日）より優先し、解約日は月末日とします。「課金単位月」は暦月と読みます（第24条第2項、課金は月初日から）。希望日が月末でない場合はその月の末日に揃えます。",
      en: "The terms' 第18条第1項 (the last day of a billing month) prevails over spec §16② (any day from one month on): the end date is a month end. \"課金単位月\" is read as the calendar month (第24条第2項; billing starts on a 1st). A desired date inside a month is aligned to that month's last day.",
    },
    cite: [CANCELLATION, BILLING_STOP, CALENDAR_MONTHS],
  },
  {
    topic: "cancellation-notice-count",
    rules: ["cancellation.notice"],
    text: {
      ja: "「1ヶ月前までに」は解約日から遡って数え、解約日の前月の同じ日（その日がなければ前月末日）までに当社が受領すれば期限内とします（例: 3 月 31 日の解約は 2 月 28 日（うるう年は 29 日）まで）。スペックシート §16② の「受領した日から1ヶ月以降」を前向きに数える読み方とは、受領日の日付が解約月の日数より大きい場合に異なります（例: 5 月 31 日受領 → 本解釈では 6 月 30 日に間に合わず 7 月 31 日）。規約の文言に従います。",
      en: "\"1ヶ月前までに\" is counted back from the end date: notice is in time if QTnet receives it by the same day of the previous month (that month's last day if it has none), e.g. by 28 (29 in a leap year) February for a 31 March end. Counting forward from receipt as spec §16② puts it differs when the receipt day exceeds the end month's length (received 31 May: here too late for 30 June, so 31 July). The terms' wording is followed.",
    },
    cite: [CANCELLATION, BILLING_STOP, SPEC_CANCELLATION_FORM],
  },
  {
    topic: "cancellation-late-notice",
    rules: ["cancellation.moveEnd"],
    text: {
      ja: "通知が期限後の場合、解約日は通知が間に合う最も早い月末日に移ります（§16②: 受領日から 1 ヶ月以降）。「原則」とある §18⑤ も第18条第1項に従い厳格に適用します。",
      en: 'A late notice moves the end to the earliest month end it still reaches in time (§16②: from one month after receipt). §18⑤\'s "in principle" is applied strictly, as 第18条第1項 is.',
    },
    cite: [BILLING_STOP, CANCELLATION],
  },
  {
    topic: "minimum-term",
    rules: ["limits.minimum"],
    text: {
      ja: "最低利用期間は課金開始日（月初日）から暦月で数えます。1 ヶ月は課金開始月の末日、3 年は 36 か月目の末日に満了します（例: 2026-04-01 開始 → 2026-04-30／2029-03-31）。専有クラスターの 3 年は規約第5条第1項とスペックシート §18④ の両方に定めがあり、契約の課金開始日から数えます。後から追加した専有クラスターはその提供開始日から 3 年となる可能性があり、法務の確認が必要です。",
      en: "The minimum term counts calendar months from the billing start (a 1st): 1 month ends on the last day of the start month, 3 years on the last day of the 36th month (start 2026-04-01 → 2026-04-30 / 2029-03-31). The dedicated cluster's 3 years are stated both in 第5条第1項 and spec §18④ and run from the contract's billing start; a cluster added later probably runs 3 years from its own start (for legal to confirm).",
    },
    cite: [MINIMUM_TERM, MINIMUM_TERM_CLUSTER, SPEC_MINIMUM_TERM],
  },
  {
    topic: "early-termination",
    rules: ["limits.earlyTermination"],
    text: {
      ja: "「残存期間分の料金」「月額使用料」は時間従量・月額上限の料金体系では定義されていないため、契約の月額（月額上限料金の合計）×（解約月の翌月から最低利用期間満了月までの月数）とします。解約月は全額課金（日割りなし）のため残余は常に整数月です。第28条第2項の除外（第18条第2項・第3項による解除）を優先し、同じ事由による第14条第2項の解除も除外されると解しますが、見積りは通常の解約を前提とします。違約金への消費税の扱いは定めがなく、法務・経理の確認が必要です。",
      en: '"残存期間分の料金" / "月額使用料" are undefined in a metered, capped fee model: the penalty is the contract\'s monthly fee (sum of monthly caps) × the months after the end month up to the month the minimum term ends. The end month is billed whole (no proration), so the remainder is whole months. 第28条第2項\'s exemptions (termination under 第18条第2項 or 第3項) prevail, and a 第14条第2項 termination for the same events is read as exempt too, but quotes assume an ordinary cancellation. Whether consumption tax applies to the penalty is not stated (for legal and accounting).',
    },
    cite: [
      terms("第5条第2項", "最低利用期間の途中解約の場合は、契約者は残存期間分の料金を一括して当社に支払う。"),
      terms("第28条第2項", "（第 18 条 第 2 項又は第 3 項の規定による解除を除きます。）"),
    ],
  },
  {
    topic: "pre-start-cancellation",
    text: {
      ja: "提供開始日までの解除の申し出（第28条第1項）の違約金は、最低利用期間全体の月額（1 ヶ月分、専有クラスターは 36 ヶ月分）と読み、申し出の受領日に効力を生じるものとします。この場合の計算は解約見積りでは行いません（利用開始日より前の解約日は受け付けません）。初期費用の扱いは定めがありません。",
      en: "A termination request before the service start (第28条第1項) is read as owing the whole minimum term's monthly fees (1 month; 36 for a dedicated cluster), effective on receipt. The cancellation quote does not compute it (it refuses an end date before the start). What happens to the initial fee is not stated.",
    },
    cite: [
      terms(
        "第28条第1項",
        "本サービスの利用契約成立後、本サービスの提供開始日までに、契約者から解除の申し出があった場合",
      ),
    ],
  },
  {
    topic: "metered-quotes",
    text: {
      ja: "時間従量課金・月額上限料金の月額は利用時間によりますが、見積りでは各月（開始月・終了月を含む）を上限額で扱い、契約の月額（monthlyFee）として入力された額を用います（上限見積り）。",
      en: "Metered and capped fees depend on hours used; quotes treat every month (start and end months included) at the cap, taking the contract's monthlyFee as given (an upper-bound quote).",
    },
    cite: [MONTHLY_CAP, BILLING_START_NO_PRORATION],
  },
  {
    topic: "change-billing",
    text: {
      ja: "変更部分は提供開始日から課金されます（第10条第4項）。月途中の変更の日割りは定めがないため、スペックシート §16① に合わせ変更月は全額課金（日割りなし）とします。§18③ の「1 ヶ月前」は開始時の規定と読み変更には適用せず、パワーユーザー権限外の変更は開通の手順（閉域接続を伴えば 30 営業日、それ以外は 20 営業日）によります。",
      en: "A changed part is billed from the day it is provided (第10条第4項). Mid-month proration is not stated, so, as in spec §16①, the month of a change is billed whole. §18③'s one month is read as a start-of-service rule, not applied to changes; changes outside the power-user scope follow the opening procedure (30 business days with a closed connection, otherwise 20).",
    },
    cite: [
      terms(
        "第10条第4項",
        "当社が第 1 項の届出を承諾し、契約の内容を変更した場合、変更部分の課金は、変更部分の提供開始日を課金開始日とします。",
      ),
      BILLING_START_NO_PRORATION,
    ],
  },
  {
    topic: "dedicated-cluster-removal",
    text: {
      ja: "専有クラスターの廃止（変更）は禁止されていませんが、3 年の最低利用期間内の廃止は残存期間分の料金（第5条第2項）の対象となる可能性があります。変更見積りはこの金額を計算しません。",
      en: "Removing a dedicated cluster by a change is not forbidden, but within its 3-year minimum term the remaining period's fees (第5条第2項) may be owed. The change quote does not compute them.",
    },
    cite: [MINIMUM_TERM_CLUSTER],
  },
  {
    topic: "late-interest",
    text: {
      ja: "遅延損害金は未払額（請求額、消費税を含む）× 14.5% × 日数 / 365 とし、日数は支払期日の翌日から支払日まで（両端を含む）、うるう年でも 365 日で割ります。支払期日は請求書に指定された日で、休日による移動は定めがないため行いません。",
      en: "Late interest = unpaid amount (as invoiced, tax included) × 14.5% × days / 365, days from the day after the due date through the payment date, a 365-day year also in leap years. The due date is the invoice's; no holiday shift is stated, so none is applied.",
    },
    cite: [
      terms(
        "第36条",
        "支払期日の翌日から起算して支払いの日までの期間 について、未払額に対し年 14.5%の割合で算定した額を、遅延損害金として当社に支払うものとします。",
      ),
    ],
  },
  {
    topic: "rounding",
    text: {
      ja: "1 円未満の切捨ての段階は定めがないため、各計算（料金、違約金、遅延損害金、消費税額）の最後に一度だけ切り捨てます。",
      en: "When to truncate is not stated: each computed amount (fee, penalty, interest, tax) is truncated once, at its end.",
    },
    cite: [
      terms(
        "第37条",
        "この利用規約の規定に基づき金額の計算をした場合に、その計算結果に 1 円未満の端数が生じたときは、その端数を切り捨てます。",
      ),
    ],
  },
  {
    topic: "payment-dates",
    text: {
      ja: "利用料金は各月末締めで翌々月に請求され、ご利用月の翌々月までに振り込みます。初期費用は利用開始月の翌々月の月末まで、変更に係る初期費用の期日は定めがありません。遅延損害金の基準は請求書の支払期日です。",
      en: "Usage is closed at each month end and invoiced in the month after next, payable by then. Initial fees are due by the end of the month after next after the start month; the due date of a change's initial fee is not stated. Late interest runs from the invoice's due date.",
    },
    cite: [
      spec(
        "§16④",
        "契約者毎のOCFとOCX利用料金を各月末締めとし、QT PRO Cloud料金として合算して契約者に翌々月請求する。",
      ),
      terms(
        "第27条第2項",
        "ご利用月の翌々月までに、当社が指定する金融機関の口座にその利用料等（振り込み手数料を含みます）を振り込むものとします。",
      ),
      terms(
        "第25条第1項",
        "契約者は、利用開始月の翌々月の月末までに QT PRO Cloud サービスの初期費用を当社に支払うものとし、",
      ),
    ],
  },
  {
    topic: "power-user-scope",
    text: {
      ja: "§13① の操作一覧は「など」を含む例示であり、一般原則は §11①（契約申し込み（拠点追加）とアカウント全体のユーザー管理以外はすべて可能）とします。規約第10条第1項の「別紙サービスポリシーシート」はスペックシート §11①・§13① と読みます。コンソールでの変更は承諾通知の発信時に成立します。",
      en: "§13①'s list (with など) is illustrative; the general rule is §11① (everything except contract applications/adding sites and account-wide user management). 第10条第1項's \"別紙サービスポリシーシート\" is read as spec §11① and §13①. A console change is formed when the console sends its acceptance notice.",
    },
    cite: [POWER_USER_SCOPE, spec("§13①", "パワーユーザーで操作可能な設定は以下の通り。")],
  },
  {
    topic: "bandwidth-limiting",
    text: {
      ja: "仮想マシンの帯域制限は構築者が設定します: 当社が構築した場合は当社、契約者が構築した場合は契約者。",
      en: "The VM bandwidth limit is set by whoever builds the VM: QTnet if QTnet builds it, else the customer.",
    },
    cite: [
      spec("§19①", "※当社にて構築する場合は当社が設定し、契約者にて構築される場合は契約者自身で設定するものとする。"),
    ],
  },
  {
    topic: "fault-notices",
    text: {
      ja: "BBIX の 30 分以内の障害通知は重大度 1（サービス停止）と重大度 2（停止の可能性が高い場合）の両方が対象です。",
      en: "BBIX's 30-minute fault notice covers severity 1 (service stop) and severity 2 (likely stop) alike.",
    },
    cite: [
      spec(
        "§15④",
        "“OCX Compute Fabric 個別規定 4.2 障害通知およびメンテナンス情報”の重大度 2 相当の事象発生と定義する。",
      ),
    ],
  },
  {
    topic: "versions",
    text: {
      ja: "規約 Ver1.0 は 2026-03-01 から実施され、改定履歴はありません。スペックシートのサービス開始日は 2026-02-01 ですが、それ以前・その間に適用された規約は資料にないため、2026-03-01 より前の日付には計算を行いません。",
      en: "Terms Ver1.0 applies from 2026-03-01 with no revision history. The spec gives the service start as 2026-02-01, but no terms for February 2026 are in the sources, so nothing is computed for dates before 2026-03-01.",
    },
    cite: [EFFECTIVE_DATE, spec("§2", "2026年2月1日")],
  },
  {
    topic: "resource-deletion-typo",
    text: {
      ja: "§14② の「OCF リリース削除作業」は「OCF リソース削除作業」の誤記と読みます。",
      en: '§14②\'s "OCF リリース削除作業" is read as "OCF リソース削除作業" (a typo).',
    },
    cite: [spec("§14②", "契約者で削除されず、当社に OCF リリース削除作業を依頼される場合は、有償で対応する。")],
  },
  {
    topic: "restoration-period",
    text: {
      ja: "第38条第2項の「前項の期間内」は、第38条第1項が期間を定めていないため、利用終了日までに（速やかに）と読みます。",
      en: '第38条第2項\'s "前項の期間内" is read as by the end date (promptly), since 第38条第1項 sets no period.',
    },
    cite: [
      terms(
        "第38条第2項",
        "2. 契約者が、前項の期間内に設備の撤去や原状回復を行わない場合、当社は、自らこれを行うことができるものとします。",
      ),
    ],
  },
  {
    topic: "duplicate-item-number",
    text: {
      ja: "第19条第1項は第6号が 2 回あります（わいせつ等の送信・掲載、無断リンク）。引用は本文で区別します。",
      en: "第19条第1項 numbers two items (6) (obscene content; unauthorised links). Citations tell them apart by their text.",
    },
    cite: [
      terms(
        "第19条第1項第6号",
        "(6) わいせつ、児童ポルノ若しくは児童虐待にあたる画像若しくは文書等を送信し、または掲載する行為",
      ),
      terms(
        "第19条第1項第6号",
        "(6) Web ページ運用の際、リンク先のデータの所有者から承諾を得ずに第三者のデータへリンクを行う行為",
      ),
    ],
  },
  {
    topic: "heading-mismatches",
    text: {
      ja: "参照先の見出しの引用が本文と異なる箇所があります: 第25条第2項「第10条（契約事項の変更等）」（正: 契約事項の変更）、第34条第2項「第16条（提供の停止等）」（正: 提供の停止）、第18条第2項「第14条（非常時における利用の制限）」（正: 非常時等における利用の制限）。いずれも条番号どおりに読みます。",
      en: 'Some references quote a heading differently from the article: 第25条第2項 "第10条（契約事項の変更等）" (actually “契約事項の変更”), 第34条第2項 "第16条（提供の停止等）" (“提供の停止”), 第18条第2項 "第14条（非常時における利用の制限）" (“非常時等における利用の制限”). Each is read by its article number.',
    },
    cite: [
      terms("第25条第2項", "第 10 条（契約事項の変更等）の規定により"),
      terms("第34条第2項", "契約者が第 16 条 (提供の停止等) 第 1 項に該当する場合は"),
    ],
  },
  {
    topic: "truncated-sentences",
    text: {
      ja: "第25条第1項・第2項と第22条第3項は「し、」で文が途切れています。書かれている範囲で解釈します。",
      en: '第25条第1項, 第2項 and 第22条第3項 break off mid-sentence ("し、"). They are read as far as they go.',
    },
    cite: [terms("第22条第3項", "本件従業員等の行為について全責任を負うものとし、")],
  },
];
