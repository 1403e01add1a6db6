import { Form, Link } from "@remix-run/react";
import { t, type Lang } from "~/i18n/messages";

export interface ListSelect {
  /** The URL search parameter. */
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  /** The label of the empty choice ("all"); absent: no empty choice. */
  allLabel?: string;
}

/**
 * A list's search and filters as a GET form (the state lives in the URL: it works without
 * JavaScript, can be bookmarked and shared), and how many results match.
 */
export function ListFilters({
  lang,
  id,
  search,
  selects,
  total,
  searchHint,
}: {
  lang: Lang;
  id: string;
  search: string;
  selects: ListSelect[];
  total: number;
  searchHint: string;
}) {
  return (
    <>
      <Form method="get" className="list-filters" role="search" aria-label={t(lang, "listSearchLabel")}>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t(lang, "listSearch")}</label>
          <input
            id={`${id}-q`}
            name="q"
            type="search"
            defaultValue={search}
            maxLength={100}
            aria-describedby={`${id}-q-hint`}
          />
          <p id={`${id}-q-hint`} className="hint">
            {searchHint}
          </p>
        </div>
        {selects.map((s) => (
          <div key={s.name} className="field">
            <label htmlFor={`${id}-${s.name}`}>{s.label}</label>
            <select id={`${id}-${s.name}`} name={s.name} defaultValue={s.value}>
              {s.allLabel !== undefined ? <option value="">{s.allLabel}</option> : null}
              {s.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="field list-filters-actions">
          <button type="submit" className="button">
            {t(lang, "listApply")}
          </button>
          <Link to="?" className="link-button">
            {t(lang, "listReset")}
          </Link>
        </div>
      </Form>
      <p className="list-count" role="status" data-testid={`${id}-count`}>
        {t(lang, "listCount", { n: total })}
      </p>
    </>
  );
}

/** Links to the first and the next page (keyset: the next page starts after the last row shown). */
export function ListPager({
  lang,
  params,
  endCursor,
  hasNextPage,
  isFirstPage,
}: {
  lang: Lang;
  params: URLSearchParams;
  endCursor: string | null;
  hasNextPage: boolean;
  isFirstPage: boolean;
}) {
  if (!hasNextPage && isFirstPage) return null;
  const first = new URLSearchParams(params);
  first.delete("after");
  const next = new URLSearchParams(params);
  if (endCursor) next.set("after", endCursor);
  return (
    <nav className="pager" aria-label={t(lang, "listPages")}>
      {!isFirstPage ? <Link to={`?${first.toString()}`}>{t(lang, "listFirstPage")}</Link> : null}
      {hasNextPage && endCursor ? (
        <Link to={`?${next.toString()}`} rel="next">
          {t(lang, "listNextPage")}
        </Link>
      ) : null}
    </nav>
  );
}
