import type { IsoDate, ServiceDefinition } from "../dsl/index.js";
import { withTax, taxRateOn } from "./estimate-fees.js";
import { citationsOf, entry, type Trace } from "./trace.js";
import { NoSuchRuleError } from "./errors.js";
import { dataYen, formatYen, truncateYen, yen } from "./money.js";
import { termsContext } from "./terms-context.js";
import { requireSupportedDates } from "./supported-dates.js";
import type { TermsVersionRef } from "./versions.js";

export interface EvasionSurcharge {
  termsVersion: TermsVersionRef;
  surcharge: string;
  /** Evaded amount plus surcharge: what is owed in all. */
  totalDue: string;
  trace: Trace;
}

/** The surcharge (割増金) for fees evaded unlawfully: a multiple of the evaded amount plus tax on it. */
export function evasionSurcharge({
  service,
  evadedAmount,
  asOf,
}: {
  service: ServiceDefinition;
  evadedAmount: string;
  asOf: IsoDate;
}): EvasionSurcharge {
  requireSupportedDates({ asOf });
  const ctx = termsContext(service, asOf);
  const rule = ctx.terms.surcharge;
  if (!rule) throw new NoSuchRuleError(service.id, ctx.ref.version, { ja: "割増金", en: "surcharge" });
  const evaded = yen(evadedAmount);
  const base = evaded.times(rule.multiple);
  const rate = taxRateOn(service.id, ctx.terms.tax, asOf);
  const surcharge = rule.taxOnSurcharge ? withTax(base, dataYen(rate.rate)) : base;
  // "その免れた額のほか": the evaded fee itself is owed as it would have been, tax included.
  const totalDue = formatYen(truncateYen(withTax(evaded, dataYen(rate.rate)).plus(surcharge)));
  return {
    termsVersion: ctx.ref,
    surcharge: formatYen(surcharge),
    totalDue,
    trace: [
      ctx.versionEntry,
      entry(
        "surcharge.computed",
        { evaded: formatYen(evaded), multiple: rule.multiple, taxOnSurcharge: rule.taxOnSurcharge },
        { base: formatYen(base), surcharge: formatYen(surcharge), totalDue },
        citationsOf(rule.cite, rate.cite),
      ),
    ],
  };
}
