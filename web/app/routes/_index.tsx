import { langOfText } from "~/utils/text-lang";
import { Link, useLoaderData } from "@remix-run/react";
import { customerVersionName } from "@yakkan/terms";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { apiFor } from "~/utils/api.server";
import { t } from "~/i18n/messages";

export const meta: MetaFunction = () => [{ title: "Yakkan 約款" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { lang, api } = await apiFor(request, context);
  const services = await api.listServices();
  return {
    lang,
    services: services.map((s) => ({
      id: s.definition.id,
      name: s.displayName,
      provider: s.definition.provider,
      version: customerVersionName(s.currentVersion.effectiveFrom)[lang],
      effectiveFrom: s.currentVersion.effectiveFrom,
      computable: s.currentVersion.computable,
    })),
  };
}

export default function Index() {
  const { lang, services } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="hero">
        <h1>{t(lang, "appName")}</h1>
        <p>{t(lang, "tagline")}</p>
      </section>
      <section aria-labelledby="services-heading">
        <h2 id="services-heading">{t(lang, "servicesHeading")}</h2>
        {services.length === 0 ? (
          <p className="empty">{t(lang, "noServices")}</p>
        ) : (
          <ul className="cards">
            {services.map((s) => (
              <li key={s.id} className="card">
                <h3>{s.name}</h3>
                <dl>
                  <dt>{t(lang, "provider")}</dt>
                  <dd lang={langOfText(s.provider)}>{s.provider}</dd>
                  <dt>{t(lang, "termsInForce")}</dt>
                  <dd>
                    {s.version} ({t(lang, "effectiveFrom", { date: s.effectiveFrom })})
                  </dd>
                </dl>
                {s.computable ? <Link to={`/services/${s.id}/estimate`}>{t(lang, "estimateFees")}</Link> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
