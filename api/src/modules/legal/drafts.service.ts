import {
  diffTerms,
  lintService,
  termsVersionSchema,
  tokyoDate,
  type DiffLine,
  type Finding,
  type TermsVersionDef,
} from "@yakkan/terms";
import type { ApiContext } from "../../context.js";
import {
  checkDates,
  checkNoNul,
  checkText,
  isUuid,
  MAX_DRAFT_SETS,
  MAX_LENGTH,
  REQUEST_HORIZON_YEARS,
  requestHorizon,
} from "../../bounds.js";
import { AppError, badInput, type LocatedIssue } from "../../errors.js";
import { recordAudit } from "../audit/audit.repository.js";
import { notFound, requireRole } from "../auth/viewer.js";
import { toJsonObject } from "../common/json.js";
import { contentHash } from "../terms-versions/content-hash.js";
import { localiseDraftIssue } from "./draft-issues.js";
import { withDerivedEnds } from "../terms-versions/terms-store.js";
import {
  contentOf,
  deleteDraftRow,
  findVersion,
  insertDraft,
  listVersionsWithNames,
  liveVersions,
  markReviewRequested,
  updateDraftContent,
  type VersionListItem,
  type VersionRecord,
} from "../terms-versions/terms-versions.repository.js";

export type { VersionListItem, VersionRecord } from "../terms-versions/terms-versions.repository.js";
const VERSION = { ja: "規約の版", en: "Terms version" };

/** Every version of a service (or of all services), drafts included, newest first, with who drafted and approved it. Legal only. */
export async function listVersions(ctx: ApiContext, serviceId?: string | null): Promise<VersionListItem[]> {
  requireRole(ctx, "legal");
  checkText(ctx.lang, { serviceId: { value: serviceId, max: MAX_LENGTH.key } });
  return listVersionsWithNames(ctx.db, serviceId ?? null);
}

export async function getVersion(ctx: ApiContext, id: string): Promise<VersionRecord> {
  requireRole(ctx, "legal");
  if (!isUuid(id)) throw notFound(ctx, VERSION);
  const row = await findVersion(ctx.db, id);
  if (!row) throw notFound(ctx, VERSION);
  return row;
}

/** The published (and scheduled) version definitions of a service, in order. */
async function liveDefinitions(ctx: ApiContext, serviceId: string): Promise<TermsVersionDef[]> {
  return withDerivedEnds((await liveVersions(ctx.db, serviceId)).map(contentOf));
}

/**
 * A service definition with the draft added after the published versions, as the engine will see it
 * once the draft is published.
 */
export async function definitionWithDraft(ctx: ApiContext, draft: VersionRecord) {
  const meta = ctx.services.get(draft.serviceId);
  const content = contentOf(draft);
  const live = (await liveDefinitions(ctx, draft.serviceId)).filter((v) => v.effectiveFrom < content.effectiveFrom);
  return { ...meta, versions: withDerivedEnds([...live, content]) };
}

/** Lint findings of a draft, located inside the draft's content ("terms.fees[2].price…"). */
export async function lintDraft(ctx: ApiContext, draft: VersionRecord): Promise<Finding[]> {
  const definition = await definitionWithDraft(ctx, draft);
  const index = definition.versions.length - 1;
  const prefix = `versions[${index}]`;
  return lintService(definition, `draft ${draft.version}`)
    .filter(
      (f) =>
        f.path === prefix ||
        f.path.startsWith(`${prefix}.`) ||
        f.path.startsWith(`${prefix}[`) ||
        f.path === "versions",
    )
    .map((f) => ({ ...f, path: f.path.startsWith(prefix) ? f.path.slice(prefix.length).replace(/^\./, "") : f.path }));
}

/** Four eyes: a draft is edited, sent for review and deleted by its author only (the database agrees). */
function requireAuthor(ctx: ApiContext, row: VersionRecord, userId: string) {
  if (row.authorId !== userId) {
    throw new AppError(
      "FORBIDDEN",
      {
        ja: "改定案を変更・承認依頼・削除できるのは作成者だけです。",
        en: "Only the draft's author may edit it, ask for review or delete it.",
      },
      [],
      ctx.lang,
    );
  }
}

function requireDraft(ctx: ApiContext, row: VersionRecord) {
  if (row.status !== "draft") {
    throw new AppError(
      "CONFLICT",
      {
        ja: `この版は「${row.status}」のため変更できません。`,
        en: `This version is ${row.status} and cannot be changed.`,
      },
      [],
      ctx.lang,
    );
  }
}

