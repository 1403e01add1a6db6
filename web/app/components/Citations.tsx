/** A cited clause, from the engine or from the API (whose text may be null). */
export interface CitationView {
  document: string;
  clause: string;
  text?: string | null | undefined;
}

/** Clauses as short labels; each opens to its quoted source text. */
export function Citations({ citations }: { citations: readonly CitationView[] }) {
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
