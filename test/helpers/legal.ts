import { tokyoDay } from "./dates.js";
import { graphql, signIn } from "./server.js";

/**
 * The legal workflow over GraphQL, as tests drive it: draft from a version, edit, request review,
 * approve and publish (by a second legal user: nobody approves their own draft). Each step returns
 * what the API answered, so a test asserts on the step it is about.
 */

type Server = { url: string };
type Result<T> = Awaited<ReturnType<typeof graphql<T>>>;

/** Both legal users' session cookies: the author of a draft, and the one who approves it. */
export async function signInLegal(server: Server): Promise<{ legal: string; legal2: string }> {
  const [legal, legal2] = await Promise.all([
    signIn(server, "legal@yakkan.example"),
    signIn(server, "legal2@yakkan.example"),
  ]);
  return { legal, legal2 };
}

/** The terms_versions id of a service's version, by its label. */
export async function versionIdOf(server: Server, cookie: string, serviceId: string, version: string): Promise<string> {
  const versions = await graphql<{ termsVersions: { id: string; version: string }[] }>(
    server,
    "query($s: ID) { termsVersions(serviceId: $s) { id version } }",
    { s: serviceId },
    { cookie },
  );
  const found = versions.data?.termsVersions.find((v) => v.version === version);
  if (!found) throw new Error(`no version "${version}" of ${serviceId}: ${JSON.stringify(versions)}`);
  return found.id;
}

/** Creates a draft from a version and returns its id. */
export async function createDraft(server: Server, cookie: string, fromVersionId: string): Promise<string> {
  const created = await graphql<{ createDraft: { id: string } }>(
    server,
    "mutation($id: ID!) { createDraft(fromVersionId: $id) { id } }",
    { id: fromVersionId },
    { cookie },
  );
  const id = created.data?.createDraft.id;
  if (!id) throw new Error(`createDraft failed: ${JSON.stringify(created.errors)}`);
  return id;
}

export interface DraftEdit {
  version?: string;
  effectiveFrom?: string;
  sets?: { path: string; value: unknown }[];
}

/** Saves an edit of a draft (updateDraft). */
export function updateDraft(server: Server, cookie: string, id: string, edit: DraftEdit): Promise<Result<unknown>> {
  return graphql(
    server,
    "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { version { id } } }",
    { i: { id, ...edit } },
    { cookie },
  );
}

/** Submits a draft for review. */
export function requestReview(server: Server, cookie: string, id: string): Promise<Result<unknown>> {
  return graphql(server, "mutation($id: ID!) { requestReview(id: $id) { id } }", { id }, { cookie });
}

/** Approves and publishes a draft under review; `reason` is the notice override (民法548条の4). */
export function approveAndPublish(
  server: Server,
  cookie: string,
  id: string,
  idempotencyKey: string,
  reason: string | null = null,
): Promise<Result<{ approveAndPublish: { status: string } }>> {
  return graphql(
    server,
    "mutation($id: ID!, $k: String!, $r: String) { approveAndPublish(id: $id, idempotencyKey: $k, noticeOverrideReason: $r) { status } }",
    { id, k: idempotencyKey, r: reason },
    { cookie },
  );
}

/**
 * The whole change: a draft of `fromVersion` edited as given, reviewed by `legal`, approved and
 * published by `legal2`. Returns the draft's id and publication's answer.
 */
export async function publishChange(
  server: Server,
  cookies: { legal: string; legal2: string },
  change: DraftEdit & { serviceId: string; fromVersion: string; idempotencyKey: string; reason?: string | null },
): Promise<{ id: string; published: Result<{ approveAndPublish: { status: string } }> }> {
  const { serviceId, fromVersion, idempotencyKey, reason, ...edit } = change;
  const id = await createDraft(server, cookies.legal, await versionIdOf(server, cookies.legal, serviceId, fromVersion));
  const saved = await updateDraft(server, cookies.legal, id, edit);
  if (saved.errors) throw new Error(`updateDraft failed: ${JSON.stringify(saved.errors)}`);
  const reviewed = await requestReview(server, cookies.legal, id);
  if (reviewed.errors) throw new Error(`requestReview failed: ${JSON.stringify(reviewed.errors)}`);
  return { id, published: await approveAndPublish(server, cookies.legal2, id, idempotencyKey, reason ?? null) };
}

/**
 * The change the staleness tests publish: Flex Mobility's notice period becomes 90 days, in force
 * today (under the minimum notice period, so publishing it needs a reason).
 */
export function ninetyDaysNoticeFromToday() {
  return {
    serviceId: "qtpro-flex-mobility",
    fromVersion: "2022-05-09 改訂",
    version: `${tokyoDay(0)} 改訂`,
    effectiveFrom: tokyoDay(0),
    sets: [{ path: "terms.cancellation.notice.amount", value: 90 }],
  };
}
