import type { IsoDate, ServiceDefinition, TermsBody, TermsVersionDef } from "../dsl/index.js";
import { Calendars } from "./durations.js";
import { step, type ExplanationStep } from "./explanation.js";
import { termsInForce, versionRef, type TermsVersionRef } from "./versions.js";

/** The terms in force on a date, ready for rules to use. */
export interface TermsContext {
  service: ServiceDefinition;
  version: TermsVersionDef;
  ref: TermsVersionRef;
  terms: TermsBody;
  calendars: Calendars;
  /** The first step of every explanation: which version applied and why. */
  versionStep: ExplanationStep;
}

/** Calendars per terms body, built once: terms data is immutable once loaded. */
const calendarsByTerms = new WeakMap<TermsBody, Calendars>();

export function termsContext(service: ServiceDefinition, asOf: IsoDate): TermsContext {
  const { version, terms } = termsInForce(service, asOf);
  let calendars = calendarsByTerms.get(terms);
  if (!calendars) {
    calendars = new Calendars(service.id, terms.calendars);
    calendarsByTerms.set(terms, calendars);
  }
  const ref = versionRef(service.id, version);
  return {
    service,
    version,
    ref,
    terms,
    calendars,
    versionStep: step(
      {
        ja: `${asOf} 時点で有効な規約（${ref.version}、${ref.effectiveFrom} から有効）を適用します。`,
        en: `Applying the terms in force on ${asOf} (${ref.version}, in force from ${ref.effectiveFrom}).`,
      },
      version.cite,
    ),
  };
}
