import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { DiffList } from "~/components/DiffList";
import { VersionStatus } from "~/components/VersionStatus";
import { formatDate, t } from "~/i18n/messages";
import { requireRole } from "~/utils/api.server";
import { isAppError } from "~/utils/app-error";
import { draftFields, parseDraftValue, type DraftField } from "~/utils/draft-fields.server";
import { orNotFound } from "~/utils/errors.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.version.version} | Yakkan` : "Yakkan" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { lang, api, viewer } = await requireRole(request, context, "legal");
  const version = await orNotFound(() => api.getVersion(params["versionId"] ?? ""));
  const findings = version.status === "draft" ? await api.lintDraft(version) : [];
  const diff = version.basedOnId ? await api.diffVersions(version.basedOnId, version.id) : [];
  return {
    lang,
    version: {
      id: version.id,
      serviceId: version.serviceId,
      version: version.version,
      status: version.status,
      effectiveFrom: version.effectiveFrom,
      reviewRequested: version.reviewRequestedAt !== null,
      isAuthor: version.authorId === viewer.userId,
      // Four eyes: whoever wrote or edited a draft does not approve it (the API and database agree).
      isEditor: version.editorIds.includes(viewer.userId),
      basedOnId: version.basedOnId,
    },
    json: JSON.stringify(version.content, null, 2),
    fields: draftFields(version.content, lang),
    findings: findings.map((f) => ({ severity: f.severity, path: f.path, message: f.message })),
    diff: diff.map((l) => ({ area: l.area, text: l.text[lang], citations: l.citations })),
    today: api.today(),
    idempotencyKey: crypto.randomUUID(),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { lang, api } = await requireRole(request, context, "legal");
  const id = params["versionId"] ?? "";
  const form = await request.formData();
  const intent = form.get("intent");
  try {
    if (intent === "save-fields" || intent === "save-json") {
      let content: unknown;
      if (intent === "save-json") {
        try {
          content = JSON.parse(String(form.get("json") ?? ""));
        } catch (e) {
          return { ok: false, message: `JSON: ${(e as Error).message.slice(0, 200)}`, issues: [] as { path: string; message: string }[] };
        }
      }
      const current = await api.getVersion(id);
      const fields = draftFields(current.content, lang);
      const sets =
        intent === "save-fields"
          ? fields
              .filter((f) => form.has(`set:${f.path}`) && String(form.get(`set:${f.path}`)) !== f.value)
              .map((f: DraftField) => ({ path: f.path, value: parseDraftValue(f.kind, String(form.get(`set:${f.path}`))) }))
          : [];
      await api.updateDraft({
        id,
        content,
        sets,
        version: String(form.get("version") ?? "") || null,
        effectiveFrom: String(form.get("effectiveFrom") ?? "") || null,
      });
      return { ok: true, message: null, issues: [] };
    }
    if (intent === "request-review") await api.requestReview(id);
    if (intent === "delete") {
      await api.deleteDraft(id);
      return redirect("/legal");
    }
    if (intent === "publish") await api.approveAndPublish({ id, idempotencyKey: String(form.get("idempotencyKey") ?? "") });
    return { ok: true, message: null, issues: [] };
  } catch (e) {
    if (!isAppError(e)) throw e;
    return { ok: false, message: e.text[lang], issues: e.issues.map((i) => ({ path: i.path.join("."), message: i.message[lang] })) };
  }
}

