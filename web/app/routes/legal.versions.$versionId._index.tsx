import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { DiffList } from "~/components/DiffList";
import { VersionStatus } from "~/components/VersionStatus";
import { formatDate, t, versionName } from "~/i18n/messages";
import { requireRole } from "~/utils/api.server";
import { isAppError } from "~/utils/app-error";
import { draftFields, parseDraftValue, type DraftField } from "~/utils/draft-fields.server";
import { orNotFound } from "~/utils/errors.server";
import { formText } from "~/utils/form-json";
import { langOfText } from "~/utils/text-lang";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.version.version} | Yakkan` : "Yakkan" },
];

/** Whole days from one calendar date to another. */
const daysFrom = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
const addDaysTo = (a: string, days: number) =>
  new Date(Date.parse(`${a}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { lang, api, viewer } = await requireRole(request, context, "legal");
  const version = await orNotFound(() => api.getVersion(params["versionId"] ?? ""));
  const findings = version.status === "draft" ? await api.lintDraft(version) : [];
  const diff = version.basedOnId ? await api.diffVersions(version.basedOnId, version.id) : [];
  const today = api.today();
  const minNoticeDays = api.termsChangeMinNoticeDays();
  return {
    lang,
    confirmDelete: new URL(request.url).searchParams.get("confirm") === "delete",
    notice: {
      days: daysFrom(today, version.effectiveFrom),
      min: minNoticeDays,
      earliest: addDaysTo(today, minNoticeDays),
      recordedDays: version.noticeDays,
      overrideReason: version.noticeOverrideReason,
    },
    version: {
      id: version.id,
      serviceId: version.serviceId,
      version: version.version,
      status: version.status,
      effectiveFrom: version.effectiveFrom,
      customerName: versionName(lang, version.effectiveFrom),
      reviewRequested: version.reviewRequestedAt !== null,
      isAuthor: version.authorId === viewer.userId,
      // Four eyes: whoever wrote or edited a draft does not approve it (the API and database agree).
      isEditor: version.editorIds.includes(viewer.userId),
      basedOnId: version.basedOnId,
    },
    json: JSON.stringify(version.content, null, 2),
    fields: draftFields(version.content, lang),
    findings: findings.map((f) => ({ severity: f.severity, path: f.path, message: f.text[lang] })),
    diff: diff.map((l) => ({ area: l.area, text: l.text[lang], citations: l.citations })),
    today,
    idempotencyKey: crypto.randomUUID(),
  };
}

type Issue = { path: string; message: string };
type ActionResult =
  | { ok: true; kind: "saved" | "review" }
  | { ok: true; kind: "published"; name: string; effectiveFrom: string; notices: number }
  | { ok: false; intent: string; message: string; issues: Issue[] };

export async function action({ request, params, context }: ActionFunctionArgs): Promise<ActionResult | Response> {
  const { lang, api } = await requireRole(request, context, "legal");
  const id = params["versionId"] ?? "";
  const form = await request.formData();
  const intent = form.get("intent");
  try {
    if (intent === "save-fields" || intent === "save-json") {
      let content: unknown;
      if (intent === "save-json") {
        try {
          content = JSON.parse(formText(form, "json"));
        } catch (e) {
          return {
            ok: false,
            intent: "save-json",
            message: t(lang, "jsonSyntaxError", { detail: (e as Error).message.slice(0, 200) }),
            issues: [
              { path: "json", message: t(lang, "jsonSyntaxError", { detail: (e as Error).message.slice(0, 200) }) },
            ],
          };
        }
      }
      const current = await api.getVersion(id);
      const fields = draftFields(current.content, lang);
      const sets =
        intent === "save-fields"
          ? fields
              .filter((f) => form.has(`set:${f.path}`) && formText(form, `set:${f.path}`) !== f.value)
              .map((f: DraftField) => ({
                path: f.path,
                value: parseDraftValue(f.kind, formText(form, `set:${f.path}`)),
              }))
          : [];
      await api.updateDraft({
        id,
        content,
        sets,
        version: formText(form, "version") || null,
        effectiveFrom: formText(form, "effectiveFrom") || null,
      });
      return { ok: true, kind: "saved" };
    }
    if (intent === "request-review") {
      await api.requestReview(id);
      return { ok: true, kind: "review" };
    }
    if (intent === "delete") {
      // Deleting asks first: without JavaScript too, the first press only opens the confirmation.
      if (form.get("confirmed") !== "yes") return redirect(`/legal/versions/${id}?confirm=delete#confirm-delete`);
      const row = await api.getVersion(id);
      await api.deleteDraft(id);
      return redirect(`/legal?deleted=${encodeURIComponent(row.version)}`);
    }
    if (intent === "publish") {
      const reason = formText(form, "noticeOverrideReason").trim();
      const published = await api.approveAndPublish({
        id,
        idempotencyKey: formText(form, "idempotencyKey"),
        noticeOverrideReason: reason || null,
      });
      return {
        ok: true,
        kind: "published",
        name: versionName(lang, published.effectiveFrom),
        effectiveFrom: published.effectiveFrom,
        notices: published.noticesSent,
      };
    }
    return { ok: false, intent: formText(form, "intent"), message: t(lang, "actionFailed"), issues: [] };
  } catch (e) {
    if (!isAppError(e)) throw e;
    return {
      ok: false,
      intent: formText(form, "intent"),
      message: e.text[lang],
      issues: e.issues.map((i) => ({ path: i.path.join("."), message: i.message[lang] })),
    };
  }
}

