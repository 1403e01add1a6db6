import { estimateFees as engineEstimate, tokyoDate, type FeeEstimate } from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { checkDates, checkParameters } from "../../bounds.js";
import { withAppErrors } from "../../errors.js";
import { publishedVersion } from "../terms-versions/published-version.js";

export interface EstimateFeesInput {
  serviceId: string;
  parameters: unknown;
  /** Which terms version applies (default: today in Japan). */
  asOf?: string | null | undefined;
}

export type FeeEstimateResult = FeeEstimate & { publishedAt: Date | null };

/** Fees for a configuration under the terms in force on asOf. */
export async function estimateFees(ctx: ApiContext, input: EstimateFeesInput): Promise<FeeEstimateResult> {
  checkDates(ctx.lang, { asOf: input.asOf });
  checkParameters(ctx.lang, ["parameters"], input.parameters);
  const asOf = input.asOf ?? tokyoDate(ctx.now());
  const estimate = withAppErrors(ctx.lang, () =>
    engineEstimate({ service: ctx.services.get(input.serviceId), parameters: input.parameters, asOf }),
  );
  const { publishedAt } = await publishedVersion(ctx, estimate.termsVersion);
  return { ...estimate, publishedAt: publishedAt ?? null };
}
