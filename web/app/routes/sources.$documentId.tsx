import { Link, useLoaderData } from "@remix-run/react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { t } from "~/i18n/messages";
import { apiFor } from "~/utils/api.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.documentId} | Yakkan` : "Yakkan" },
];

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/** A cited source document in full, with the line holding the quote (`?q=`) marked and scrolled to. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { lang, api } = await apiFor(request, context);
  const documentId = params["documentId"] ?? "";
  const text = api.sourceDocument(documentId);
  if (text === null) throw new Response("Not found", { status: 404 });
  const quote = collapse(new URL(request.url).searchParams.get("q") ?? "");
  const lines = text.split("\n");
  const match = quote ? lines.findIndex((l) => collapse(l).includes(quote)) : -1;
  return { lang, documentId, lines, match, quote };
}

export default function SourceDocument() {
  const { lang, documentId, lines, match, quote } = useLoaderData<typeof loader>();
  return (
    <article>
      <p>
        <Link to="/">← {t(lang, "appName")}</Link>
      </p>
      <h1>
        {t(lang, "sourceTitle")} <span className="subtitle">{documentId}</span>
      </h1>
      {quote && match < 0 ? <p className="error-summary">{t(lang, "quoteNotFound")}</p> : null}
      {match >= 0 ? (
        <p>
          <a href="#match">{t(lang, "jumpToQuote")}</a>
        </p>
      ) : null}
      <div className="source-text" lang="ja">
        {lines.map((line, i) => (
          <p key={i} id={i === match ? "match" : `l${i + 1}`} className={i === match ? "source-match" : undefined}>
            {i === match ? <mark>{line || " "}</mark> : line || " "}
          </p>
        ))}
      </div>
    </article>
  );
}
