import { Link, useLoaderData } from "@remix-run/react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { DiffList } from "~/components/DiffList";
import { t } from "~/i18n/messages";
import { requireRole } from "~/utils/api.server";
import { orNotFound } from "~/utils/errors.server";
import { langOfText } from "~/utils/text-lang";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? t(data.lang, "compareTitle") : "版の比較"} | Yakkan` },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { lang, api } = await requireRole(request, context, "legal");
  const url = new URL(request.url);
  const a = url.searchParams.get("a") ?? "";
  const b = url.searchParams.get("b") ?? "";
  const [va, vb] = await Promise.all([orNotFound(() => api.getVersion(a)), orNotFound(() => api.getVersion(b))]);
  // A version known only by its date (no text) cannot be compared: say so instead of failing.
  const hasText = (v: { content: unknown }) => Boolean((v.content as { terms?: unknown }).terms);
  if (!hasText(va) || !hasText(vb)) return { lang, a: va.version, b: vb.version, lines: [], noText: true };
  const lines = await api.diffVersions(a, b);
  return {
    lang,
    a: va.version,
    b: vb.version,
    lines: lines.map((l) => ({ area: l.area, text: l.text[lang], citations: l.citations })),
    noText: false,
  };
}

export default function Compare() {
  const { lang, a, b, lines, noText } = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to="/legal">← {t(lang, "legalTitle")}</Link>
      </p>
      <h1>{t(lang, "compareTitle")}</h1>
      <p>
        <span lang={langOfText(a)}>{a}</span> → <span lang={langOfText(b)}>{b}</span>
      </p>
      <section className="panel">
        {noText ? (
          <p className="empty" role="status">
            {t(lang, "compareNoText")}
          </p>
        ) : (
          <DiffList lang={lang} lines={lines} />
        )}
      </section>
    </>
  );
}
