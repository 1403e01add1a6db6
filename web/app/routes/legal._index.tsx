import { Form, Link, useLoaderData } from "@remix-run/react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { VersionStatus } from "~/components/VersionStatus";
import { formatDate, formatDateTime, t, versionName } from "~/i18n/messages";
import { requireRole } from "~/utils/api.server";
import { langOfText } from "~/utils/text-lang";
import { formText } from "~/utils/form-json";

export const meta: MetaFunction = () => [{ title: "規約管理 | Yakkan" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { lang, api } = await requireRole(request, context, "legal");
  const [versions, services] = await Promise.all([api.listVersions(), api.listServices()]);
  const deleted = new URL(request.url).searchParams.get("deleted");
  return {
    lang,
    deleted: deleted ? deleted.slice(0, 200) : null,
    services: services.map((s) => ({
      id: s.definition.id,
      name: s.displayName,
      versions: versions
        .filter((v) => v.serviceId === s.definition.id)
        .map((v) => ({
          id: v.id,
          version: v.version,
          status: v.status,
          effectiveFrom: v.effectiveFrom,
          customerName: versionName(lang, v.effectiveFrom),
          reviewRequested: v.reviewRequestedAt !== null,
          computable: Boolean((v.content as { terms?: unknown }).terms),
          authorName: v.authorName,
          approverName: v.approverName,
          publishedAt: v.publishedAt?.toISOString() ?? null,
        })),
    })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { api } = await requireRole(request, context, "legal");
  const form = await request.formData();
  const draft = await api.createDraft({ fromVersionId: formText(form, "fromVersionId") });
  return redirect(`/legal/versions/${draft.id}`);
}

export default function LegalIndex() {
  const { lang, services, deleted } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t(lang, "legalTitle")}</h1>
      {deleted ? (
        <p className="notice" role="status">
          {t(lang, "draftDeleted", { version: deleted })}
        </p>
      ) : null}
      {services.map((s) => (
        <section key={s.id} className="panel" aria-labelledby={`svc-${s.id}`}>
          <h2 id={`svc-${s.id}`}>{s.name}</h2>
          <div className="table-scroll">
            <table data-service={s.id}>
              <thead>
                <tr>
                  <th scope="col">{t(lang, "versionLabel")}</th>
                  <th scope="col">{t(lang, "effectiveFromLabel")}</th>
                  <th scope="col">{t(lang, "customerNameLabel")}</th>
                  <th scope="col">{t(lang, "status")}</th>
                  <th scope="col">{t(lang, "author")}</th>
                  <th scope="col">{t(lang, "approver")}</th>
                  <th scope="col">{t(lang, "publishedAt")}</th>
                  <th scope="col">{t(lang, "actions")}</th>
                </tr>
              </thead>
              <tbody>
                {s.versions.map((v) => (
                  <tr key={v.id}>
                    <th scope="row">
                      <Link to={`/legal/versions/${v.id}`} lang={langOfText(v.version)}>
                        {v.version}
                      </Link>
                    </th>
                    <td>{formatDate(lang, v.effectiveFrom)}</td>
                    <td>{v.customerName}</td>
                    <td>
                      <VersionStatus lang={lang} status={v.status} reviewRequested={v.reviewRequested} />
                    </td>
                    <td lang={langOfText(v.authorName)}>{v.authorName ?? "—"}</td>
                    <td lang={langOfText(v.approverName)}>{v.approverName ?? "—"}</td>
                    <td>{v.publishedAt ? formatDateTime(lang, v.publishedAt) : "—"}</td>
                    <td>
                      {v.computable ? (
                        <Form method="post">
                          <input type="hidden" name="fromVersionId" value={v.id} />
                          <button type="submit" className="link-button">
                            {t(lang, "newDraft")}
                          </button>
                        </Form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {s.versions.filter((v) => v.computable).length > 1 ? (
            <Form method="get" action="/legal/compare" className="inline-form" aria-describedby={`cmp-${s.id}`}>
              <p id={`cmp-${s.id}`} className="hint">
                {t(lang, "compareOnlyWithText")}
              </p>
              <label htmlFor={`a-${s.id}`}>{t(lang, "from")}</label>
              <select id={`a-${s.id}`} name="a" defaultValue={s.versions.filter((v) => v.computable)[1]?.id}>
                {s.versions
                  .filter((v) => v.computable)
                  .map((v) => (
                    <option key={v.id} value={v.id} lang={langOfText(v.version)}>
                      {v.version}
                    </option>
                  ))}
              </select>
              <label htmlFor={`b-${s.id}`}>{t(lang, "to")}</label>
              <select id={`b-${s.id}`} name="b" defaultValue={s.versions.filter((v) => v.computable)[0]?.id}>
                {s.versions
                  .filter((v) => v.computable)
                  .map((v) => (
                    <option key={v.id} value={v.id} lang={langOfText(v.version)}>
                      {v.version}
                    </option>
                  ))}
              </select>
              <button type="submit" className="button secondary">
                {t(lang, "compare")}
              </button>
            </Form>
          ) : null}
        </section>
      ))}
    </>
  );
}
