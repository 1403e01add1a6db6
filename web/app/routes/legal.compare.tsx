import { Link, useLoaderData } from "@remix-run/react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { DiffList } from "~/components/DiffList";
import { t } from "~/i18n/messages";
import { requireRole } from "~/utils/api.server";
import { orNotFound } from "~/utils/errors.server";

export const meta: MetaFunction = () => [{ title: "版の比較 | Yakkan" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { lang, api } = await requireRole(request, context, "legal");
  const url = new URL(request.url);
  const a = url.searchParams.get("a") ?? "";
  const b = url.searchParams.get("b") ?? "";
  const [va, vb] = await Promise.all([orNotFound(() => api.getVersion(a)), orNotFound(() => api.getVersion(b))]);
  const lines = await api.diffVersions(a, b);
  return { lang, a: va.version, b: vb.version, lines: lines.map((l) => ({ area: l.area, text: l.text[lang], citations: l.citations })) };
}

export default function Compare() {
  const { lang, a, b, lines } = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to="/legal">← {t(lang, "legalTitle")}</Link>
      </p>
      <h1>{t(lang, "compareTitle")}</h1>
      <p>
        {a} → {b}
      </p>
      <section className="panel">
        <DiffList lang={lang} lines={lines} />
      </section>
    </>
  );
}
