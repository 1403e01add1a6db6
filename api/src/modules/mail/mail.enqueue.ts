import type { ApiContext } from "../../context.js";
import type { NoticeContractRow } from "../notices/terms-change-notice.js";
import type { Tx } from "../common/executor.js";
import type { RequestAction } from "../requests/requests.machine.js";
import type { RequestRecord } from "../requests/requests.repository.js";
import { enqueueMail, usersOf } from "./mail.repository.js";
import {
  formatYen,
  requestMail,
  termsChangeMail,
  type RequestMailEvent,
  type TermsChangeFacts,
} from "./mail.templates.js";

/**
 * The mails a state change causes, written in its transaction (a transactional outbox): the change
 * and its mails commit together or not at all. One mail per (cause, recipient): the dedupe key.
 */

/** The mail each transition of the request machine sends. */
export const MAIL_EVENT: Record<RequestAction, RequestMailEvent> = {
  withdraw: "withdrawn",
  accept: "accepted",
  reject: "rejected",
  complete: "completed",
};

/** A request's new state, to its organisation's customer administrators, each in their language. */
export async function enqueueRequestMails(
  ctx: ApiContext,
  tx: Tx,
  event: RequestMailEvent,
  request: RequestRecord,
): Promise<void> {
  const service = ctx.services.find(request.serviceId);
  const serviceName = { ja: service?.name ?? request.serviceId, en: service?.nameEn ?? request.serviceId };
  const cancellation = request.kind === "cancellation" ? request : null;
  const quote = cancellation ? (cancellation.acceptedQuote ?? cancellation.quote) : null;
  const recipients = await usersOf(tx, [request.organizationId], ["customer-admin"]);
  for (const user of recipients) {
    const content = requestMail(user.language, {
      event,
      number: request.number,
      kind: request.kind,
      contractNumber: request.contractNumber,
      serviceName,
      endDate: quote?.effectiveEndDate ?? null,
      noticeDate: cancellation?.payload.noticeDate ?? null,
      noticeInTime: quote?.noticeInTime ?? null,
      totalWithTax: quote?.totalWithTax ?? null,
      effectiveDate: request.kind === "change" ? request.payload.effectiveDate : null,
      confirmationDate: request.confirmationDate,
      rejectionReason: request.rejectionReason,
      termsVersion: request.termsVersion || (quote?.termsVersion.version ?? ""),
      requestUrl: `${ctx.publicOrigin}/requests/${request.id}`,
    });
    await enqueueMail(tx, {
      toUserId: user.id,
      toEmail: user.email,
      organizationId: request.organizationId,
      kind: `request-${event}`,
      lang: user.language,
      dedupeKey: `request:${request.id}:${event}:${user.id}`,
      subject: content.subject,
      body: content.text,
      html: content.html,
    });
  }
}

/** A published terms change, to every customer user of an affected organisation. */
export async function enqueueTermsChangeMails(
  ctx: ApiContext,
  tx: Tx,
  change: { termsVersionId: string; organizationId: string } & Omit<TermsChangeFacts, "noticesUrl">,
): Promise<void> {
  const recipients = await usersOf(tx, [change.organizationId], ["customer-admin", "customer-member"]);
  for (const user of recipients) {
    const content = termsChangeMail(user.language, { ...change, noticesUrl: `${ctx.publicOrigin}/contracts` });
    await enqueueMail(tx, {
      toUserId: user.id,
      toEmail: user.email,
      organizationId: change.organizationId,
      kind: "terms-change",
      lang: user.language,
      dedupeKey: `terms-change:${change.termsVersionId}:${user.id}`,
      subject: content.subject,
      body: content.text,
      html: content.html,
    });
  }
}

/** What a terms change does to one contract, in words (from the impact analysis's row). */
export function contractEffect(row: NoticeContractRow): { ja: string; en: string } {
  if (row.errorAfter)
    return {
      ja: `新しい規約では計算できません（${row.errorAfter.ja}）`,
      en: `cannot be computed under the new terms (${row.errorAfter.en})`,
    };
  const ja: string[] = [];
  const en: string[] = [];
  const yen = (v: string | null, lang: "ja" | "en") =>
    v === null ? (lang === "ja" ? "不明" : "unknown") : formatYen(v, lang);
  if (row.monthlyBefore !== row.monthlyAfter) {
    ja.push(`月額 ${yen(row.monthlyBefore, "ja")} → ${yen(row.monthlyAfter, "ja")}（税抜）`);
    en.push(`monthly fee ${yen(row.monthlyBefore, "en")} → ${yen(row.monthlyAfter, "en")} (excl. tax)`);
  }
  if (row.earliestEndBefore !== row.earliestEndAfter) {
    ja.push(`最短の解約日 ${row.earliestEndBefore ?? "—"} → ${row.earliestEndAfter ?? "—"}`);
    en.push(`earliest end ${row.earliestEndBefore ?? "—"} → ${row.earliestEndAfter ?? "—"}`);
  }
  if (row.noticeDeadlineBefore !== row.noticeDeadlineAfter) {
    ja.push(`解約通知の期限 ${row.noticeDeadlineBefore ?? "—"} → ${row.noticeDeadlineAfter ?? "—"}`);
    en.push(`notice deadline ${row.noticeDeadlineBefore ?? "—"} → ${row.noticeDeadlineAfter ?? "—"}`);
  }
  if (row.earlyTerminationBefore !== row.earlyTerminationAfter) {
    ja.push(`早期解約金 ${yen(row.earlyTerminationBefore, "ja")} → ${yen(row.earlyTerminationAfter, "ja")}（税抜）`);
    en.push(
      `early-termination charge ${yen(row.earlyTerminationBefore, "en")} → ${yen(row.earlyTerminationAfter, "en")} (excl. tax)`,
    );
  }
  if (ja.length === 0)
    return {
      ja: "料金・解約日・通知期限・早期解約金に変わりはありません",
      en: "no change to its fee, earliest end, notice deadline or early-termination charge",
    };
  return { ja: ja.join("、"), en: en.join("; ") };
}
