import type { Citation, Text } from "../dsl/index.js";
import { describeDuration } from "./durations.js";
import { groupDigits, yenEn, yenJa } from "./format.js";
import type { Trace, TraceEntry, TraceNote } from "./trace.js";

/**
 * The one verbaliser: renders trace entries as sentences in Japanese or English. The API's
 * `explanation` and the portal's "how this was computed" both come from here, and only when a
 * reader asks for them. Every template is written from the entry's inputs and output alone.
 */

export type Lang = "ja" | "en";

export interface RenderedNote {
  kind: TraceNote["kind"];
  text: string;
  citations: readonly Citation[];
}

export interface RenderedStep {
  rule: TraceEntry["rule"];
  /** The step in one sentence (or a few), without its notes. */
  message: string;
  /** The interpretations and assumptions the step relied on. */
  notes: RenderedNote[];
  citations: readonly Citation[];
}

const NOTE_LABEL: Record<TraceNote["kind"], Text> = {
  interpretation: { ja: "解釈", en: "Interpretation" },
  assumption: { ja: "前提", en: "Assumption" },
};

/** A yen amount in the reader's language. */

const both = (ja: string, en: string): Text => ({ ja, en });

/** The sentence of one entry, both languages. */
function sentence(e: TraceEntry): Text {
  switch (e.rule) {
    case "terms.version":
      return both(
        `${e.inputs.asOf} 時点で有効な規約（${e.output.version}、${e.output.effectiveFrom} から有効）を適用します。`,
        `Applying the terms in force on ${e.inputs.asOf} (${e.output.version}, in force from ${e.output.effectiveFrom}).`,
      );
    case "fees.item": {
      const i = e.inputs;
      const ja: string[] = [];
      const en: string[] = [];
      if (i.priced !== null && i.requested !== null && i.blockSize !== null && i.priced !== i.requested) {
        ja.push(`${groupDigits(i.requested)} を ${i.blockSize} 単位に切り上げて ${groupDigits(i.priced)}`);
        en.push(`${groupDigits(i.requested)} rounded up to ${i.blockSize}-unit blocks = ${groupDigits(i.priced)}`);
      }
      if (i.priced !== null && i.unitPrice !== null) {
        ja.push(`${groupDigits(i.priced)} × ${yenJa(i.unitPrice)}`);
        en.push(`${groupDigits(i.priced)} × ${yenEn(i.unitPrice)}`);
      }
      for (const m of i.multipliers) {
        ja.push(`× ${m.factor}（${m.note.ja}）`);
        en.push(`× ${m.factor} (${m.note.en})`);
      }
      if (i.waiver) {
        ja.push(`免除: ${i.waiver.ja}`);
        en.push(`waived: ${i.waiver.en}`);
      }
      if (i.fromBillingMonth !== null) {
        ja.push(`第${i.fromBillingMonth}料金月から`);
        en.push(`from billing month ${i.fromBillingMonth}`);
      }
      if (i.note) {
        ja.push(i.note.ja);
        en.push(i.note.en);
      }
      return both(
        `${i.label.ja}${ja.length ? `: ${ja.join("、")}` : ""} → ${yenJa(e.output.amount)}`,
        `${i.label.en}${en.length ? `: ${en.join("; ")}` : ""} → ${yenEn(e.output.amount)}`,
      );
    }
    case "fees.unpriced":
      return both(
        `${e.inputs.label.ja}: 料金は規約に掲載されていません（別の料金表によります）。`,
        `${e.inputs.label.en}: the price is not published in the terms (it is in a separate price list).`,
      );
    case "fees.totals": {
      const percent = percentOf(e.inputs.taxRate);
      return both(
        `月額合計 ${yenJa(e.output.monthly)}、初期費用合計 ${yenJa(e.output.initial)}（税抜）。消費税 ${percent}% を加算し、1 円未満は切り捨てます。`,
        `Monthly total ${yenEn(e.output.monthly)}, initial total ${yenEn(e.output.initial)} (tax-exclusive). Consumption tax of ${percent}% is added; fractions of a yen are truncated.`,
      );
    }
    case "order.deadline": {
      const d = describeDuration(e.inputs.before);
      return both(
        `${e.inputs.label.ja}: 開始希望日 ${e.inputs.desiredStartDate} の ${d.ja}前 → ${e.output.date}`,
        `${e.inputs.label.en}: ${d.en} before the desired start ${e.inputs.desiredStartDate} → ${e.output.date}`,
      );
    }
    case "order.earliestDeadline":
      return both(
        `いずれの期限も満たす必要があるため、最も早い ${e.output.date} が申込期限です。`,
        `All deadlines apply, so the earliest, ${e.output.date}, is the last day to apply.`,
      );
    case "order.note":
    case "cancellation.duty":
    case "permission.note":
      return e.inputs.text;
    case "order.serviceStart":
      switch (e.inputs.mode) {
        case "firstOfMonthAfterDesired":
          return both(
            `利用開始日は開通希望日の翌月 1 日（希望日が 1 日の場合も同様）: ${e.output.date ?? ""}`,
            `Service starts on the 1st of the month after the desired opening date (also when that date is a 1st): ${e.output.date ?? ""}`,
          );
        case "chosenFirstOfMonth":
          return both(
            `課金は構築期間後に選ぶ月の 1 日から始まります: ${e.output.date ?? ""}`,
            `Billing starts on a 1st of a month chosen after the build period: ${e.output.date ?? ""}`,
          );
        case "initialWorkCompletion":
          return both(
            "利用開始日は初期工事が完了した日であり、工事日程により決まります。",
            "Service starts on the day the initial work completes, which the work schedule decides.",
          );
      }
      return both("", "");
    case "order.target": {
      const d = describeDuration(e.inputs.duration);
      return both(
        `目安（保証ではありません）: ${e.inputs.label.ja} — 受付後 ${d.ja}`,
        `Target, not a guarantee: ${e.inputs.label.en} — ${d.en} after acceptance`,
      );
    }
    case "cancellation.monthlyFee":
      switch (e.inputs.source) {
        case "waived":
          return e.inputs.waiver ?? both("月額料金は免除されています。", "The monthly fee is waived.");
        case "contract":
          return both(
            `契約の月額 ${yenJa(e.output.monthly ?? "0")} を用います。`,
            `Using the contract's monthly fee of ${yenEn(e.output.monthly ?? "0")}.`,
          );
        case "unpublished":
          return both(
            "月額料金は規約に掲載されていない（別の料金表による）ため、金額は契約の月額が分かるまで計算できません。",
            "The monthly fee is not published in the terms (a separate price list), so amounts need the contract's monthly fee.",
          );
        case "table":
          return both(
            `料金表による月額 ${yenJa(e.output.monthly ?? "0")} を用います。`,
            `Using the monthly fee from the price table, ${yenEn(e.output.monthly ?? "0")}.`,
          );
      }
      return both("", "");
    case "limits.maximum":
    case "limits.minimum": {
      const d = describeDuration(e.inputs.duration);
      return both(
        `${e.inputs.label.ja}: 利用開始日 ${e.inputs.startDate} から ${d.ja} → ${e.output.endDate} まで`,
        `${e.inputs.label.en}: ${d.en} from ${e.inputs.startDate} → until ${e.output.endDate}`,
      );
    }
    case "limits.maximumCap":
      return both(
        `解約希望日 ${e.inputs.desiredEndDate} は最大利用期間（${e.inputs.maximumTermEndDate} まで）の後のため、解約日は ${e.output.endDate} です。`,
        `The desired date ${e.inputs.desiredEndDate} is after the maximum term (until ${e.inputs.maximumTermEndDate}), so the contract ends on ${e.output.endDate}.`,
      );
    case "cancellation.endOfMonth":
      return both(
        `解約日は課金単位月の末日に限られるため、${e.inputs.desiredEndDate} を含む月の末日 ${e.output.endDate} とします。`,
        `The contract can only end on the last day of a billing month: ${e.output.endDate}, the end of the month containing ${e.inputs.desiredEndDate}.`,
      );
    case "cancellation.notice": {
      const i = e.inputs;
      const verdict = e.output.inTime ? { ja: "期限内", en: "in time" } : { ja: "期限後", en: "late" };
      if (i.notice.amount === 0 && i.lastBusinessDay !== null) {
        return both(
          `解約の通知期間の定めはありませんが、解約日は当社の確認完了日によるため、解約日 ${i.endDate} に対しては ${e.output.latestNoticeDate}（その日以前の最後の営業日）までに申し出る必要があります。申出日 ${i.noticeDate} は${verdict.ja}です。`,
          `No notice period is set, but the end date depends on the provider's confirmation, so for an end on ${i.endDate} the request must arrive by ${e.output.latestNoticeDate} (the last business day on or before it). A request on ${i.noticeDate} is ${verdict.en}.`,
        );
      }
      if (i.notice.amount === 0) {
        return both(
          `解約の通知期限は定められていません。通知日 ${i.noticeDate}。`,
          `No minimum notice is set. Notice arrives ${i.noticeDate}.`,
        );
      }
      const d = describeDuration(i.notice);
      return both(
        `解約の通知は解約希望日の ${d.ja}前まで: ${i.endDate} の ${d.ja}前は ${e.output.latestNoticeDate}。通知日 ${i.noticeDate} は${verdict.ja}です。`,
        `Notice must arrive ${d.en} before the end date: ${d.en} before ${i.endDate} is ${e.output.latestNoticeDate}. Notice on ${i.noticeDate} is ${verdict.en}.`,
      );
    }
    case "cancellation.daysOff":
      return both(
        `営業日に数えない日（${e.inputs.calendar.ja}）: ${e.inputs.days.map((d) => `${d.date}（${d.reason.ja}）`).join("、")}`,
        `Not counted as business days (${e.inputs.calendar.en}): ${e.inputs.days.map((d) => `${d.date} (${d.reason.en})`).join(", ")}`,
      );
    case "cancellation.moveEnd":
      return both(
        `通知が期限後のため、通知が間に合う最も早い日 ${e.output.endDate} が解約日になります。`,
        `The notice is late, so the contract ends on the earliest date it reaches in time: ${e.output.endDate}.`,
      );
    case "cancellation.confirmation":
      return e.inputs.recorded
        ? both(
            `当社の確認完了日（記録済み）: ${e.output.confirmationDate}`,
            `The provider's recorded confirmation date: ${e.output.confirmationDate}`,
          )
        : both(
            `確認完了日（見積りの前提）: ${e.output.confirmationDate}`,
            `Confirmation date (the quote's assumption): ${e.output.confirmationDate}`,
          );
    case "cancellation.afterConfirmation":
      return e.inputs.businessDays === null
        ? both(
            `解約希望日 ${e.inputs.desiredEndDate} は確認完了日 ${e.inputs.confirmationDate} より前のため、確認完了日 ${e.output.endDate} が解約日です。`,
            `The desired date ${e.inputs.desiredEndDate} is before the confirmation date ${e.inputs.confirmationDate}, so the contract ends on the confirmation date ${e.output.endDate}.`,
          )
        : both(
            `解約希望日 ${e.inputs.desiredEndDate} は確認完了日 ${e.inputs.confirmationDate} の前日以前のため、確認完了日の ${e.inputs.businessDays} 営業日後 ${e.output.endDate} が解約日です。`,
            `The desired date ${e.inputs.desiredEndDate} is on or before the day before confirmation (${e.inputs.confirmationDate}), so the contract ends ${e.inputs.businessDays} business days after it: ${e.output.endDate}.`,
          );
    case "cancellation.lateStands":
      return both(
        `申出は期限後ですが、解約希望日 ${e.inputs.desiredEndDate} は確認完了日 ${e.inputs.confirmationDate} の前日より後のため、解約希望日が解約日です。`,
        `The request is late, but the desired date ${e.inputs.desiredEndDate} is after the day before confirmation (${e.inputs.confirmationDate}), so it stands as the end date.`,
      );
    case "billing.lastBilledDay":
      return e.output.sameDay
        ? both(
            `利用開始日と解約日がともに ${e.inputs.endDate} のため、月額料金は 1 日分です。`,
            `The service starts and ends on ${e.inputs.endDate}, so one day is billed.`,
          )
        : both(
            `月額料金は解約日 ${e.inputs.endDate} の前日 ${e.output.lastBilledDate} までの分です。`,
            `The monthly fee runs to ${e.output.lastBilledDate}, the day before the end date ${e.inputs.endDate}.`,
          );
    case "billing.finalMonth":
      return e.inputs.prorated && e.inputs.days !== e.inputs.daysInMonth
        ? both(
            `最終月は ${e.inputs.from} から ${e.inputs.to} までの ${e.inputs.days} 日分を日割: ${yenJa(e.inputs.monthly)} × ${e.inputs.days}/${e.inputs.daysInMonth} = ${yenJa(e.output.amount)}（1 円未満切捨て）`,
            `The final month is prorated for ${e.inputs.days} days (${e.inputs.from} to ${e.inputs.to}): ${yenEn(e.inputs.monthly)} × ${e.inputs.days}/${e.inputs.daysInMonth} = ${yenEn(e.output.amount)} (fractions truncated)`,
          )
        : both(
            `最終月は日割りせず 1 か月分: ${yenJa(e.output.amount)}`,
            `The final month is charged in full, not prorated: ${yenEn(e.output.amount)}`,
          );
    case "limits.earlyTermination":
      return e.output.amount !== null
        ? both(
            `解約日 ${e.inputs.endDate} は最低利用期間内のため、残余 ${e.inputs.months} か月分を一括で支払います: ${yenJa(e.inputs.monthly ?? "0")} × ${e.inputs.months} = ${yenJa(e.output.amount)}`,
            `The end date ${e.inputs.endDate} is inside the minimum term: the remaining ${e.inputs.months} months are due at once: ${yenEn(e.inputs.monthly ?? "0")} × ${e.inputs.months} = ${yenEn(e.output.amount)}`,
          )
        : both(
            `解約日 ${e.inputs.endDate} は最低利用期間内のため、残余 ${e.inputs.months} か月分の月額料金を一括で支払います（金額は契約の月額によります）。`,
            `The end date ${e.inputs.endDate} is inside the minimum term: the remaining ${e.inputs.months} months' fees are due at once (the amount depends on the contract's monthly fee).`,
          );
    case "cancellation.lateNoticeCharge":
      return both(
        `通知が期限後のため、解約希望日を含む月の翌月（${e.inputs.month}）分 ${yenJa(e.output.amount)} が請求される場合があります（合計には含めていません）。`,
        `The notice is late, so the following month's (${e.inputs.month}) fee of ${yenEn(e.output.amount)} may be charged (not included in the total).`,
      );
    case "cancellation.totals":
      return both(
        `解約に伴う一時的な費用 ${yenJa(e.output.oneOffTotal)}、最終月の月額料金 ${yenJa(e.output.finalMonthFee)}、合計 ${yenJa(e.output.total)}（税抜、発生の可能性がある費用を除く）。消費税 ${percentOf(e.inputs.taxRate)}% を加算し 1 円未満を切り捨てて ${yenJa(e.output.totalWithTax)}。`,
        `One-off costs of ending ${yenEn(e.output.oneOffTotal)}, final month's fee ${yenEn(e.output.finalMonthFee)}, total ${yenEn(e.output.total)} (tax-exclusive, possible charges excluded); with ${percentOf(e.inputs.taxRate)}% consumption tax, fractions truncated: ${yenEn(e.output.totalWithTax)}.`,
      );
    case "change.none":
      return both("変更内容がありません。", "Nothing changes.");
    case "change.noRule":
      return both(
        `${e.inputs.label.ja}の変更は規約に定めがありません。`,
        `The terms provide no change of ${e.inputs.label.en}.`,
      );
    case "change.forbidden":
      return both(
        `${e.inputs.label.ja}: ${e.inputs.from} → ${e.inputs.to} は変更できません。${e.inputs.reason.ja}`,
        `${e.inputs.label.en}: ${e.inputs.from} → ${e.inputs.to} is not allowed. ${e.inputs.reason.en}`,
      );
    case "change.item":
      return both(
        `${e.inputs.label.ja}: ${e.inputs.from} → ${e.inputs.to}`,
        `${e.inputs.label.en}: ${e.inputs.from} → ${e.inputs.to}`,
      );
    case "change.prorated": {
      const i = e.inputs;
      return both(
        `変更月は日割り: (変更前 ${yenJa(i.monthlyBefore)} × ${i.daysBefore} + 変更後 ${yenJa(i.monthlyAfter)} × ${i.daysFrom}) / ${i.daysInMonth} = ${yenJa(e.output.amount)}（1 円未満切捨て）`,
        `The month of the change is prorated: (before ${yenEn(i.monthlyBefore)} × ${i.daysBefore} + after ${yenEn(i.monthlyAfter)} × ${i.daysFrom}) / ${i.daysInMonth} = ${yenEn(e.output.amount)} (fractions truncated)`,
      );
    }
    case "change.fromFirst":
      return both(
        `変更は月の初日から有効なため、${e.inputs.month} は変更後の月額 ${yenJa(e.inputs.monthlyAfter)} です。`,
        `The change takes effect on the 1st, so ${e.inputs.month} is billed at the new monthly fee ${yenEn(e.inputs.monthlyAfter)}.`,
      );
    case "change.notProrated":
      return both(
        `変更月は日割りしません: ${yenJa(e.output.amount)}`,
        `The month of the change is not prorated: ${yenEn(e.output.amount)}`,
      );
    case "change.minimumNotRestarted":
      return both(
        `${e.inputs.label.ja}の起算日は変更によって変わりません。`,
        `${e.inputs.label.en}: a change does not restart it.`,
      );
    case "interest.dueDate":
      return both(
        `支払期限 ${e.inputs.dueDate} は${e.inputs.calendar.ja}ではないため、前営業日 ${e.output.dueDate} が期限です。`,
        `The due date ${e.inputs.dueDate} is not a ${e.inputs.calendar.en} day, so the previous business day, ${e.output.dueDate}, is the deadline.`,
      );
    case "interest.paidInTime":
      return both("支払期限までに支払われたため、遅延損害金は生じません。", "Paid by the due date: no interest.");
    case "interest.grace":
      return both(
        `支払期限の翌日から ${e.inputs.graceDays} 日以内（${e.inputs.daysLate} 日後）に支払われたため、遅延損害金は生じません。`,
        `Paid within ${e.inputs.graceDays} days after the due date (${e.inputs.daysLate} days late): no interest.`,
      );
    case "interest.computed": {
      const i = e.inputs;
      const percent = percentOf(i.annualRate);
      return both(
        `${i.from} から ${i.to} までの ${i.days} 日間、年 ${percent}%（1 年を ${i.dayCountBasis} 日として日割）: ${yenJa(i.principal)} × ${percent}% × ${i.days} / ${i.dayCountBasis} = ${yenJa(e.output.interest)}（1 円未満切捨て）`,
        `${i.days} days from ${i.from} to ${i.to} at ${percent}% a year (${i.dayCountBasis}-day year): ${yenEn(i.principal)} × ${percent}% × ${i.days} / ${i.dayCountBasis} = ${yenEn(e.output.interest)} (fractions truncated)`,
      );
    }
    case "credit.none":
      return both(
        "この規約では、利用できない状態が生じても料金は減額されません。",
        "These terms give no fee reduction for outages.",
      );
    case "credit.customerFault":
      return both("契約者の責による場合は減額されません。", "No credit when the customer caused the outage.");
    case "credit.computed": {
      const i = e.inputs;
      if (e.output.creditedDays === 0) {
        return both(
          `連続 ${i.periodHours} 時間以上利用できなかった場合に限り減額されます（${i.outageHours} 時間）。`,
          `Credits start at ${i.periodHours} consecutive hours (this was ${i.outageHours}).`,
        );
      }
      const termsJa = i.byMonth.map((m) => `${yenJa(i.monthlyFee)} × ${m.days}/${m.daysInMonth}`).join(" + ");
      const termsEn = i.byMonth.map((m) => `${yenEn(i.monthlyFee)} × ${m.days}/${m.daysInMonth}`).join(" + ");
      return both(
        `${i.outageHours} 時間 → ${i.periodHours} 時間ごとに 1 日分で ${e.output.creditedDays} 日分。各日をその月の日数で日割: ${termsJa} = ${yenJa(e.output.credit)}（1 円未満切捨て）`,
        `${i.outageHours} hours → one day per full ${i.periodHours} hours: ${e.output.creditedDays} days, each at the monthly fee over its own month's days: ${termsEn} = ${yenEn(e.output.credit)} (fractions truncated)`,
      );
    }
    case "permission.unknown":
      return both(
        `「${e.inputs.operation}」について規約に定めはありません。`,
        `The terms say nothing about "${e.inputs.operation}".`,
      );
    case "permission.mode": {
      const mode = {
        "self-service": both("契約者自身で行えます", "the customer may do it themselves"),
        request: both("当社への依頼が必要です", "it needs a request to the provider"),
        "not-allowed": both("行えません", "it is not allowed"),
      }[e.inputs.mode];
      return both(`${e.inputs.label.ja}: ${mode.ja}。`, `${e.inputs.label.en}: ${mode.en}.`);
    }
    case "surcharge.computed": {
      const i = e.inputs;
      const o = e.output;
      return both(
        `免れた額 ${yenJa(i.evaded)}（税込で支払い）のほか、その ${i.multiple} 倍 ${yenJa(o.base)}${i.taxOnSurcharge ? "に消費税相当額を加算した" : ""}額 ${yenJa(o.surcharge)} を割増金として支払います。合計 ${yenJa(o.totalDue)}。`,
        `Besides the evaded ${yenEn(i.evaded)} (paid with its tax), ${i.multiple}× it (${yenEn(o.base)})${i.taxOnSurcharge ? " plus consumption tax" : ""} = ${yenEn(o.surcharge)} is due as a surcharge. In all ${yenEn(o.totalDue)}.`,
      );
    }
    case "plan.options":
      return e.inputs.endOfMonthOnly
        ? both(
            `${e.inputs.noticeDate} に通知した場合に選べる解約日を、${e.inputs.months} か月先までの各月末について ${e.output.count} 件示します。`,
            `The ${e.output.count} end dates a notice on ${e.inputs.noticeDate} can choose, every month end over the next ${e.inputs.months} months.`,
          )
        : both(
            `${e.inputs.noticeDate} に通知した場合に選べる解約日 ${e.output.count} 件: 最も早い日${e.output.earliest ? `（${e.output.earliest}）` : ""}、${e.inputs.months} か月先までの各月末、最低・最大利用期間の満了日。`,
            `The ${e.output.count} end dates a notice on ${e.inputs.noticeDate} can choose: the earliest${e.output.earliest ? ` (${e.output.earliest})` : ""}, every month end over the next ${e.inputs.months} months, and the minimum- and maximum-term ends.`,
          );
    case "plan.withoutEarlyTermination":
      return e.output.endDate
        ? both(
            `最低利用期間内の解約金がかからない最も早い解約日は ${e.output.endDate}、通知期限は ${e.output.latestNoticeDate ?? ""} です。`,
            `The earliest end date with no early-termination charge is ${e.output.endDate}; the notice must arrive by ${e.output.latestNoticeDate ?? ""}.`,
          )
        : both(
            "表示した期間内には、期限内の通知で解約金なく終えられる解約日がありません。",
            "No end date in the period shown can be reached in time without an early-termination charge.",
          );
    case "plan.cheapest":
      return e.output.endDate
        ? both(
            `解約に伴う一時的な費用が最も少ないのは ${e.output.endDate}（${yenJa(e.output.oneOffTotal ?? "0")}）です（同額なら早い日）。`,
            `The lowest one-off cost of ending is on ${e.output.endDate} (${yenEn(e.output.oneOffTotal ?? "0")}; ties go to the earlier date).`,
          )
        : both("選べる解約日がありません。", "There is no end date to choose.");
  }
}

