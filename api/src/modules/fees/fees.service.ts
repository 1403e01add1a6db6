import { estimateFees as engineEstimate, tokyoDate, type FeeEstimate as EngineFeeEstimate } from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { checkDates, checkParameters } from "../../bounds.js";
import { withAppErrors, type Lang } from "../../errors.js";
import { toChargeLine } from "../common/charge-line.type.js";
import { withExplanation } from "../common/explanation.type.js";
import { toTermsVersion } from "../common/terms-version.type.js";
import { versionKey } from "../terms-versions/content-hash.js";
import type { FeeEstimate } from "./fees.type.js";

export interface EstimateFeesInput {
  serviceId: string;
  parameters: unknown;
  /** Which terms version applies (default: today in Japan). */
  asOf?: string | null | undefined;
}

/** An engine estimate in one language, with the time its version was published. */
export function toFeeEstimate(ctx: Pick<ApiContext, "versionRows">, e: EngineFeeEstimate, lang: Lang): FeeEstimate {
  const publishedAt =
    ctx.versionRows.get(versionKey(e.termsVersion.serviceId, e.termsVersion.version))?.publishedAt ?? null;
  return withExplanation(
    {
      termsVersion: toTermsVersion(e.termsVersion, publishedAt),
      monthly: e.monthly,
      monthlyWithTax: e.monthlyWithTax,
      initial: e.initial,
      initialWithTax: e.initialWithTax,
      taxRate: e.taxRate,
      lines: e.lines.map((l) => toChargeLine(l, lang)),
      unpricedItems: e.unpricedItems.map((t) => t[lang]),
    },
    e.trace,
    lang,
  );
}

/** Fees for a configuration under the terms in force on asOf. */
export function estimateFees(ctx: ApiContext, input: EstimateFeesInput): FeeEstimate {
  checkDates(ctx.lang, { asOf: input.asOf });
  checkParameters(ctx.lang, ["parameters"], input.parameters);
  const asOf = input.asOf ?? tokyoDate(ctx.now());
  const estimate = withAppErrors(ctx.lang, () =>
    engineEstimate({ service: ctx.services.get(input.serviceId), parameters: input.parameters, asOf }),
  );
  return toFeeEstimate(ctx, estimate, ctx.lang);
}
