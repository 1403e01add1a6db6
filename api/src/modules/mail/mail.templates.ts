import type { Lang } from "../../errors.js";

/**
 * The e-mails Yakkan sends, in the recipient's language: a subject, a plain-text part (always) and
 * an HTML part. Pure functions of their facts; links are absolute (the public origin).
 */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

type Words = Record<Lang, string>;
const w = (ja: string, en: string): Words => ({ ja, en });

const escapeHtml = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** Yen as a decimal string with thousands separators (exact: string arithmetic, never a float). */
export function formatYen(amount: string, lang: Lang): string {
  const negative = amount.startsWith("-");
  const digits = negative ? amount.slice(1) : amount;
  const [whole = "0", fraction] = digits.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (fraction ? `.${fraction}` : "");
  const signed = (negative ? "-" : "") + grouped;
  return lang === "ja" ? `${signed}円` : `¥${signed}`;
}

const SIGNATURE: Words = w(
  "Yakkan 約款ポータル（このメールは送信専用です）",
  "Yakkan terms portal (this address does not receive replies)",
);

/** One mail from paragraphs (lines of text) and links: the text part and the same as HTML. */
function compose(
  lang: Lang,
  subject: string,
  paragraphs: string[][],
  links: { label: string; url: string }[],
  footer: string[] = [],
): MailContent {
  const textParts = [
    ...paragraphs.map((p) => p.join("\n")),
    ...links.map((l) => `${l.label}:\n${l.url}`),
    [SIGNATURE[lang], ...footer].join("\n"),
  ];
  const htmlParts = [
    ...paragraphs.map((p) => `<p>${p.map(escapeHtml).join("<br>")}</p>`),
    ...links.map((l) => `<p><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></p>`),
    `<p style="color:#555;font-size:small">${[SIGNATURE[lang], ...footer].map(escapeHtml).join("<br>")}</p>`,
  ];
  return {
    subject,
    text: textParts.join("\n\n") + "\n",
    html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>${htmlParts.join("\n")}</body></html>`,
  };
}

export type RequestMailEvent = "submitted" | "accepted" | "rejected" | "completed" | "withdrawn";

export interface RequestMailFacts {
  event: RequestMailEvent;
  number: string;
  kind: "cancellation" | "change";
  contractNumber: string;
  serviceName: Words;
  /** Cancellation: the end date of the quote (for accepted: of the accepted quote). */
  endDate: string | null;
  noticeDate: string | null;
  noticeInTime: boolean | null;
  /** Cancellation: the one-off cost with tax, where known. */
  totalWithTax: string | null;
  /** Change: the date the new configuration applies. */
  effectiveDate: string | null;
  confirmationDate: string | null;
  rejectionReason: string | null;
  termsVersion: string;
  requestUrl: string;
}

const KIND: Record<"cancellation" | "change", Words> = {
  cancellation: w("解約", "cancellation"),
  change: w("変更", "change"),
};
const EVENT_SUBJECT: Record<RequestMailEvent, Words> = {
  submitted: w("申請を受け付けました", "request submitted"),
  accepted: w("申請が承認されました", "request accepted"),
  rejected: w("申請が却下されました", "request rejected"),
  completed: w("手続きが完了しました", "request completed"),
  withdrawn: w("申請が取り下げられました", "request withdrawn"),
};

/** A request's state change, to its organisation's administrators. */
export function requestMail(lang: Lang, f: RequestMailFacts): MailContent {
  const ja = lang === "ja";
  const kind = KIND[f.kind][lang];
  const subject = ja
    ? `【Yakkan】${kind}${EVENT_SUBJECT[f.event].ja}（${f.number}・${f.contractNumber}）`
    : `[Yakkan] ${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${EVENT_SUBJECT[f.event].en} (${f.number}, ${f.contractNumber})`;
  const head = ja
    ? [
        `申請番号: ${f.number}`,
        `契約: ${f.contractNumber}（${f.serviceName.ja}）`,
        `種別: ${kind}`,
        `規約の版: ${f.termsVersion}`,
      ]
    : [
        `Request: ${f.number}`,
        `Contract: ${f.contractNumber} (${f.serviceName.en})`,
        `Kind: ${kind}`,
        `Terms version: ${f.termsVersion}`,
      ];
  const facts: string[] = [];
  if (f.kind === "cancellation") {
    if (f.endDate) facts.push(ja ? `解約日: ${f.endDate}` : `End date: ${f.endDate}`);
    if (f.noticeDate)
      facts.push(
        ja
          ? `通知日: ${f.noticeDate}${f.noticeInTime === false ? "（通知期限後）" : ""}`
          : `Notice date: ${f.noticeDate}${f.noticeInTime === false ? " (after the notice deadline)" : ""}`,
      );
    if (f.totalWithTax)
      facts.push(
        ja
          ? `見積額（税込）: ${formatYen(f.totalWithTax, lang)}`
          : `Quoted total (incl. tax): ${formatYen(f.totalWithTax, lang)}`,
      );
  } else if (f.effectiveDate) {
    facts.push(ja ? `変更日: ${f.effectiveDate}` : `Effective date: ${f.effectiveDate}`);
  }
  const lead: Record<RequestMailEvent, string> = ja
    ? {
        submitted: `${kind}の申請を受け付けました。担当者が確認し、結果をお知らせします。`,
        accepted: `${kind}の申請を ${f.confirmationDate ?? ""} に確認し、承認しました。${f.kind === "cancellation" && f.endDate ? `契約は ${f.endDate} に終了します。` : ""}`,
        rejected: `${kind}の申請は却下されました。理由: ${f.rejectionReason ?? ""}`,
        completed:
          f.kind === "cancellation"
            ? `解約の手続きが完了しました。契約は ${f.endDate ?? ""} に終了します。`
            : `変更の手続きが完了しました。新しい構成が適用されます。`,
        withdrawn: `${kind}の申請は取り下げられました。`,
      }
    : {
        submitted: `We received your ${kind} request. Our staff will review it and tell you the outcome.`,
        accepted: `We confirmed your ${kind} request on ${f.confirmationDate ?? ""} and accepted it.${f.kind === "cancellation" && f.endDate ? ` The contract ends on ${f.endDate}.` : ""}`,
        rejected: `Your ${kind} request was rejected. Reason: ${f.rejectionReason ?? ""}`,
        completed:
          f.kind === "cancellation"
            ? `The cancellation is complete. The contract ends on ${f.endDate ?? ""}.`
            : `The change is complete: the new configuration applies.`,
        withdrawn: `The ${kind} request was withdrawn.`,
      };
  if (f.event === "accepted" && f.confirmationDate)
    facts.push(ja ? `確認日: ${f.confirmationDate}` : `Confirmation date: ${f.confirmationDate}`);
  return compose(
    lang,
    subject,
    [[lead[f.event]], [...head, ...facts]],
    [{ label: ja ? "申請の詳細" : "The request", url: f.requestUrl }],
  );
}

export interface TermsChangeFacts {
  serviceName: Words;
  /** The version's customer-facing name (never the draft's working name). */
  version: Words;
  effectiveFrom: string;
  changes: { text: Words; clauses: string[] }[];
  /** The organisation's affected contracts and what the change does to each (from the impact analysis). */
  contracts: { contractNumber: string; effect: Words }[];
  noticesUrl: string;
}

/**
 * A terms change, to every customer user of an affected organisation: what changes, from when, and
 * what it does to their contracts (民法548条の4: notice before the change takes effect).
 */
export function termsChangeMail(lang: Lang, f: TermsChangeFacts): MailContent {
  const ja = lang === "ja";
  const name = f.serviceName[lang];
  const subject = ja
    ? `【規約変更のお知らせ】${name}（${f.effectiveFrom} から）`
    : `[Yakkan] Terms change: ${name} (from ${f.effectiveFrom})`;
  const lead = ja
    ? `${name} の利用規約を ${f.effectiveFrom} から変更します（${f.version.ja}）。民法第548条の4に基づき、効力発生日前にお知らせします。`
    : `The terms of ${name} change from ${f.effectiveFrom} (${f.version.en}). We notify you before the change takes effect (Civil Code art. 548-4).`;
  const changes = f.changes.length
    ? f.changes.map(
        (c) =>
          `・${c.text[lang]}${c.clauses.length ? (ja ? `（${c.clauses.join("、")}）` : ` (${c.clauses.join(", ")})`) : ""}`,
      )
    : [ja ? "・変更点の一覧はポータルでご確認ください。" : "- See the portal for the list of changes."];
  const contracts = f.contracts.map((c) =>
    ja ? `・${c.contractNumber}: ${c.effect.ja}` : `- ${c.contractNumber}: ${c.effect.en}`,
  );
  return compose(
    lang,
    subject,
    [
      [lead],
      [ja ? "変更の内容:" : "What changes:", ...changes],
      ...(contracts.length ? [[ja ? "ご契約への影響:" : "What it does to your contracts:", ...contracts]] : []),
    ],
    [{ label: ja ? "お知らせ（ポータル）" : "Notices (portal)", url: f.noticesUrl }],
  );
}

export type DeadlineKind = "free-end" | "maximum-term" | "minimum-term";

export interface ReminderFacts {
  contractNumber: string;
  serviceName: Words;
  deadlineKind: DeadlineKind;
  /** The last day a notice may arrive. */
  notifyBy: string;
  /** The end date that notice reaches. */
  endDate: string;
  daysLeft: number;
  contractUrl: string;
  unsubscribeUrl: string;
  settingsUrl: string;
}

const DEADLINE: Record<DeadlineKind, Words> = {
  "free-end": w("早期解約金なしで解約できる最短の日", "the earliest end with no early-termination charge"),
  "maximum-term": w("最大利用期間の満了", "the end of the maximum term"),
  "minimum-term": w("最低利用期間の満了", "the end of the minimum term"),
};

/** A notice deadline coming up (an optional mail: it carries an unsubscribe link). */
export function reminderMail(lang: Lang, f: ReminderFacts): MailContent {
  const ja = lang === "ja";
  const what = DEADLINE[f.deadlineKind][lang];
  const subject = ja
    ? `【リマインダー】${f.contractNumber} の解約通知期限まであと ${f.daysLeft} 日（${f.notifyBy}）`
    : `[Yakkan] Reminder: ${f.daysLeft} days to the notice deadline of ${f.contractNumber} (${f.notifyBy})`;
  const lead = ja
    ? `契約 ${f.contractNumber}（${f.serviceName.ja}）を${what}（${f.endDate}）に解約するには、${f.notifyBy} までに解約の通知が届く必要があります。`
    : `To end contract ${f.contractNumber} (${f.serviceName.en}) on ${what} (${f.endDate}), the notice must arrive by ${f.notifyBy}.`;
  const footer = ja
    ? ["リマインダーの配信停止:", f.unsubscribeUrl, "配信設定（日数の変更）:", f.settingsUrl]
    : ["Unsubscribe from reminders:", f.unsubscribeUrl, "Reminder settings (days before):", f.settingsUrl];
  return compose(
    lang,
    subject,
    [[lead]],
    [{ label: ja ? "契約と解約の計画" : "The contract and its cancellation planner", url: f.contractUrl }],
    footer,
  );
}
