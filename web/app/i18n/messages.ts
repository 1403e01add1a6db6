/** Every string of the portal's chrome, Japanese first. Terms content comes bilingual from the data. */
export const messages = {
  appName: { ja: "Yakkan 約款", en: "Yakkan" },
  tagline: {
    ja: "利用規約を、期限と料金の答えに。",
    en: "Contract terms, turned into deadlines and fees you can check.",
  },
  skipToContent: { ja: "本文へ移動", en: "Skip to content" },
  switchLanguage: { ja: "English", en: "日本語" },
  servicesHeading: { ja: "サービス", en: "Services" },
  provider: { ja: "提供事業者", en: "Provider" },
  termsInForce: { ja: "適用中の規約", en: "Terms in force" },
  estimateFees: { ja: "料金を試算する", en: "Estimate fees" },
  noServices: { ja: "登録されたサービスはありません。", en: "No services are registered." },
  estimateTitle: { ja: "料金試算", en: "Fee estimate" },
  configuration: { ja: "構成", en: "Configuration" },
  calculate: { ja: "再計算", en: "Recalculate" },
  calculating: { ja: "計算中…", en: "Calculating…" },
  required: { ja: "必須", en: "required" },
  optionNone: { ja: "なし", en: "None" },
  range: { ja: "範囲", en: "Range" },
  pricedInBlocks: { ja: "{n} 単位で料金計算（切り上げ）", en: "priced in blocks of {n}, rounded up" },
  errorSummary: { ja: "設定に誤りがあります", en: "Please correct the configuration" },
  monthly: { ja: "月額費用", en: "Monthly fee" },
  initial: { ja: "初期費用", en: "Initial fee" },
  taxExcluded: { ja: "税抜", en: "excl. tax" },
  taxIncluded: { ja: "税込", en: "incl. tax" },
  breakdown: { ja: "内訳", en: "Breakdown" },
  item: { ja: "項目", en: "Item" },
  quantity: { ja: "数量", en: "Quantity" },
  unitPrice: { ja: "単価", en: "Unit price" },
  amount: { ja: "金額（税抜）", en: "Amount (excl. tax)" },
  clause: { ja: "根拠", en: "Clause" },
  kindMonthly: { ja: "月額", en: "Monthly" },
  kindOneOff: { ja: "一時", en: "One-off" },
  kindPossible: { ja: "発生の可能性", en: "Possible" },
  explanation: { ja: "計算の根拠", en: "How this was computed" },
  unpriced: { ja: "規約に価格が掲載されていない項目", en: "Items whose price the terms do not publish" },
  termsVersion: { ja: "規約の版", en: "Terms version" },
  effectiveFrom: { ja: "{date} から有効", en: "in force from {date}" },
  notComputable: { ja: "本文なし（計算不可）", en: "text not available (cannot compute)" },
  notFoundTitle: { ja: "ページが見つかりません", en: "Page not found" },
  notFoundBody: { ja: "お探しのページは存在しないか、表示する権限がありません。", en: "This page does not exist, or you may not see it." },
  errorTitle: { ja: "問題が発生しました", en: "Something went wrong" },
  errorBody: { ja: "時間をおいて再度お試しください。", en: "Please try again in a moment." },
  backHome: { ja: "トップへ戻る", en: "Back to the start page" },
  yen: { ja: "{amount}円", en: "¥{amount}" },
  // Navigation and session
  navContracts: { ja: "契約一覧", en: "Contracts" },
  navRequests: { ja: "申請履歴", en: "Requests" },
  navQueue: { ja: "受付キュー", en: "Request queue" },
  navEstimate: { ja: "料金試算", en: "Fee estimates" },
  signIn: { ja: "サインイン", en: "Sign in" },
  signOut: { ja: "サインアウト", en: "Sign out" },
  signInTitle: { ja: "Yakkan にサインイン", en: "Sign in to Yakkan" },
  email: { ja: "メールアドレス", en: "E-mail address" },
  password: { ja: "パスワード", en: "Password" },
  signingIn: { ja: "サインイン中…", en: "Signing in…" },
  demoAccounts: { ja: "デモアカウント（パスワードは README に記載）", en: "Demo accounts (the password is in the README)" },
  roleCustomerAdmin: { ja: "契約管理者", en: "Customer administrator" },
  roleCustomerMember: { ja: "閲覧ユーザー", en: "Customer member (read-only)" },
  roleStaff: { ja: "受付担当（当社）", en: "Staff" },
  roleLegal: { ja: "法務（当社）", en: "Legal" },
  // Dashboard and contracts
  dashboardTitle: { ja: "契約一覧", en: "Your contracts" },
  noContracts: { ja: "契約はまだありません。", en: "There are no contracts yet." },
  contractNumber: { ja: "契約番号", en: "Contract no." },
  startDate: { ja: "利用開始日", en: "Start date" },
  contractConfirmed: { ja: "契約成立日（承諾日）", en: "Contract confirmed" },
  initialWorkCompleted: { ja: "初期工事完了日", en: "Initial work completed" },
  status: { ja: "状態", en: "Status" },
  statusActive: { ja: "利用中", en: "Active" },
  statusEnded: { ja: "終了", en: "Ended" },
  statusPending: { ja: "開始前", en: "Not started" },
  endsOn: { ja: "{date} に終了", en: "Ends {date}" },
  monthlyNow: { ja: "現在の月額（税抜）", en: "Monthly fee now (excl. tax)" },
  minimumTermEnd: { ja: "最低利用期間の満了日", en: "Minimum term ends" },
  maximumTermEnd: { ja: "最大利用期間の満了日", en: "Maximum term ends" },
  earliestEnd: { ja: "最短の解約日", en: "Earliest end date" },
  noticeBy: { ja: "解約通知の期限", en: "Notice must arrive by" },
  earliestEndSentence: {
    ja: "最も早く {end} に解約するには、{by} までに解約通知が当社に届く必要があります。",
    en: "To end on the earliest possible date, {end}, your notice must arrive by {by}.",
  },
  notComputableContract: { ja: "この契約の規約は計算できません（本文が資料にない版です）。", en: "The terms of this contract cannot be computed (a version whose text is not in the sources)." },
  viewContract: { ja: "契約の内容を見る", en: "View the contract" },
  openRequests: { ja: "処理中の申請", en: "Open requests" },
  noOpenRequests: { ja: "処理中の申請はありません。", en: "No open requests." },
  contractTitle: { ja: "契約 {number}", en: "Contract {number}" },
  configurationNow: { ja: "契約内容", en: "Configuration" },
  feesNow: { ja: "現在の料金", en: "Fees now" },
  contractSpecificFee: { ja: "契約固有の月額（{source}）", en: "Contract-specific monthly fee ({source})" },
  cancellationRules: { ja: "解約のきまり", en: "Cancellation rules" },
  orderRules: { ja: "申込みの期限", en: "Lead times" },
  responsibilities: { ja: "責任分担", en: "Who does what" },
  area: { ja: "分野", en: "Area" },
  duty: { ja: "内容", en: "Duty" },
  party: { ja: "担当", en: "Party" },
  permissions: { ja: "お客さま自身でできること・依頼が必要なこと", en: "What you may do yourself, and what needs a request" },
  modeSelfService: { ja: "お客さま自身で可能", en: "You may do it yourself" },
  modeRequest: { ja: "当社への依頼が必要", en: "Request to the provider" },
  modeNotAllowed: { ja: "不可", en: "Not allowed" },
  fee: { ja: "料金", en: "Fee" },
  feeUnpublished: { ja: "規約に価格の掲載なし（別の料金表）", en: "Not published in the terms (separate price list)" },
  documentsNeeded: { ja: "必要書類", en: "Documents" },
  leadTime: { ja: "期限", en: "Lead time" },
  interpretations: { ja: "解釈について", en: "How ambiguities were read" },
  actions: { ja: "手続き", en: "Actions" },
  requestCancellation: { ja: "解約を申請する", en: "Request cancellation" },
  requestChange: { ja: "契約内容の変更を申請する", en: "Request a change" },
  calendarExport: { ja: "期限をカレンダーに追加（.ics）", en: "Add the key dates to your calendar (.ics)" },
  readOnlyNotice: { ja: "閲覧ユーザーは申請できません。契約管理者にご依頼ください。", en: "Members are read-only: ask your customer administrator to submit requests." },
  // Cancellation
  cancelTitle: { ja: "解約の申請", en: "Request cancellation" },
  desiredEndDate: { ja: "解約希望日", en: "Desired end date" },
  earliestValid: { ja: "通知が本日届く場合の最短の解約日: {date}", en: "Earliest end date with notice arriving today: {date}" },
  showQuote: { ja: "見積もりを表示", en: "Show the quote" },
  latestNotice: { ja: "通知の期限", en: "Notice deadline" },
  noticeInTime: { ja: "期限内", en: "in time" },
  noticeLate: { ja: "期限後", en: "late" },
  effectiveEndDate: { ja: "解約日", en: "End date" },
  lastBilledDate: { ja: "最終課金日", en: "Last day billed" },
  charges: { ja: "解約に伴う費用", en: "Charges" },
  total: { ja: "合計（税抜）", en: "Total (excl. tax)" },
  totalWithTax: { ja: "合計（税込）", en: "Total (incl. tax)" },
  possibleNote: { ja: "「発生の可能性」の費用は合計に含みません。", en: "Possible charges are not included in the totals." },
  confirmCancellation: { ja: "この内容で解約を申請する", en: "Submit this cancellation" },
  submitting: { ja: "送信中…", en: "Submitting…" },
  calendarLegend: { ja: "営業日（{name}）", en: "Business days ({name})" },
  dayOff: { ja: "休業日", en: "Day off" },
  earliestMarker: { ja: "最短", en: "earliest" },
  // Change
  changeTitle: { ja: "契約内容の変更", en: "Change the contract" },
  effectiveDate: { ja: "変更日", en: "Effective date" },
  monthlyBefore: { ja: "変更前の月額", en: "Monthly before" },
  monthlyAfter: { ja: "変更後の月額", en: "Monthly after" },
  effectiveMonthCharge: { ja: "変更月の料金", en: "Fee for the month of the change" },
  oneOffCharges: { ja: "変更に伴う一時費用", en: "One-off change fees" },
  noOneOff: { ja: "一時費用はかかりません。", en: "No one-off fees." },
  changeNotAllowed: { ja: "この変更はできません", en: "This change is not allowed" },
  confirmChange: { ja: "この内容で変更を申請する", en: "Submit this change" },
  // Requests
  requestsTitle: { ja: "申請履歴", en: "Requests" },
  noRequests: { ja: "申請はまだありません。", en: "No requests yet." },
  requestNumber: { ja: "申請番号", en: "Request no." },
  kind: { ja: "種別", en: "Kind" },
  kindCancellation: { ja: "解約", en: "Cancellation" },
  kindChange: { ja: "変更", en: "Change" },
  submittedAt: { ja: "申請日時", en: "Submitted" },
  statusReqPending: { ja: "受付待ち", en: "Pending" },
  statusReqAccepted: { ja: "受付済み", en: "Accepted" },
  statusReqRejected: { ja: "却下", en: "Rejected" },
  statusReqCompleted: { ja: "完了", en: "Completed" },
  statusReqWithdrawn: { ja: "取り下げ", en: "Withdrawn" },
  requestTitle: { ja: "申請 {number}", en: "Request {number}" },
  submittedNotice: { ja: "申請を受け付けました。申請番号は {number} です。", en: "Your request was received. Its number is {number}." },
  quoteAtSubmission: { ja: "申請時の見積もり", en: "Quote at submission" },
  quoteAtAcceptance: { ja: "受付時（確認完了日 {date}）の再計算", en: "Recomputed on acceptance (confirmation {date})" },
  termsUsed: { ja: "適用した規約の版: {version}", en: "Terms version used: {version}" },
  withdraw: { ja: "申請を取り下げる", en: "Withdraw the request" },
  history: { ja: "経過", en: "History" },
  rejectionReason: { ja: "却下の理由", en: "Reason for rejection" },
  // Staff
  queueTitle: { ja: "受付キュー", en: "Request queue" },
  queueEmpty: { ja: "処理待ちの申請はありません。", en: "Nothing waiting." },
  customer: { ja: "お客さま", en: "Customer" },
  accept: { ja: "受け付ける", en: "Accept" },
  confirmationDate: { ja: "確認完了日", en: "Confirmation date" },
  reject: { ja: "却下する", en: "Reject" },
  complete: { ja: "完了にする", en: "Mark completed" },
  newParameters: { ja: "変更後の内容", en: "New configuration" },
} as const;

