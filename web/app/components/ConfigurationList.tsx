import type { ParameterSpec } from "@yakkan/terms";
import { formatCount, t, type Lang } from "~/i18n/messages";

/** A configuration in words: each key's label and its value's label from the service's specs. */
export function ConfigurationList({
  lang,
  specs,
  values,
}: {
  lang: Lang;
  specs: ParameterSpec[];
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