/** "terms.fees[0].price" and "terms.fees.0.price" are the same place. */
const samePath = (a: string, b: string) => a.replace(/\[(\d+)\]/g, ".$1") === b.replace(/\[(\d+)\]/g, ".$1");
const fieldId = (path: string) => `f-${path.replace(/[^\w]/g, "-")}`;

export default function VersionPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const busy = useNavigation().state === "submitting";
  const { lang, version: v, notice } = data;
  const draft = v.status === "draft";
  // Only the author edits a draft; everyone else reads it (and may approve it once asked).
  const editable = draft && v.isAuthor;
  const failed = result && !result.ok ? result : null;
  const done = result?.ok ? result : null;
  const severity = (s: string) => t(lang, s === "error" ? "severityError" : "severityWarning");
  const problems: Issue[] = [
    ...(failed?.issues ?? []),
    ...data.findings.map((f) => ({ path: f.path, message: `${severity(f.severity)}: ${f.message}` })),
  ];
  const problemFor = (path: string) => problems.filter((p) => samePath(p.path, path));
  const groups = [...new Set(data.fields.map((f) => f.group))];
  // Every located problem is named by its field's own label and links to it.
  const special: Record<string, { label: string; id: string }> = {
    version: { label: t(lang, "versionLabel"), id: "version" },
    effectiveFrom: { label: t(lang, "effectiveFromLabel"), id: "effectiveFrom" },
    noticeOverrideReason: { label: t(lang, "overrideReasonLabel"), id: "noticeOverrideReason" },
    json: { label: t(lang, "jsonLabel"), id: "json" },
    content: { label: t(lang, "jsonLabel"), id: "json" },
  };
  const fieldOf = (path: string) => {
    const own = special[path];
    if (own) return own;
    const f = data.fields.find((x) => samePath(x.path, path));
    return f ? { label: `${f.group} — ${f.label}`, id: fieldId(f.path) } : null;
  };
  const short = draft && notice.days < notice.min;
  return (
    <article>
      <p>
        <Link to="/legal">← {t(lang, "legalTitle")}</Link>
      </p>
      <h1>
        <span lang={langOfText(v.version)}>{v.version}</span>{" "}
        <VersionStatus lang={lang} status={v.status} reviewRequested={v.reviewRequested} />
      </h1>
      <p>
        {t(lang, "effectiveFromLabel")}: {formatDate(lang, v.effectiveFrom)} · {t(lang, "customerNameLabel")}:{" "}
        <strong data-testid="customer-name">{v.customerName}</strong> ·{" "}
        <Link to={`/legal/versions/${v.id}/impact`}>{t(lang, "impactTitle")}</Link>
      </p>
      {done ? (
        <p className="notice" role="status" tabIndex={-1}>
          {done.kind === "published"
            ? t(lang, "publishedMessage", {
                name: done.name,
                date: formatDate(lang, done.effectiveFrom),
                notices: done.notices,
              })
            : t(lang, done.kind === "review" ? "reviewRequestedMessage" : "saved")}
        </p>
      ) : null}
      {failed ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <h2>
            {failed.intent.startsWith("save")
              ? t(lang, "saveFailed")
              : failed.intent === "publish"
                ? t(lang, "publishFailed")
                : t(lang, "actionFailed")}
          </h2>
          <p>{failed.message}</p>
          {failed.issues.length > 0 ? (
            <ul>
              {failed.issues.map((i, n) => {
                const field = fieldOf(i.path);
                return (
                  <li key={n}>
                    {field ? <a href={`#${field.id}`}>{field.label}</a> : <code>{i.path}</code>}: {i.message}
                  </li>
                );
              })}
            </ul>
          ) : null}
        </div>
      ) : null}

      {data.confirmDelete && draft && v.isAuthor ? (
        <section id="confirm-delete" className="panel confirm" aria-labelledby="confirm-delete-heading">
          <h2 id="confirm-delete-heading">{t(lang, "confirmDeleteTitle", { version: v.version })}</h2>
          <p>{t(lang, "confirmDeleteBody")}</p>
          <div className="actions">
            <Form method="post" action={`/legal/versions/${v.id}`}>
              <input type="hidden" name="confirmed" value="yes" />
              <button type="submit" name="intent" value="delete" className="button danger" disabled={busy}>
                {t(lang, "confirmDeleteAction")}
              </button>
            </Form>
            <Link to={`/legal/versions/${v.id}`} className="button secondary">
              {t(lang, "cancel")}
            </Link>
          </div>
        </section>
      ) : null}

      {!draft && notice.recordedDays !== null ? (
        <section className="panel" aria-labelledby="notice-heading">
          <h2 id="notice-heading">{t(lang, "noticePeriodTitle")}</h2>
          <p data-testid="notice-recorded">{t(lang, "noticeDaysRecorded", { days: notice.recordedDays })}</p>
          {notice.overrideReason ? (
            <p data-testid="notice-override">{t(lang, "noticeOverrideRecorded", { reason: notice.overrideReason })}</p>
          ) : null}
        </section>
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
              <>
                <ul data-testid="findings">
                  {data.findings.map((f, i) => {
                    const field = fieldOf(f.path);
                    return (
                      <li key={i} className={f.severity === "error" ? "error" : "hint"}>
                        {severity(f.severity)}:{" "}
                        {field ? <a href={`#${field.id}`}>{field.label}</a> : <code>{f.path}</code>} — {f.message}
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
            <h3>{t(lang, "noticePeriodTitle")}</h3>
            <p data-testid="notice-period">{t(lang, "noticePeriodInfo", { days: notice.days, min: notice.min })}</p>
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
                <Form method="post" className="publish-form">
                  <input type="hidden" name="idempotencyKey" value={data.idempotencyKey} />
                  <p className="hint">{t(lang, "publishNoticeContent")}</p>
                  {short ? (
                    <div className="field">
                      <p id="notice-short" className="warning">
                        {t(lang, "noticePeriodShort", { min: notice.min, earliest: formatDate(lang, notice.earliest) })}
                      </p>
                      <label htmlFor="noticeOverrideReason">{t(lang, "overrideReasonLabel")}</label>
                      <textarea
                        id="noticeOverrideReason"
                        name="noticeOverrideReason"
                        rows={3}
                        maxLength={2000}
                        aria-describedby={
                          problemFor("noticeOverrideReason").length > 0
                            ? "notice-short noticeOverrideReason-error"
                            : "notice-short"
                        }
                        aria-invalid={
                          problemFor("noticeOverrideReason").length > 0 || problemFor("effectiveFrom").length > 0
                            ? true
                            : undefined
                        }
                      />
                      {problemFor("noticeOverrideReason").length > 0 ? (
                        <p id="noticeOverrideReason-error" className="error">
                          {problemFor("noticeOverrideReason")
                            .map((p) => p.message)
                            .join(" ")}
                        </p>
                      ) : null}
                    </div>
                  ) : null}
                  <button type="submit" name="intent" value="publish" className="button" disabled={busy}>
                    {t(lang, "approvePublish")}
                  </button>
                </Form>
              )}
              {v.isAuthor && !data.confirmDelete ? (
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
                <input id="version" name="version" defaultValue={v.version} aria-describedby="version-hint" />
                <p id="version-hint" className="hint">
                  {t(lang, "workingNameHint", { name: v.customerName })}
                </p>
              </div>
              <div className="field">
                <label htmlFor="effectiveFrom">{t(lang, "effectiveFromLabel")}</label>
                <input
                  id="effectiveFrom"
                  name="effectiveFrom"
                  type="date"
                  min={data.today}
                  defaultValue={v.effectiveFrom}
                  aria-invalid={problemFor("effectiveFrom").length > 0 ? true : undefined}
                  aria-describedby={problemFor("effectiveFrom").length > 0 ? "effectiveFrom-error" : undefined}
                />
                {problemFor("effectiveFrom").length > 0 ? (
                  <p id="effectiveFrom-error" className="error">
                    {problemFor("effectiveFrom")
                      .map((p) => p.message)
                      .join(" ")}
                  </p>
                ) : null}
              </div>
              {groups.map((group) => (
                <fieldset key={group} className="draft-group">
                  <legend>{group}</legend>
                  {data.fields
                    .filter((f) => f.group === group)
                    .map((f) => {
                      const id = fieldId(f.path);
                      const problems = problemFor(f.path);
                      const invalid = problems.length > 0 ? true : undefined;
                      const describedBy = problems.length > 0 ? `${id}-error` : undefined;
                      return (
                        <div key={f.path} className="field draft-field">
                          <label htmlFor={id}>{f.label}</label>
                          {f.options ? (
                            <select
                              id={id}
                              name={`set:${f.path}`}
                              defaultValue={f.value}
                              aria-invalid={invalid}
                              aria-describedby={describedBy}
                            >
                              {f.options.map((o) => (
                                <option key={o.value} value={o.value}>
                                  {o.label}
                                </option>
                              ))}
                            </select>
                          ) : (
                            <input
                              id={id}
                              name={`set:${f.path}`}
                              defaultValue={f.value}
                              inputMode={f.kind === "yen" || f.kind === "int" ? "numeric" : undefined}
                              aria-invalid={invalid}
                              aria-describedby={describedBy}
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
              {t(lang, "jsonLabel")}
            </label>
            <textarea
              id="json"
              name="json"
              rows={24}
              defaultValue={data.json}
              className="json-editor"
              spellCheck={false}
            />
            <button type="submit" name="intent" value="save-json" className="button secondary" disabled={busy}>
              {t(lang, "save")}
            </button>
          </Form>
        ) : (
          <pre className="json-view" tabIndex={0} role="region" aria-label="JSON">
            <code>{data.json}</code>
          </pre>
        )}
      </section>
    </article>
  );
}
