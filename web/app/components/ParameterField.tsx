import { useEffect, useRef } from "react";
import type { ParameterRule, ParameterSpec, Scalar } from "@yakkan/terms";
import { fieldHint } from "~/i18n/field-hints";
import { formatCount, t, type Lang } from "~/i18n/messages";

export interface FieldState {
  spec: ParameterSpec;
  rule: ParameterRule | undefined;
}

interface Props extends FieldState {
  lang: Lang;
  /** The service, for the portal's own wording of a field's hint (i18n/field-hints.ts). */
  serviceId?: string;
  value: Scalar | undefined;
  error: string | undefined;
}

/** One configuration field rendered from its spec: select, number or checkbox, with hint and error. */
export function ParameterField({ spec, rule, lang, serviceId, value, error }: Props) {
  const id = `param-${spec.key}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(" ");
  const required = rule?.required ?? false;
  // The controls are uncontrolled (they work without script); when the server answers with another
  // value (a dependent field reset after a plan switch), show it — unless the visitor is typing there.
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null);
  useEffect(() => {
    const el = ref.current;
    const type: string = el?.type ?? "";
    if (!el || (el === document.activeElement && type === "number")) return;
    if (el instanceof HTMLInputElement && type === "checkbox") el.checked = value === true;
    else if (el.value !== (value === undefined ? "" : String(value)))
      el.value = value === undefined ? "" : String(value);
  }, [value]);
  const hints: string[] = [];
  if (spec.type === "integer" && rule?.min !== undefined && rule.max !== undefined) {
    hints.push(`${t(lang, "range")}: ${formatCount(lang, rule.min)}–${formatCount(lang, rule.max)}`);
  }
  if (spec.type === "integer" && spec.pricingBlock) hints.push(t(lang, "pricedInBlocks", { n: spec.pricingBlock }));
  const description = fieldHint(serviceId, spec, lang);
  if (description) hints.push(description);
  if (rule?.note) hints.push(rule.note[lang]);
  const common = {
    id,
    ref,
    name: spec.key,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
  } as const;

  let control: React.ReactNode;
  if (spec.type === "boolean") {
    // The hidden "false" makes unticking a box that defaults to ticked take effect (parameters.ts).
    control = (
      <>
        <input type="hidden" name={spec.key} value="false" />
        <input {...common} type="checkbox" value="true" defaultChecked={value === true} />
      </>
    );
  } else if (spec.type === "integer") {
    control = (
      <input
        {...common}
        type="number"
        inputMode="numeric"
        step={1}
        min={rule?.min}
        max={rule?.max}
        required={required}
        defaultValue={value === undefined ? "" : String(value)}
      />
    );
  } else {
    const allowed = rule?.allowed ?? spec.values.map((v) => v.value);
    const options = spec.values.filter((v) => allowed.includes(v.value) || v.value === value);
    const known = spec.values.some((v) => v.value === value);
    control = (
      <select {...common} required={required} defaultValue={value === undefined ? "" : String(value)}>
        {!required || value === undefined ? <option value="">{required ? "—" : t(lang, "optionNone")}</option> : null}
        {!known && value !== undefined ? <option value={String(value)}>{String(value)}</option> : null}
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label[lang]}
          </option>
        ))}
      </select>
    );
  }

  return (
    <div className={`field field-${spec.type}${error ? " field-invalid" : ""}`}>
      <label htmlFor={id}>
        {spec.label[lang]}
        {required ? <span className="required"> ({t(lang, "required")})</span> : null}
      </label>
      {control}
      <p id={hintId} className="hint">
        {hints.join(" / ")}{" "}
        <span className="cite" lang="ja">
          [{[...new Set(spec.cite.map((c) => c.clause))].join("、")}]
        </span>
      </p>
      {error ? (
        <p id={errorId} className="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
