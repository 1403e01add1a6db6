import { useEffect, useRef } from "react";
import type { ParameterField as Field, ParameterValue } from "@yakkan/api";
import { fieldHint } from "~/i18n/field-hints";
import { formatCount, t, type Lang } from "~/i18n/messages";

interface Props {
  /** The field as the API projects it, already in the visitor's language. */
  field: Field;
  lang: Lang;
  /** The service, for the portal's own wording of a field's hint (i18n/field-hints.ts). */
  serviceId?: string;
  value: ParameterValue | undefined;
  error: string | undefined;
}

/** One configuration field rendered from the API's field: select, number or checkbox, with hint and error. */
export function ParameterField({ field, lang, serviceId, value, error }: Props) {
  const id = `param-${field.key}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(" ");
  const { required } = field;
  // The controls are uncontrolled (they work without script); when the server answers with another
  // value (a dependent field reset after a plan switch), show it — unless the visitor is typing there.
  // Only a value that changed since the last render counts: on hydration the control keeps what the
  // visitor may already have changed (useAutoSubmit quotes it).
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null);
  const rendered = useRef(value);
  useEffect(() => {
    if (rendered.current === value) return;
    rendered.current = value;
    const el = ref.current;
    const type: string = el?.type ?? "";
    if (!el || (el === document.activeElement && type === "number")) return;
    if (el instanceof HTMLInputElement && type === "checkbox") el.checked = value === true;
    else if (el.value !== (value === undefined ? "" : String(value)))
      el.value = value === undefined ? "" : String(value);
  }, [value]);
  const hints: string[] = [];
  if (field.type === "integer" && field.min !== null && field.max !== null) {
    hints.push(`${t(lang, "range")}: ${formatCount(lang, field.min)}–${formatCount(lang, field.max)}`);
  }
  if (field.type === "integer" && field.pricingBlock) hints.push(t(lang, "pricedInBlocks", { n: field.pricingBlock }));
  const description = fieldHint(serviceId, field, lang);
  if (description) hints.push(description);
  if (field.note) hints.push(field.note);
  const common = {
    id,
    ref,
    name: field.key,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
  } as const;

  let control: React.ReactNode;
  if (field.type === "boolean") {
    // The hidden "false" makes unticking a box that defaults to ticked take effect (parameters.ts).
    control = (
      <>
        <input type="hidden" name={field.key} value="false" />
        <input {...common} type="checkbox" value="true" defaultChecked={value === true} />
      </>
    );
  } else if (field.type === "integer") {
    control = (
      <input
        {...common}
        type="number"
        inputMode="numeric"
        step={1}
        min={field.min ?? undefined}
        max={field.max ?? undefined}
        required={required}
        defaultValue={value === undefined ? "" : String(value)}
      />
    );
  } else {
    const allowed = field.allowedValues ?? field.options.map((o) => o.value);
    const options = field.options.filter((o) => allowed.includes(o.value) || o.value === value);
    const known = field.options.some((o) => o.value === value);
    control = (
      <select {...common} required={required} defaultValue={value === undefined ? "" : String(value)}>
        {!required || value === undefined ? <option value="">{required ? "—" : t(lang, "optionNone")}</option> : null}
        {!known && value !== undefined ? <option value={String(value)}>{String(value)}</option> : null}
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }

  return (
    <div className={`field field-${field.type}${error ? " field-invalid" : ""}`}>
      <label htmlFor={id}>
        {field.label}
        {required ? <span className="required"> ({t(lang, "required")})</span> : null}
      </label>
      {control}
      <p id={hintId} className="hint">
        {hints.join(" / ")}{" "}
        <span className="cite" lang="ja">
          [{[...new Set(field.citations.map((c) => c.clause))].join("、")}]
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
