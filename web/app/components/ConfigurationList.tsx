import type { ParameterSpec } from "@yakkan/terms";
import { formatCount, t, type Lang } from "~/i18n/messages";

type Spec<T extends ParameterSpec["type"]> = Extract<ParameterSpec, { type: T }>;

/** What the list reads of a parameter's spec: its labels (rules, citations and descriptions are not shown). */
export type SpecLabels =
  | Pick<Spec<"enum">, "key" | "label" | "type" | "values">
  | Pick<Spec<"integer">, "key" | "label" | "type" | "unit">
  | Pick<Spec<"boolean">, "key" | "label" | "type">;

/**
 * The labels of the specs of the keys a configuration has, for a loader to send to the browser
 * instead of the whole specs (which carry every rule with its quoted clauses).
 */
export function specLabels(specs: readonly ParameterSpec[], values: Record<string, unknown>): SpecLabels[] {
  return specs
    .filter((s) => Object.hasOwn(values, s.key))
    .map((s) =>
      s.type === "enum"
        ? { key: s.key, label: s.label, type: s.type, values: s.values }
        : s.type === "integer"
          ? { key: s.key, label: s.label, type: s.type, ...(s.unit ? { unit: s.unit } : {}) }
          : { key: s.key, label: s.label, type: s.type },
    );
}

/** A configuration in words: each key's label and its value's label from the service's specs. */
export function ConfigurationList({
  lang,
  specs,
  values,
}: {
  lang: Lang;
  specs: readonly SpecLabels[];
  values: Record<string, unknown>;
}) {
  const rows = Object.entries(values).map(([key, value]) => {
    const spec = specs.find((s) => s.key === key);
    let shown = String(value);
    if (spec?.type === "enum") shown = spec.values.find((v) => v.value === value)?.label[lang] ?? shown;
    if (spec?.type === "boolean") shown = t(lang, value ? "booleanYes" : "booleanNo");
    if (spec?.type === "integer" && typeof value === "number")
      shown = `${formatCount(lang, value)}${spec.unit ? ` ${spec.unit[lang]}` : ""}`;
    return { key, label: spec?.label[lang] ?? key, shown };
  });
  return (
    <dl className="config-list">
      {rows.map((r) => (
        <div key={r.key}>
          <dt>{r.label}</dt>
          <dd>{r.shown}</dd>
        </div>
      ))}
    </dl>
  );
}
