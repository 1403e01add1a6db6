import type { Duration, IsoDate, ServiceDefinition, Text } from "../dsl/index.js";
import { firstOfNextMonth, minDate, parts } from "./date-arithmetic.js";
import { holds } from "./conditions.js";
import { requireSupportedDates } from "./supported-dates.js";
import { describeDuration, shiftDate } from "./durations.js";
import { termsContext, type TermsContext } from "./terms-context.js";
import { assumption, citationsOf, entry, notesFor, type Trace, type TraceNote } from "./trace.js";
import { validateParameters } from "./validate-parameters.js";
import type { TermsVersionRef } from "./versions.js";

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
  trace: Trace;
}

/** The assumption a business-day calendar rests on, where the sources do not define its days. */
export function calendarAssumption(ctx: TermsContext, duration: Duration): TraceNote | null {
  if (duration.unit !== "businessDays" || !duration.calendar) return null;
  const calendar = ctx.calendars.get(duration.calendar);
  return assumption(calendar.def.assumption, calendar.citations);
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
  const trace: Trace = [ctx.versionEntry];

  let latest = desiredStartDate;
  const applicable = order.deadlines.filter((d) => holds(d.when, values));
  for (const deadline of applicable) {
    const date = shiftDate(desiredStartDate, deadline.before, -1, ctx.calendars);
    const calendarCite = deadline.before.calendar ? ctx.calendars.get(deadline.before.calendar).citations : undefined;
    trace.push(
      entry(
        "order.deadline",
        { label: deadline.label, before: deadline.before, desiredStartDate },
        { date },
        citationsOf(deadline.cite, calendarCite),
        notesFor(ctx.terms, "order.deadline", calendarAssumption(ctx, deadline.before)),
      ),
    );
    latest = minDate(latest, date);
  }
  if (applicable.length > 1) {
    trace.push(
      entry(
        "order.earliestDeadline",
        { count: applicable.length },
        { date: latest },
        citationsOf(...applicable.map((d) => d.cite)),
      ),
    );
  }
  if (order.note) trace.push(entry("order.note", { text: order.note }, null, citationsOf(order.cite)));

  let serviceStartDate: IsoDate | null;
  switch (billing.serviceStart) {
    case "firstOfMonthAfterDesired":
      serviceStartDate = firstOfNextMonth(desiredStartDate);
      break;
    case "chosenFirstOfMonth":
      serviceStartDate = parts(desiredStartDate).day === 1 ? desiredStartDate : firstOfNextMonth(desiredStartDate);
      break;
    case "initialWorkCompletion":
      serviceStartDate = null;
      break;
  }
  trace.push(
    entry(
      "order.serviceStart",
      { mode: billing.serviceStart, desiredStartDate },
      { date: serviceStartDate },
      citationsOf(billing.cite),
      notesFor(ctx.terms, "order.serviceStart"),
    ),
  );

  const targets = order.targets.map((t) => ({ label: t.label, duration: describeDuration(t.duration) }));
  for (const t of order.targets)
    trace.push(entry("order.target", { label: t.label, duration: t.duration }, null, citationsOf(t.cite)));

  return { termsVersion: ctx.ref, desiredStartDate, latestSubmissionDate: latest, serviceStartDate, targets, trace };
}
