import { parameterStates, tokyoDate, versionInForce, type ParameterSpec, type Scalar } from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import { AppError, withAppErrors } from "../../errors.js";
import { toParameterFields, type ConfigurationRow, type ParameterField } from "./parameter-field.type.js";

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
  const specs = specsInForce(ctx, service);
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

/** The parameters of the service's version in force today. */
function specsInForce(ctx: ApiContext, service: Parameters<typeof versionInForce>[0]): readonly ParameterSpec[] {
  const version = withAppErrors(ctx.lang, () => versionInForce(service, tokyoDate(ctx.now())));
  return version.terms?.parameters ?? [];
}

const COUNT = { ja: new Intl.NumberFormat("ja-JP"), en: new Intl.NumberFormat("en-US") };
const YES_NO = { ja: ["あり", "なし"], en: ["Yes", "No"] } as const;

/**
 * A configuration as people read it (a contract's, or the one a change asks for): every key by its
 * label and every value by its label, from the parameters of the version in force, in their order.
 * Pages (and `Contract.configuration`) show these rows instead of reading the DSL's specs themselves.
 */
export function configurationRows(
  ctx: ApiContext,
  serviceId: string,
  values: Readonly<Record<string, unknown>>,
): ConfigurationRow[] {
  const service = ctx.services.find(serviceId);
  const specs = service ? specsInForce(ctx, service) : [];
  const lang = ctx.lang;
  // In the order the terms define the parameters (the form's order), keys they do not know last:
  // a stored configuration (jsonb) keeps its keys in no order people would choose.
  const rank = (key: string) => {
    const i = specs.findIndex((s) => s.key === key);
    return i === -1 ? specs.length : i;
  };
  const entries = Object.entries(values).sort(([a], [b]) => rank(a) - rank(b));
  return entries.map(([key, value]) => {
    const spec = specs.find((s) => s.key === key);
    let shown = typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
    if (spec?.type === "enum") shown = spec.values.find((v) => v.value === value)?.label[lang] ?? shown;
    if (spec?.type === "boolean" && typeof value === "boolean") shown = YES_NO[lang][value ? 0 : 1];
    if (spec?.type === "integer" && typeof value === "number")
      shown = `${COUNT[lang].format(value)}${spec.unit ? ` ${spec.unit[lang]}` : ""}`;
    return { key, label: spec?.label[lang] ?? key, value: shown };
  });
}