export type MessageKey = keyof typeof messages;
export type Lang = "ja" | "en";

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return messages[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

const grouping = { ja: new Intl.NumberFormat("ja-JP"), en: new Intl.NumberFormat("en-US") };

/**
 * Yen for display. Amounts arrive as exact decimal strings; Intl formats a string without turning
 * it into a float (ES2023 Intl.NumberFormat v3).
 */
export function formatYen(lang: Lang, amount: string): string {
  const formatted = grouping[lang].format(amount as unknown as number);
  return t(lang, "yen", { amount: formatted });
}

const DATE_FORMAT = {
  ja: new Intl.DateTimeFormat("ja-JP", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric", weekday: "short" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", year: "numeric", month: "short", day: "numeric", weekday: "short" }),
};
const DATETIME_FORMAT = {
  ja: new Intl.DateTimeFormat("ja-JP", { timeZone: "Asia/Tokyo", dateStyle: "medium", timeStyle: "short" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Tokyo", dateStyle: "medium", timeStyle: "short" }),
};

/** A calendar date ("2027-03-31") for people: a day, never shifted by a time zone. */
export function formatDate(lang: Lang, iso: string | null | undefined): string {
  if (!iso) return "—";
  return DATE_FORMAT[lang].format(new Date(`${iso}T00:00:00Z`));
}

/** An instant, shown in Japan time. */
export function formatDateTime(lang: Lang, value: string | Date): string {
  return `${DATETIME_FORMAT[lang].format(new Date(value))}${lang === "en" ? " JST" : ""}`;
}

export function formatCount(lang: Lang, value: string | number): string {
  return grouping[lang].format(String(value) as unknown as number);
}
