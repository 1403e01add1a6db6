import type { ConfigurationRow } from "@yakkan/api";

/** A configuration in words: each key's label and its value's label, as the API projected them. */
export function ConfigurationList({ rows }: { rows: readonly ConfigurationRow[] }) {
  return (
    <dl className="config-list">
      {rows.map((r) => (
        <div key={r.key}>
          <dt>{r.label}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