const percentOf = (rate: string) => {
  // "0.146" → "14.6" without a float: shift the decimal point two places.
  const [int = "0", frac = ""] = rate.split(".");
  const digits = `${int}${frac.padEnd(2, "0")}`;
  const whole = digits.slice(0, int.length + 2).replace(/^0+(?=\d)/, "");
  const rest = digits.slice(int.length + 2).replace(/0+$/, "");
  return rest ? `${whole}.${rest}` : whole;
};

/** One entry in one language: its sentence and its notes. */
export function renderStep(e: TraceEntry, lang: Lang): RenderedStep {
  return {
    rule: e.rule,
    message: sentence(e)[lang],
    notes: e.notes.map((n) => ({ kind: n.kind, text: n.text[lang], citations: n.citations })),
    citations: e.citations,
  };
}

/** A whole trace in one language. */
export function explain(trace: Trace, lang: Lang): RenderedStep[] {
  return trace.map((e) => renderStep(e, lang));
}

/** A step as one paragraph: the sentence followed by its labelled notes, for clients that show text only. */
export function stepText(step: RenderedStep, lang: Lang): string {
  if (step.notes.length === 0) return step.message;
  const notes = step.notes.map((n) =>
    lang === "ja" ? `（${NOTE_LABEL[n.kind].ja}）${n.text}` : `(${NOTE_LABEL[n.kind].en}) ${n.text}`,
  );
  return [step.message, ...notes].join(lang === "ja" ? "" : " ");
}
