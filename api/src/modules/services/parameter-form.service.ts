import { parameterStates, tokyoDate, versionInForce, type Scalar } from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { AppError, withAppErrors } from "../../errors.js";
import { toParameterFields, type ParameterField } from "./parameter-field.type.js";

export interface ParameterForm {
  serviceId: string;
  /** The draft with, for every applicable key left empty, its default or first allowed value. */
  values: Record<string, Scalar>;
  /** Every parameter of the version in force, evaluated under `values`, in the request's language. */
  fields: ParameterField[];
}

/**
 * What a configuration form should show for a draft: which keys apply, what each allows, and a
 * complete starting configuration (defaults, else the first allowed value or the minimum) so that a
 * first visit already shows an estimate. Only keys absent from the draft are filled in.
 */
export function parameterForm(ctx: ApiContext, serviceId: string, draft: Record<string, Scalar>): ParameterForm {
  const service = ctx.services.find(serviceId);
  if (!service) {
    throw new AppError(
      "NOT_FOUND",
      { ja: `サービス「${serviceId}」はありません。`, en: `There is no service "${serviceId}".` },
      [],
      ctx.lang,
    );
  }
  const version = withAppErrors(ctx.lang, () => versionInForce(service, tokyoDate(ctx.now())));
  const specs = version.terms?.parameters ?? [];
  const values: Record<string, Scalar> = { ...draft };
  // Fill in order: later keys' rules may depend on earlier keys (serverBandwidth on plan).
  for (const spec of specs) {
    if (values[spec.key] !== undefined) continue;
    const state = parameterStates(specs, values).find((s) => s.spec.key === spec.key);
    if (state?.applies !== true || !state.rule) continue;
    const { rule } = state;
    const firstValue = spec.type === "enum" ? (rule.allowed?.[0] ?? spec.values[0]?.value) : undefined;
    const fallback = rule.required ? (spec.type === "integer" ? rule.min : firstValue) : undefined;
    const value = rule.default ?? fallback;
    if (value !== undefined) values[spec.key] = value;
  }
  return { serviceId, values, fields: toParameterFields(parameterStates(specs, values), ctx.lang) };
}