/** Starts a draft from any computable version: a copy the author can edit. */
export async function createDraft(ctx: ApiContext, input: { fromVersionId: string }) {
  const viewer = requireRole(ctx, "legal");
  const source = await getVersion(ctx, input.fromVersionId);
  const content = contentOf(source);
  if (!content.terms) {
    throw badInput(ctx.lang, [
      {
        path: ["fromVersionId"],
        message: { ja: "本文のない版からは下書きを作れません", en: "a version without text cannot be drafted from" },
      },
    ]);
  }
  const today = tokyoDate(ctx.now());
  const label = `${today} 改定案 (${Date.now().toString(36)})`;
  const draft: TermsVersionDef = {
    ...content,
    version: label,
    effectiveFrom: today,
    effectiveTo: undefined,
    source: { ja: `${source.version} をもとにした改定案`, en: `Draft based on ${source.version}` },
  };
  return ctx.db.transaction(async (tx) => {
    const row = await insertDraft(tx, {
      serviceId: source.serviceId,
      version: label,
      effectiveFrom: today,
      contentHash: contentHash(draft),
      content: toJsonObject(draft),
      authorId: viewer.userId,
      basedOnId: source.id,
    });
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      organizationId: viewer.organizationId,
      action: "terms.draft",
      entityType: "terms_version",
      entityId: row.id,
      after: { basedOn: source.version },
    });
    return row;
  });
}

/** Path segments that would reach an object's prototype instead of its own data. */
const FORBIDDEN_SEGMENTS = new Set(["__proto__", "prototype", "constructor"]);

/** The segments of a path like "terms.fees[0].price.amountYen", or an error saying why it is not one. */
export function parseDraftPath(path: string): string[] {
  if (path.length === 0 || path.length > MAX_LENGTH.path)
    throw new Error(`a path of 1 to ${MAX_LENGTH.path} characters`);
  const keys = path.match(/[^.[\]]+/g) ?? [];
  if (keys.length === 0) throw new Error("an empty path");
  const forbidden = keys.find((k) => FORBIDDEN_SEGMENTS.has(k));
  if (forbidden) throw new Error(`"${forbidden}" is not a field of the terms`);
  return keys;
}

/**
 * Sets a value at a path inside a JSON object (a copy). Only the object's own properties are
 * followed, array positions must exist (or be the next one), and prototype segments are refused:
 * an edit can change the terms' data and nothing else.
 */
export function setAtPath(root: unknown, path: string, value: unknown): unknown {
  const keys = parseDraftPath(path);
  const copy = structuredClone(root) as Record<string, unknown>;
  let node: Record<string, unknown> | unknown[] = copy;
  keys.forEach((key, i) => {
    const last = i === keys.length - 1;
    let k: string | number = key;
    if (Array.isArray(node)) {
      if (!/^\d+$/.test(key) || Number(key) > node.length - (last ? 0 : 1))
        throw new Error(`no position ${key} at ${keys.slice(0, i).join(".")}`);
      k = Number(key);
    } else if (!last && !Object.hasOwn(node, key)) {
      throw new Error(`no object at ${keys.slice(0, i + 1).join(".")}`);
    }
    if (last) {
      Object.defineProperty(node, k, { value, enumerable: true, writable: true, configurable: true });
      return;
    }
    const next = (node as Record<string | number, unknown>)[k];
    if (next === null || typeof next !== "object") throw new Error(`no object at ${keys.slice(0, i + 1).join(".")}`);
    node = next as Record<string, unknown>;
  });
  return copy;
}

export interface UpdateDraftInput {
  id: string;
  /** The whole content (the JSON editor). */
  content?: unknown;
  /** Single values by path (the structured editor), applied after `content`. */
  sets?: { path: string; value: unknown }[] | null;
  version?: string | null;
  effectiveFrom?: string | null;
}

/**
 * Saves a draft. The content must pass the DSL's schema (problems are located at their path and
 * nothing is saved); lint findings are returned with the saved draft. Any edit withdraws a pending
 * request for approval.
 */
