import { useRouteLoaderData } from "@remix-run/react";
import { t, type Lang } from "~/i18n/messages";
import { langOfText } from "~/utils/text-lang";

/** A cited clause, from the engine or from the API (whose text may be null). */
export interface CitationView {
  document: string;
  clause: string;
  text?: string | null | undefined;
}

/** Documents shipped as source texts (the service documents, not statutes). */
const SOURCE_DOCUMENTS = /\.(terms|spec-sheet)$/;

/**
 * Clauses as short labels; each opens to its quoted source text. Several quotes from one clause
 * show as one label.
 */
export function Citations({ citations }: { citations: readonly CitationView[] }) {
  const lang = useRouteLoaderData<{ lang: Lang }>("root")?.lang ?? "ja";
  const byClause = new Map<string, { clause: string; document: string; texts: string[] }>();
  for (const c of citations) {
    const key = `${c.document}\u0000${c.clause}`;
    const entry = byClause.get(key) ?? { clause: c.clause, document: c.document, texts: [] };
    if (c.text && !entry.texts.includes(c.text)) entry.texts.push(c.text);
    byClause.set(key, entry);
  }
  return (
    <span className="citations">
      {[...byClause.values()].map((c, i) =>
        c.texts.length > 0 ? (
          <details key={i} className="citation">
            <summary>
              <span lang={langOfText(c.clause)}>{c.clause}</span>
            </summary>
            {c.texts.map((text) => (
              <blockquote key={text} lang="ja" cite={c.document}>
                {text}{" "}
                {SOURCE_DOCUMENTS.test(c.document) ? (
                  <a
                    href={`/sources/${encodeURIComponent(c.document)}?q=${encodeURIComponent(text)}#match`}
                    className="source-link"
                    lang={lang}
                  >
                    {t(lang, "sourceTitle")}
                  </a>
                ) : null}
              </blockquote>
            ))}
          </details>
        ) : (
          <span key={i} className="citation" lang={langOfText(c.clause)}>
            {c.clause}
          </span>
        ),
      )}
    </span>
  );
}
