import postgres from "postgres";
import { backends, createTestDatabase, type TestDatabase } from "@yakkan/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "../helpers/server.js";
import { startSupervised, type Supervised } from "../helpers/supervised.js";

/**
 * The crash test: bursts of change requests, the server killed with SIGKILL in the middle of each
 * burst, restarted by `pnpm start`'s supervisor, every unanswered submission replayed with its
 * idempotency key. At the end every acknowledged request exists exactly once and no key made two.
 * PostgreSQL only (the embedded PGlite is one process's file; CI runs PostgreSQL).
 */
const CYCLES = Number(process.env["CRASH_CYCLES"] ?? 10);
const BURST = 12;
const SUBMIT = "mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id } }";

interface Submission {
  key: string;
  licenses: number;
  /** The request id of the first acknowledgement. */
  ackedId?: string;
  /** Answered before the kill, in its burst's first attempt. */
  answeredFirstTime?: boolean;
}

describe.runIf(backends().includes("postgres"))("kill -9 in the middle of submissions (PostgreSQL)", () => {
  let database: TestDatabase;
  let supervised: Supervised;
  let cookie: string;
  let contractId: string;
  const submissions: Submission[] = [];

  beforeAll(async () => {
    database = await createTestDatabase("postgres");
    supervised = await startSupervised({
      ...database.env,
      SUPERVISOR_FIRST_PAUSE_MS: "100",
      SUPERVISOR_LONGEST_PAUSE_MS: "400",
    });
    cookie = await signIn(supervised, "admin@kyushu-logistics.example");
    const list = await fetch(`${supervised.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query: "{ contracts { nodes { id contractNumber } } }" }),
    });
    const body = (await list.json()) as { data: { contracts: { nodes: { id: string; contractNumber: string }[] } } };
    contractId = body.data.contracts.nodes.find((c) => c.contractNumber === "YK-FM-0001")!.id;
  }, 120_000);
  afterAll(async () => {
    await supervised?.stop();
    await database?.drop();
  });

  /** One attempt: the request id when the server acknowledged it, else undefined (no answer, or not committed). */
  async function attempt(s: Submission): Promise<string | undefined> {
    try {
      const response = await fetch(`${supervised.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({
          query: SUBMIT,
          variables: {
            i: {
              contractId,
              newParameters: { plan: "core", licenses: s.licenses, serverBandwidth: "300M", accessBandwidth: "300M" },
              effectiveDate: "2027-04-01",
              idempotencyKey: s.key,
            },
          },
        }),
      });
      const body = (await response.json()) as { data?: { submitChangeRequest?: { id: string } } | null };
      return body.data?.submitChangeRequest?.id;
    } catch {
      return undefined;
    }
  }

  async function replayUntilAcknowledged(pending: Submission[]) {
    for (let round = 0; pending.some((s) => !s.ackedId); round++) {
      if (round > 20)
        throw new Error(
          `submissions never acknowledged: ${pending
            .filter((s) => !s.ackedId)
            .map((s) => s.key)
            .join(", ")}`,
        );
      await Promise.all(
        pending
          .filter((s) => !s.ackedId)
          .map(async (s) => {
            s.ackedId = await attempt(s);
          }),
      );
    }
  }

  /** Change requests in the database, read as the schema owner in the maintenance context (RLS binds the owner too). */
  async function changeRequestCount(): Promise<number> {
    const sql = postgres(database.env["MIGRATION_DATABASE_URL"]!, { max: 1, onnotice: () => {} });
    try {
      return await sql.begin(async (tx) => {
        await tx`select set_config('yakkan.role', 'system', true)`;
        const [row] = await tx<{ n: number }[]>`select count(*)::int as n from requests where kind = 'change'`;
        return row?.n ?? 0;
      });
    } finally {
      await sql.end();
    }
  }

  it(`loses and duplicates nothing over ${CYCLES} cycles of kill -9, supervisor restart and replay`, async () => {
    let pid = supervised.serverPids().at(-1)!;
    let committedUnanswered = 0;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const burst = Array.from({ length: BURST }, (_, i): Submission => ({
        key: `crash-${cycle}-${i}-${Date.now()}`,
        licenses: 1201 + submissions.length + i,
      }));
      submissions.push(...burst);
      let firstAnswer: () => void = () => {};
      const answered = new Promise<void>((resolve) => (firstAnswer = resolve));
      const inFlight = burst.map(async (s) => {
        s.ackedId = await attempt(s);
        s.answeredFirstTime = s.ackedId !== undefined;
        if (s.answeredFirstTime) firstAnswer();
      });
      // Kill while the burst is being processed, once its first answer is out: some answered, some
      // committed but unanswered, some not begun.
      await Promise.race([answered, new Promise((r) => setTimeout(r, 2_000))]);
      await new Promise((r) => setTimeout(r, (cycle * 7) % 25));
      process.kill(pid, "SIGKILL");
      await Promise.all(inFlight);
      committedUnanswered += (await changeRequestCount()) - submissions.filter((s) => s.ackedId).length;
      pid = await supervised.waitForServer(pid);
      await replayUntilAcknowledged(submissions);
    }
    const unanswered = submissions.filter((s) => !s.answeredFirstTime).length;
    console.info(
      `crash test: ${CYCLES} kills, ${submissions.length} submissions: ${submissions.length - unanswered} answered before the kill, ` +
        `${unanswered} unanswered and replayed (${committedUnanswered} of them committed before the kill, replayed from their idempotency key)`,
    );
    // The kills interrupted work in flight, and came after some answers (else this would test little).
    expect(unanswered).toBeGreaterThan(0);
    expect(submissions.length - unanswered).toBeGreaterThan(0);
    // Every key once more: each replays its first answer.
    const again = await Promise.all(submissions.map((s) => attempt(s)));
    expect(again).toEqual(submissions.map((s) => s.ackedId));

    // As the schema owner, in the maintenance context (row-level security binds the owner too).
    const sql = postgres(database.env["MIGRATION_DATABASE_URL"]!, { max: 1, onnotice: () => {} });
    try {
      const [requests, keys] = await sql.begin(async (tx) => {
        await tx`select set_config('yakkan.role', 'system', true)`;
        return [
          await tx<{ id: string }[]>`select id from requests where kind = 'change'`,
          await tx<
            { key: string; id: string | null }[]
          >`select key, response->>'id' as id from idempotency_keys where operation = 'submitChangeRequest'`,
        ] as const;
      });
      const ids = new Set(requests.map((r) => r.id));
      // 0 lost: every acknowledged request is there.
      expect(submissions.filter((s) => !ids.has(s.ackedId!))).toEqual([]);
      // 0 duplicated: one request per submission, one key per request.
      expect(requests.length).toBe(submissions.length);
      expect(new Set(submissions.map((s) => s.ackedId)).size).toBe(submissions.length);
      expect(keys.length).toBe(submissions.length);
      expect(keys.every((k) => k.id !== null && ids.has(k.id))).toBe(true);
    } finally {
      await sql.end();
    }
    expect(supervised.serverPids().length).toBe(CYCLES + 1);
    expect(supervised.output()).toMatch(
      /\[supervisor .*\] the server \(pid \d+\) was killed by SIGKILL after \d+ s; restarting in/,
    );
  }, 300_000);
});
