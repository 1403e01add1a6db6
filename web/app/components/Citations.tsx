import type { Citation } from "@yakkan/terms";

/** Clauses as short labels; each opens to its quoted source text. */
export function Citations({ citations }: { citations: readonly Citation[] }) {
  return (
    <span className="citations">
      {citations.map((c, i) =>
        c.text ? (
          <details key={i} className="citation">
            <summary>{c.clause}</summary>
            <blockquote lang="ja" cite={c.document}>
              {c.text}
            </blockquote>
          </details>
        ) : (
          <span key={i} className="citation">
            {c.clause}
          </span>
        ),
      )}
    </span>
  );
}