export async function updateDraft(
  ctx: ApiContext,
  input: UpdateDraftInput,
): Promise<{ row: VersionRecord; findings: Finding[] }> {
  const viewer = requireRole(ctx, "legal");
  checkText(ctx.lang, { version: { value: input.version, max: MAX_LENGTH.label } });
  checkDates(ctx.lang, { effectiveFrom: input.effectiveFrom });
  checkNoNul(ctx.lang, { content: input.content, sets: input.sets });
  const sets = input.sets ?? [];
  if (sets.length > MAX_DRAFT_SETS) {
    throw badInput(ctx.lang, [
      {
        path: ["sets"],
        message: {
          ja: `一度に変更できる値は ${MAX_DRAFT_SETS} 個までです`,
          en: `at most ${MAX_DRAFT_SETS} values at once`,
        },
      },
    ]);
  }
  if (
    input.content !== undefined &&
    input.content !== null &&
    (typeof input.content !== "object" || Array.isArray(input.content))
  ) {
    throw badInput(ctx.lang, [
      {
        path: ["content"],
        message: { ja: "規約の版の JSON オブジェクトで指定してください", en: "a terms version as a JSON object" },
      },
    ]);
  }
  const row = await getVersion(ctx, input.id);
  requireDraft(ctx, row);
  requireAuthor(ctx, row, viewer.userId);
  let content: unknown = input.content ?? row.content;
  const issues: LocatedIssue[] = [];
  for (const set of sets) {
    try {
      content = setAtPath(content, set.path, set.value);
    } catch (e) {
      const why = (e as Error).message;
      issues.push({
        path: set.path.slice(0, MAX_LENGTH.path).split("."),
        message: {
          ja: `この版にない項目のため変更できません（${why}）`,
          en: `this field is not part of this version and cannot be set (${why})`,
        },
      });
    }
  }
  const version = input.version?.trim() || row.version;
  const effectiveFrom = input.effectiveFrom ?? row.effectiveFrom;
  const horizon = requestHorizon(tokyoDate(ctx.now()));
  if (effectiveFrom > horizon) {
    issues.push({
      path: ["effectiveFrom"],
      message: {
        ja: `効力発生日は ${horizon} 以前にしてください`,
        en: `the effective date must be on or before ${horizon} (within ${REQUEST_HORIZON_YEARS} years)`,
      },
    });
  }
  content = { ...(content as object), version, effectiveFrom, effectiveTo: undefined };
  const parsed = termsVersionSchema.safeParse(content);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      issues.push({
        path: issue.path.map((p) => (typeof p === "number" ? p : String(p))),
        message: localiseDraftIssue(issue),
      });
  }
  if (issues.length > 0 || !parsed.success) throw badInput(ctx.lang, issues);
  const saved = await ctx.db.transaction(async (tx) => {
    const updated = await updateDraftContent(tx, row.id, {
      content: toJsonObject(parsed.data),
      contentHash: contentHash(parsed.data),
      version,
      effectiveFrom,
      updatedAt: ctx.now(),
    });
    if (!updated) throw new Error("draft vanished");
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      organizationId: viewer.organizationId,
      action: "terms.edit",
      entityType: "terms_version",
      entityId: row.id,
      before: { hash: row.contentHash },
      after: { hash: updated.contentHash },
    });
    return updated;
  });
  return { row: saved, findings: await lintDraft(ctx, saved) };
}

/** The author asks a second legal user to approve publishing the draft. */
export async function requestReview(ctx: ApiContext, id: string): Promise<VersionRecord> {
  const viewer = requireRole(ctx, "legal");
  const row = await getVersion(ctx, id);
  requireDraft(ctx, row);
  requireAuthor(ctx, row, viewer.userId);
  const errors = (await lintDraft(ctx, row)).filter((f) => f.severity === "error");
  if (errors.length > 0) {
    throw badInput(
      ctx.lang,
      errors.map((f) => ({ path: f.path.split("."), message: { ja: f.message, en: f.message } })),
    );
  }
  return ctx.db.transaction(async (tx) => {
    const updated = await markReviewRequested(tx, row.id, ctx.now());
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      organizationId: viewer.organizationId,
      action: "terms.request-review",
      entityType: "terms_version",
      entityId: row.id,
    });
    if (!updated) throw new Error("draft vanished");
    return updated;
  });
}

export async function deleteDraft(ctx: ApiContext, id: string): Promise<boolean> {
  const viewer = requireRole(ctx, "legal");
  const row = await getVersion(ctx, id);
  requireDraft(ctx, row);
  requireAuthor(ctx, row, viewer.userId);
  await ctx.db.transaction(async (tx) => {
    await deleteDraftRow(tx, row.id);
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      organizationId: viewer.organizationId,
      action: "terms.delete-draft",
      entityType: "terms_version",
      entityId: row.id,
      before: { version: row.version },
    });
  });
  return true;
}

/** The plain-language differences from version `a` to version `b` (any two, drafts included). */
export async function diffVersions(ctx: ApiContext, aId: string, bId: string): Promise<DiffLine[]> {
  const [a, b] = await Promise.all([getVersion(ctx, aId), getVersion(ctx, bId)]);
  const [ca, cb] = [contentOf(a), contentOf(b)];
  // A version the sources give only by its date has no text to compare: a located error, not a failure.
  const missing: LocatedIssue[] = [];
  if (!ca.terms)
    missing.push({
      path: ["a"],
      message: { ja: `「${a.version}」には本文がないため比較できません`, en: `"${a.version}" has no text to compare` },
    });
  if (!cb.terms)
    missing.push({
      path: ["b"],
      message: { ja: `「${b.version}」には本文がないため比較できません`, en: `"${b.version}" has no text to compare` },
    });
  if (missing.length > 0) throw badInput(ctx.lang, missing);
  return diffTerms(ca, cb);
}
