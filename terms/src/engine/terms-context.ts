import type { IsoDate, ServiceDefinition, TermsBody, TermsVersionDef } from "../dsl/index.js";
import { Calendars } from "./business-calendar.js";
import { citationsOf, entry, type TraceEntry } from "./trace.js";
import { termsInForce, versionRef, type TermsVersionRef } from "./versions.js";

/** The terms in force on a date, ready for rules to use. */
export interface TermsContext {
  service: ServiceDefinition;
  version: TermsVersionDef;
  ref: TermsVersionRef;
  terms: TermsBody;
  calendars: Calendars;
  /** The first step of every trace: which version applied and why. */
  versionEntry: TraceEntry;
}

/** Calendars and version references per terms version, built once: terms data is immutable once loaded. */
const calendarsByTerms = new WeakMap<TermsBody, Calendars>();
const refs = new WeakMap<TermsVersionDef, TermsVersionRef>();
/** Contexts per service and date (most requests ask about today): frozen, so sharing them is safe. */
const contexts = new WeakMap<ServiceDefinition, Map<IsoDate, TermsContext>>();
const MAX_CONTEXTS_PER_SERVICE = 1024;

export function termsContext(service: ServiceDefinition, asOf: IsoDate): TermsContext {
  let byDate = contexts.get(service);
  if (!byDate) {
    byDate = new Map();
    contexts.set(service, byDate);
  }
  const known = byDate.get(asOf);
  if (known) return known;
  const ctx = buildContext(service, asOf);
  if (byDate.size >= MAX_CONTEXTS_PER_SERVICE) byDate.clear();
  byDate.set(asOf, ctx);
  return ctx;
}

function buildContext(service: ServiceDefinition, asOf: IsoDate): TermsContext {
  const { version, terms } = termsInForce(service, asOf);
  let calendars = calendarsByTerms.get(terms);
  if (!calendars) {
    calendars = new Calendars(service.id, terms.calendars);
    calendarsByTerms.set(terms, calendars);
  }
  let ref = refs.get(version);
  if (!ref) {
    ref = versionRef(service.id, version);
    refs.set(version, ref);
  }
  return Object.freeze({
    service,
    version,
    ref,
    terms,
    calendars,
    versionEntry: Object.freeze(
      entry(
        "terms.version",
        { asOf },
        { version: ref.version, effectiveFrom: ref.effectiveFrom },
        citationsOf(version.cite),
      ),
    ),
  });
}
