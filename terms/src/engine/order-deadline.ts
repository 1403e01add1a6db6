import type { IsoDate, ServiceDefinition } from "../dsl/index.js";
import { firstOfNextMonth, minDate, parts } from "./calendar-dates.js";
import { holds } from "./conditions.js";
import { describeDuration, shiftDate } from "./durations.js";
import { step, type ExplanationStep } from "./explanation.js";
import { termsContext } from "./terms-context.js";
import { validateParameters } from "./validate-parameters.js";
import { requireSupportedDates } from "./date-range.js";
import type { TermsVersionRef } from "./versions.js";
import type { Text } from "../dsl/index.js";

export interface OrderDeadlineOptions {
  service: ServiceDefinition;
  parameters: unknown;
  desiredStartDate: IsoDate;
  /** Which terms version applies (default: the desired start date's). */
  asOf?: IsoDate | undefined;
}

export interface OrderDeadline {
  termsVersion: TermsVersionRef;
  desiredStartDate: IsoDate;
  latestSubmissionDate: IsoDate;
  /** The day service (and billing) would start if applied for in time; null when it depends on work not yet done. */
  serviceStartDate: IsoDate | null;
  /** Targets after acceptance (never guarantees). */
  targets: { label: Text; duration: Text }[];
  explanation: ExplanationStep[];
}

/**
 * The last day an application may reach the provider for a service to start on the desired date:
 * every lead time that applies is counted back from that date and the earliest result wins.
 */
export function orderDeadline({ service, parameters, desiredStartDate, asOf }: OrderDeadlineOptions): OrderDeadline {
  requireSupportedDates({ desiredStartDate, asOf });
  const ctx = termsContext(service, asOf ?? desiredStartDate);
  const values = validateParameters(service.id, ctx.terms.parameters, parameters);
  const { order, billing } = ctx.terms;
  const explanation: ExplanationStep[] = [ctx.versionStep];

  let latest = desiredStartDate;
  const applicable = order.deadlines.filter((d) => holds(d.when, values));
  for (const deadline of applicable) {
    const date = shiftDate(desiredStartDate, deadline.before, -1, ctx.calendars);
    const d = describeDuration(deadline.before);
    explanation.push(
      step(
        {
          ja: `${deadline.label.ja}: 開始希望日 ${desiredStartDate} の ${d.ja}前 → ${date}`,
          en: `${deadline.label.en}: ${d.en} before the desired start ${desiredStartDate} → ${date}`,
        },
        [...deadline.cite, ...(deadline.before.calendar ? ctx.calendars.get(deadline.before.calendar).citations : [])],
      ),
    );
    latest = minDate(latest, date);
  }
  if (applicable.length > 1) {
    explanation.push(
      step(
        { ja: `いずれの期限も満たす必要があるため、最も早い ${latest} が申込期限です。`, en: `All deadlines apply, so the earliest, ${latest}, is the last day to apply.` },
        applicable.flatMap((d) => d.cite),
      ),
    );
  }
  if (order.note) explanation.push(step(order.note, order.cite));

  let serviceStartDate: IsoDate | null;
  switch (billing.serviceStart) {
    case "firstOfMonthAfterDesired":
      serviceStartDate = firstOfNextMonth(desiredStartDate);
      explanation.push(
        step(
          {
            ja: `利用開始日は開通希望日の翌月 1 日（希望日が 1 日の場合も同様）: ${serviceStartDate}`,
            en: `Service starts on the 1st of the month after the desired opening date (also when that date is a 1st): ${serviceStartDate}`,
          },
          billing.cite,
        ),
      );
      break;
    case "chosenFirstOfMonth":
      serviceStartDate = parts(desiredStartDate).day === 1 ? desiredStartDate : firstOfNextMonth(desiredStartDate);
      explanation.push(
        step(
          {
            ja: `課金は構築期間後に選ぶ月の 1 日から始まります: ${serviceStartDate}`,
            en: `Billing starts on a 1st of a month chosen after the build period: ${serviceStartDate}`,
          },
          billing.cite,
        ),
      );
      break;
    case "initialWorkCompletion":
      serviceStartDate = null;
      explanation.push(
        step(
          {
            ja: "利用開始日は初期工事が完了した日であり、工事日程により決まります。",
            en: "Service starts on the day the initial work completes, which the work schedule decides.",
          },
          billing.cite,
        ),
      );
      break;
  }

  const targets = order.targets.map((t) => ({ label: t.label, duration: describeDuration(t.duration) }));
  for (const t of order.targets) {
    const d = describeDuration(t.duration);
    explanation.push(
      step(
        { ja: `目安（保証ではありません）: ${t.label.ja} — 受付後 ${d.ja}`, en: `Target, not a guarantee: ${t.label.en} — ${d.en} after acceptance` },
        t.cite,
      ),
    );
  }

  return { termsVersion: ctx.ref, desiredStartDate, latestSubmissionDate: latest, serviceStartDate, targets, explanation };
}