export default function VersionPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const { lang, version: v } = data;
  const draft = v.status === "draft";
  // Only the author edits a draft; everyone else reads it (and may approve it once asked).
  const editable = draft && v.isAuthor;
  const problems = [...(result?.issues ?? []), ...data.findings.map((f) => ({ path: f.path, message: `${f.severity}: ${f.message}` }))];
  const problemFor = (path: string) => problems.filter((p) => p.path === path || p.path.replace(/\[(\d+)\]/g, ".$1") === path.replace(/\[(\d+)\]/g, ".$1"));
  const groups = [...new Set(data.fields.map((f) => f.group))];
  return (
    <article>
      <p>
        <Link to="/legal">← {t(lang, "legalTitle")}</Link>
      </p>
      <h1>
        {v.version} <VersionStatus lang={lang} status={v.status} reviewRequested={v.reviewRequested} />
      </h1>
      <p>
        {t(lang, "effectiveFromLabel")}: {formatDate(lang, v.effectiveFrom)} · <Link to={`/legal/versions/${v.id}/impact`}>{t(lang, "impactTitle")}</Link>
      </p>
      {result?.ok && !result.message ? (
        <p className="notice" role="status">
          {t(lang, "saved")}
        </p>
      ) : null}
      {result && !result.ok ? (
        <div className="error-summary" role="alert">
          <p>{result.message}</p>
          {result.issues.length > 0 ? (
            <ul>
              {result.issues.map((i, n) => (
                <li key={n}>
                  <code>{i.path}</code>: {i.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      {data.diff.length > 0 || v.basedOnId ? (
        <section className="panel" aria-labelledby="changes-heading">
          <h2 id="changes-heading">{t(lang, "changesFromBase")}</h2>
          <DiffList lang={lang} lines={data.diff} />
        </section>
      ) : null}

      {draft ? (
        <>
          <section className="panel" aria-labelledby="lint-heading">
            <h2 id="lint-heading">{t(lang, "lintFindings")}</h2>
            {data.findings.length === 0 ? (
              <p className="empty">{t(lang, "noFindings")}</p>
            ) : (
              <ul data-testid="findings">
                {data.findings.map((f, i) => (
                  <li key={i} className={f.severity === "error" ? "error" : "hint"}>
                    <code>{f.path}</code>: {f.message}
                  </li>
                ))}
              </ul>
            )}
            <div className="actions">
              {!v.reviewRequested ? (
                v.isAuthor ? (
                  <Form method="post">
                    <button type="submit" name="intent" value="request-review" className="button" disabled={busy}>
                      {t(lang, "requestReviewAction")}
                    </button>
                  </Form>
                ) : (
                  <p className="hint">{t(lang, "notAuthorNote")}</p>
                )
              ) : v.isAuthor ? (
                <p className="hint">{t(lang, "ownDraftNote")}</p>
              ) : v.isEditor ? (
                <p className="hint">{t(lang, "editorCannotApprove")}</p>
              ) : (
                <Form method="post">
                  <input type="hidden" name="idempotencyKey" value={data.idempotencyKey} />
                  <button type="submit" name="intent" value="publish" className="button" disabled={busy}>
                    {t(lang, "approvePublish")}
                  </button>
                </Form>
              )}
              {v.isAuthor ? (
                <Form method="post">
                  <button type="submit" name="intent" value="delete" className="button danger" disabled={busy}>
                    {t(lang, "deleteDraft")}
                  </button>
                </Form>
              ) : null}
            </div>
          </section>
        </>
      ) : null}

      {editable ? (
        <>
          <section className="panel" aria-labelledby="fields-heading">
            <h2 id="fields-heading">{t(lang, "structuredEditor")}</h2>
            <Form method="post">
              <div className="field">
                <label htmlFor="version">{t(lang, "versionLabel")}</label>
                <input id="version" name="version" defaultValue={v.version} />
              </div>
              <div className="field">
                <label htmlFor="effectiveFrom">{t(lang, "effectiveFromLabel")}</label>
                <input id="effectiveFrom" name="effectiveFrom" type="date" min={data.today} defaultValue={v.effectiveFrom} />
              </div>
              {groups.map((group) => (
                <fieldset key={group} className="draft-group">
                  <legend>{group}</legend>
                  {data.fields
                    .filter((f) => f.group === group)
                    .map((f) => {
                      const id = `f-${f.path.replace(/[^\w]/g, "-")}`;
                      const problems = problemFor(f.path);
                      return (
                        <div key={f.path} className="field draft-field">
                          <label htmlFor={id}>{f.label}</label>
                          {f.options ? (
                            <select id={id} name={`set:${f.path}`} defaultValue={f.value}>
                              {f.options.map((o) => (
                                <option key={o} value={o}>
                                  {o}
                                </option>
                              ))}
                            </select>
                          ) : (
                            <input
                              id={id}
                              name={`set:${f.path}`}
                              defaultValue={f.value}
                              inputMode={f.kind === "yen" || f.kind === "int" ? "numeric" : undefined}
                              aria-invalid={problems.length > 0 ? true : undefined}
                              aria-describedby={problems.length > 0 ? `${id}-error` : undefined}
                            />
                          )}
                          {problems.length > 0 ? (
                            <p id={`${id}-error`} className="error">
                              {problems.map((p) => p.message).join(" ")}
                            </p>
                          ) : null}
                        </div>
                      );
                    })}
                </fieldset>
              ))}
              <button type="submit" name="intent" value="save-fields" className="button" disabled={busy}>
                {t(lang, "save")}
              </button>
            </Form>
          </section>
        </>
      ) : null}

      <section className="panel" aria-labelledby="json-heading">
        <h2 id="json-heading">{editable ? t(lang, "jsonEditor") : "JSON"}</h2>
        {editable ? (
          <Form method="post">
            <label htmlFor="json" className="visually-hidden">
              JSON
            </label>
            <textarea id="json" name="json" rows={24} defaultValue={data.json} className="json-editor" spellCheck={false} />
            <button type="submit" name="intent" value="save-json" className="button secondary" disabled={busy}>
              {t(lang, "save")}
            </button>
          </Form>
        ) : (
          <pre className="json-view" tabIndex={0} role="region" aria-label="JSON">
            {data.json}
          </pre>
        )}
      </section>
    </article>
  );
}
