import { backends } from "@yakkan/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, graphql, signIn, startServer, type RunningServer } from "../helpers/server.js";

// Every operation × every role × own / other organisation. The contract and requests belong to
// Kyushu Logistics; Hakata Design is "another organisation".
const ACCOUNTS = {
  kyushuAdmin: "admin@kyushu-logistics.example",
  kyushuMember: "member@kyushu-logistics.example",
  hakataAdmin: "admin@hakata-design.example",
  staff: "staff@yakkan.example",
  legal: "legal@yakkan.example",
} as const;
type Who = keyof typeof ACCOUNTS | "anonymous";
const EVERYONE: Who[] = ["anonymous", "kyushuAdmin", "kyushuMember", "hakataAdmin", "staff", "legal"];

type Outcome = "ok" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

let keyCounter = 0;
const newKey = () => `test-key-${Date.now()}-${++keyCounter}`;

describe.each(backends())("authorisation on %s", (kind) => {
  let server: RunningServer;
  const cookies = new Map<Who, string>();
  let kyushuContract: string;
  let pendingRequest: string;

  const as = (who: Who): Record<string, string> => (who === "anonymous" ? {} : { cookie: cookies.get(who) ?? "" });
  const outcome = (result: { errors?: { extensions?: Record<string, unknown> }[] }): Outcome =>
    result.errors?.length ? (result.errors[0]?.extensions?.["code"] as Outcome) : "ok";

  beforeAll(async () => {
    server = await startServer(kind);
    for (const [who, email] of Object.entries(ACCOUNTS)) cookies.set(who as Who, await signIn(server, email));
    const list = await graphql<{ contracts: { nodes: { id: string; contractNumber: string }[] } }>(
      server,
      "{ contracts { nodes { id contractNumber } } }",
      {},
      as("kyushuAdmin"),
    );
    kyushuContract = list.data!.contracts.nodes.find((c) => c.contractNumber === "YK-FM-0001")!.id;
    const submitted = await graphql<{ submitCancellationRequest: { id: string } }>(
      server,
      `
        mutation ($i: SubmitCancellationRequestInput!) {
          submitCancellationRequest(input: $i) {
            id
          }
        }
      `,
      { i: { contractId: kyushuContract, desiredEndDate: "2027-05-31", idempotencyKey: newKey() } },
      as("kyushuAdmin"),
    );
    pendingRequest = submitted.data!.submitCancellationRequest.id;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("a wrong password and an unknown e-mail read the same", async () => {
    const wrong = await graphql(server, `mutation { signIn(email: "${ACCOUNTS.staff}", password: "nope") { id } }`);
    const unknown = await graphql(
      server,
      `
        mutation {
          signIn(email: "nobody@example.com", password: "nope") {
            id
          }
        }
      `,
    );
    expect(outcome(wrong)).toBe("UNAUTHENTICATED");
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it("pauses sign-in to an account after 5 failures, even with the right password", async () => {
    const email = ACCOUNTS.kyushuMember;
    for (let i = 0; i < 5; i++) {
      const r = await graphql(server, `mutation { signIn(email: "${email}", password: "wrong-${i}") { id } }`);
      expect(outcome(r)).toBe("UNAUTHENTICATED");
    }
    const right = await graphql(server, `mutation($p: String!) { signIn(email: "${email}", password: $p) { id } }`, {
      p: DEMO_PASSWORD,
    });
    expect(right.errors?.[0]?.extensions?.["code"]).toBe("TOO_MANY_ATTEMPTS");
    // The session opened before the failures still works.
    expect(outcome(await graphql(server, "{ contracts { nodes { id } } }", {}, as("kyushuMember")))).toBe("ok");
  });

  it("lists only the viewer's organisation's contracts to customers, all to staff and legal", async () => {
    const numbers = async (who: Who) => {
      const r = await graphql<{ contracts: { nodes: { contractNumber: string }[] } }>(
        server,
        "{ contracts { nodes { contractNumber } } }",
        {},
        as(who),
      );
      return r.errors ? outcome(r) : r.data!.contracts.nodes.map((c) => c.contractNumber);
    };
    expect(await numbers("anonymous")).toBe("UNAUTHENTICATED");
    expect(await numbers("kyushuAdmin")).toEqual(["YK-FM-0001", "YK-UTM-0002"]);
    expect(await numbers("kyushuMember")).toEqual(["YK-FM-0001", "YK-UTM-0002"]);
    expect(await numbers("hakataAdmin")).toEqual(["YK-FM-0003", "YK-SRV-0004"]);
    expect(await numbers("staff")).toHaveLength(7);
    expect(await numbers("legal")).toHaveLength(7);
  });

  const matrix: {
    operation: string;
    query: () => [string, Record<string, unknown>];
    expected: Record<Who, Outcome>;
  }[] = [
    {
      operation: "contract(id)",
      query: () => ["query($id: ID!) { contract(id: $id) { id } }", { id: kyushuContract }],
      expected: {
        anonymous: "UNAUTHENTICATED",
        kyushuAdmin: "ok",
        kyushuMember: "ok",
        hakataAdmin: "NOT_FOUND",
        staff: "ok",
        legal: "ok",
      },
    },
    {
      operation: "cancellationQuote(contractId)",
      query: () => [
        'query($id: ID!) { cancellationQuote(input: { contractId: $id, desiredEndDate: "2027-05-31" }) { total } }',
        { id: kyushuContract },
      ],
      expected: {
        anonymous: "UNAUTHENTICATED",
        kyushuAdmin: "ok",
        kyushuMember: "ok",
        hakataAdmin: "NOT_FOUND",
        staff: "ok",
        legal: "ok",
      },
    },
    {
      operation: "changeQuote(contractId)",
      query: () => [
        'query($id: ID!) { changeQuote(input: { contractId: $id, newParameters: { plan: "core", licenses: 1500, serverBandwidth: "300M", accessBandwidth: "300M" }, effectiveDate: "2027-04-01" }) { allowed } }',
        { id: kyushuContract },
      ],
      expected: {
        anonymous: "UNAUTHENTICATED",
        kyushuAdmin: "ok",
        kyushuMember: "ok",
        hakataAdmin: "NOT_FOUND",
        staff: "ok",
        legal: "ok",
      },
    },
    {
      operation: "request(id)",
      query: () => ["query($id: ID!) { request(id: $id) { id } }", { id: pendingRequest }],
      expected: {
        anonymous: "UNAUTHENTICATED",
        kyushuAdmin: "ok",
        kyushuMember: "ok",
        hakataAdmin: "NOT_FOUND",
        staff: "ok",
        legal: "ok",
      },
    },
    {
      operation: "auditTrail(request)",
      query: () => ["query($id: ID!) { auditTrail(entityId: $id) { action } }", { id: pendingRequest }],
      expected: {
        anonymous: "UNAUTHENTICATED",
        kyushuAdmin: "ok",
        kyushuMember: "ok",
        hakataAdmin: "ok",
        staff: "ok",
        legal: "ok",
      },
    },
    {
      operation: "submitCancellationRequest",
      query: () => [
        "mutation($i: SubmitCancellationRequestInput!) { submitCancellationRequest(input: $i) { id } }",
        { i: { contractId: kyushuContract, desiredEndDate: "2027-05-31", idempotencyKey: newKey() } },
      ],
      // kyushuAdmin: "ok" is covered by beforeAll; a second open cancellation is ALREADY_PENDING.
      expected: {
        anonymous: "UNAUTHENTICATED",
        kyushuAdmin: "ok",
        kyushuMember: "FORBIDDEN",
        hakataAdmin: "NOT_FOUND",
        staff: "FORBIDDEN",
        legal: "FORBIDDEN",
      },
    },
    {
      operation: "submitChangeRequest",
      query: () => [
        "mutation($i: SubmitChangeRequestInput!) { submitChangeRequest(input: $i) { id } }",
        {
          i: {
            contractId: kyushuContract,
            newParameters: { plan: "core", licenses: 1500, serverBandwidth: "300M", accessBandwidth: "300M" },
            effectiveDate: "2027-04-01",
            idempotencyKey: newKey(),
          },
        },
      ],
      expected: {
        anonymous: "UNAUTHENTICATED",
        kyushuAdmin: "ok",
        kyushuMember: "FORBIDDEN",
        hakataAdmin: "NOT_FOUND",
        staff: "FORBIDDEN",
        legal: "FORBIDDEN",
      },
    },
    {
      operation: "acceptRequest",
      query: () => [
        'mutation($id: ID!, $k: String!) { acceptRequest(requestId: $id, confirmationDate: "2030-01-01", idempotencyKey: $k) { id } }',
        { id: "00000000-0000-4000-8000-000000000000", k: newKey() },
      ],
      // staff reach the service, which answers NOT_FOUND for a request that does not exist.
      expected: {
        anonymous: "UNAUTHENTICATED",
        kyushuAdmin: "FORBIDDEN",
        kyushuMember: "FORBIDDEN",
        hakataAdmin: "FORBIDDEN",
        staff: "NOT_FOUND",
        legal: "FORBIDDEN",
      },
    },
    {
      operation: "rejectRequest",
      query: () => [
        'mutation($id: ID!, $k: String!) { rejectRequest(requestId: $id, reason: "x", idempotencyKey: $k) { id } }',
        { id: "00000000-0000-4000-8000-000000000000", k: newKey() },
      ],
      expected: {
        anonymous: "UNAUTHENTICATED",
        kyushuAdmin: "FORBIDDEN",
        kyushuMember: "FORBIDDEN",
        hakataAdmin: "FORBIDDEN",
        staff: "NOT_FOUND",
        legal: "FORBIDDEN",
      },
    },
    {
      operation: "completeRequest",
      query: () => [
        "mutation($id: ID!, $k: String!) { completeRequest(requestId: $id, idempotencyKey: $k) { id } }",
        { id: "00000000-0000-4000-8000-000000000000", k: newKey() },
      ],
      expected: {
        anonymous: "UNAUTHENTICATED",
        kyushuAdmin: "FORBIDDEN",
        kyushuMember: "FORBIDDEN",
        hakataAdmin: "FORBIDDEN",
        staff: "NOT_FOUND",
        legal: "FORBIDDEN",
      },
    },
    {
      operation: "impactProgress (legal only)",
      query: () => [
        "query($id: ID!) { impactProgress(versionId: $id) { done total } }",
        { id: "00000000-0000-4000-8000-000000000000" },
      ],
      expected: {
        anonymous: "UNAUTHENTICATED",
        kyushuAdmin: "FORBIDDEN",
        kyushuMember: "FORBIDDEN",
        hakataAdmin: "FORBIDDEN",
        staff: "FORBIDDEN",
        legal: "ok",
      },
    },
    {
      operation: "withdrawRequest (another organisation's)",
      query: () => [
        "mutation($id: ID!, $k: String!) { withdrawRequest(requestId: $id, idempotencyKey: $k) { id } }",
        { id: pendingRequest, k: newKey() },
      ],
      // kyushuAdmin is left out: withdrawing for real is tested below.
      expected: {
        anonymous: "UNAUTHENTICATED",
        kyushuAdmin: "ok",
        kyushuMember: "FORBIDDEN",
        hakataAdmin: "NOT_FOUND",
        staff: "FORBIDDEN",
        legal: "FORBIDDEN",
      },
    },
  ];

  for (const { operation, query, expected } of matrix) {
    it(`${operation}: ${Object.entries(expected)
      .map(([w, o]) => `${w} → ${o}`)
      .join(", ")}`, async () => {
      const skip = new Set<Who>(
        operation.startsWith("submitCancellation") || operation.startsWith("withdraw") ? ["kyushuAdmin"] : [],
      );
      for (const who of EVERYONE) {
        if (skip.has(who)) continue;
        const [q, variables] = query();
        expect(outcome(await graphql(server, q, variables, as(who))), who).toBe(expected[who]);
      }
    });
  }

  // The portal's loaders and actions, called as Remix data requests (?_data=<route id>), are
  // authorised like the API: a redirect to sign in, 404 for what is not yours or not your role's.
  type PortalOutcome = "ok" | "sign-in" | "404";
  const portal = async (
    who: Who,
    path: string,
    init: { method?: string; body?: string } = {},
  ): Promise<{ outcome: PortalOutcome; text: string }> => {
    const response = await fetch(`${server.url}${path}`, {
      method: init.method ?? "GET",
      redirect: "manual",
      headers: {
        ...as(who),
        origin: server.url,
        ...(init.body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      ...(init.body ? { body: init.body } : {}),
    });
    const text = await response.text();
    const redirect = response.headers.get("x-remix-redirect") ?? "";
    // ?_data answers a redirect in a header, single fetch (.data) in its encoded body.
    if (redirect.startsWith("/login") || (response.status === 202 && text.includes('"/login?redirectTo=')))
      return { outcome: "sign-in", text };
    if (response.status === 404) return { outcome: "404", text };
    expect(response.status, `${who} ${path}: ${text.slice(0, 200)}`).toBe(200);
    return { outcome: "ok", text };
  };
  const data = (path: string, routeId: string) => `${path}?_data=${encodeURIComponent(routeId)}`;
  /** An action both ways the portal's clients post: legacy ?_data and single fetch's .data (whose body says why). */
  const action = async (who: Who, path: string, routeId: string, body: () => string) => {
    const legacy = await portal(who, data(path, routeId), { method: "POST", body: body() });
    const single = await portal(who, `${path}.data`, { method: "POST", body: body() });
    expect(single.outcome, `${who} ${path}`).toBe(legacy.outcome);
    return single;
  };

  const loaders: { page: string; path: () => string; expected: Record<Who, PortalOutcome> }[] = [
    {
      page: "contract page",
      path: () => data(`/contracts/${kyushuContract}`, "routes/contracts.$contractId._index"),
      expected: {
        anonymous: "sign-in",
        kyushuAdmin: "ok",
        kyushuMember: "ok",
        hakataAdmin: "404",
        staff: "ok",
        legal: "ok",
      },
    },
    {
      page: "cancellation page",
      path: () => data(`/contracts/${kyushuContract}/cancel`, "routes/contracts.$contractId.cancel"),
      expected: {
        anonymous: "sign-in",
        kyushuAdmin: "ok",
        kyushuMember: "ok",
        hakataAdmin: "404",
        staff: "ok",
        legal: "ok",
      },
    },
    {
      page: "request page",
      path: () => data(`/requests/${pendingRequest}`, "routes/requests.$requestId"),
      expected: {
        anonymous: "sign-in",
        kyushuAdmin: "ok",
        kyushuMember: "ok",
        hakataAdmin: "404",
        staff: "ok",
        legal: "ok",
      },
    },
    {
      page: "staff queue",
      path: () => data("/staff/requests", "routes/staff.requests._index"),
      expected: {
        anonymous: "sign-in",
        kyushuAdmin: "404",
        kyushuMember: "404",
        hakataAdmin: "404",
        staff: "ok",
        legal: "404",
      },
    },
    {
      page: "legal console",
      path: () => data("/legal", "routes/legal._index"),
      expected: {
        anonymous: "sign-in",
        kyushuAdmin: "404",
        kyushuMember: "404",
        hakataAdmin: "404",
        staff: "404",
        legal: "ok",
      },
    },
  ];
  for (const { page, path, expected } of loaders) {
    it(`portal loader (?_data) ${page}: ${Object.entries(expected)
      .map(([w, o]) => `${w} → ${o}`)
      .join(", ")}`, async () => {
      for (const who of EVERYONE) expect((await portal(who, path())).outcome, who).toBe(expected[who]);
    });
  }

  it("portal single-fetch data (.data) of another organisation's contract carries none of it", async () => {
    const own = await fetch(`${server.url}/contracts/${kyushuContract}.data`, { headers: as("kyushuAdmin") });
    expect(await own.text()).toContain("YK-FM-0001");
    const other = await fetch(`${server.url}/contracts/${kyushuContract}.data`, { headers: as("hakataAdmin") });
    expect(await other.text()).not.toContain("YK-FM-0001");
  });

  it("portal actions (?_data and .data): a cancellation by a member, staff, legal or another organisation writes nothing", async () => {
    const before = (await graphql<{ requests: unknown[] }>(server, "{ requests { id } }", {}, as("staff"))).data!
      .requests.length;
    const cancel = (who: Who) =>
      action(who, `/contracts/${kyushuContract}/cancel`, "routes/contracts.$contractId.cancel", () =>
        new URLSearchParams({ desiredEndDate: "2027-06-30", idempotencyKey: newKey() }).toString(),
      );
    expect((await cancel("anonymous")).outcome).toBe("sign-in");
    expect((await cancel("hakataAdmin")).outcome).toBe("404");
    for (const who of ["kyushuMember", "staff", "legal"] as const)
      expect((await cancel(who)).text, who).toContain("この操作を行う権限がありません");
    expect(
      (await graphql<{ requests: unknown[] }>(server, "{ requests { id } }", {}, as("staff"))).data!.requests.length,
    ).toBe(before);
  });

  it("portal actions (?_data and .data): only staff accept a request; anyone else's attempt changes nothing", async () => {
    const accept = (who: Who) =>
      action(who, `/requests/${pendingRequest}`, "routes/requests.$requestId", () =>
        new URLSearchParams({ intent: "accept", confirmationDate: "2026-12-01", idempotencyKey: newKey() }).toString(),
      );
    expect((await accept("anonymous")).outcome).toBe("sign-in");
    for (const who of ["kyushuAdmin", "kyushuMember", "hakataAdmin", "legal"] as const)
      expect((await accept(who)).text, who).toContain("この操作を行う権限がありません");
    const status = await graphql<{ request: { status: string } }>(
      server,
      "query($id: ID!) { request(id: $id) { status } }",
      { id: pendingRequest },
      as("staff"),
    );
    expect(status.data?.request.status).toBe("pending");
  });

  describe("four eyes", () => {
    let legal2: string;
    let draftId: string;
    const mutate = (cookie: string, query: string, variables: Record<string, unknown>) =>
      graphql(server, query, variables, { cookie });

    beforeAll(async () => {
      legal2 = await signIn(server, "legal2@yakkan.example");
      const versions = await graphql<{ termsVersions: { id: string; version: string }[] }>(
        server,
        '{ termsVersions(serviceId: "utm-support") { id version } }',
        {},
        as("legal"),
      );
      const [source] = versions.data!.termsVersions;
      const created = await graphql<{ createDraft: { id: string } }>(
        server,
        "mutation($id: ID!) { createDraft(fromVersionId: $id) { id } }",
        { id: source!.id },
        as("legal"),
      );
      draftId = created.data!.createDraft.id;
    });

    it("lets only the author edit, ask for review and delete a draft", async () => {
      const edit = await mutate(
        legal2,
        "mutation($i: UpdateDraftInput!) { updateDraft(input: $i) { version { id } } }",
        { i: { id: draftId, version: "legal2 was here" } },
      );
      expect(outcome(edit)).toBe("FORBIDDEN");
      expect(
        outcome(await mutate(legal2, "mutation($id: ID!) { requestReview(id: $id) { id } }", { id: draftId })),
      ).toBe("FORBIDDEN");
      expect(outcome(await mutate(legal2, "mutation($id: ID!) { deleteDraft(id: $id) }", { id: draftId }))).toBe(
        "FORBIDDEN",
      );
      const page = await portal("legal", data(`/legal/versions/${draftId}`, "routes/legal.versions.$versionId._index"));
      expect(page.text).not.toContain("legal2 was here");
    });

    it("lets only the author edit through the portal too (?_data action): the content stays as it was", async () => {
      const before = await graphql<{ termsVersion: { contentHash: string } }>(
        server,
        "query($id: ID!) { termsVersion(id: $id) { contentHash } }",
        { id: draftId },
        as("legal"),
      );
      for (const path of [
        data(`/legal/versions/${draftId}`, "routes/legal.versions.$versionId._index"),
        `/legal/versions/${draftId}.data`,
      ]) {
        const response = await fetch(`${server.url}${path}`, {
          method: "POST",
          headers: { cookie: legal2, origin: server.url, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ intent: "save-json", json: '{"version":"x"}' }).toString(),
        });
        expect(response.status).toBe(200);
        if (path.endsWith(".data")) expect(await response.text()).toContain("作成者だけ");
      }
      const after = await graphql<{ termsVersion: { contentHash: string } }>(
        server,
        "query($id: ID!) { termsVersion(id: $id) { contentHash } }",
        { id: draftId },
        as("legal"),
      );
      expect(after.data?.termsVersion.contentHash).toBe(before.data?.termsVersion.contentHash);
    });

    it("refuses the author's own approval and accepts a second legal user's", async () => {
      expect(
        outcome(
          await mutate(cookies.get("legal")!, "mutation($id: ID!) { requestReview(id: $id) { id } }", { id: draftId }),
        ),
      ).toBe("ok");
      const publish = "mutation($id: ID!, $k: String!) { approveAndPublish(id: $id, idempotencyKey: $k) { status } }";
      expect(outcome(await mutate(cookies.get("legal")!, publish, { id: draftId, k: newKey() }))).toBe("FORBIDDEN");
      // The draft is not computable under this clock's terms (its effective date is today) but the
      // four-eyes checks come first: a second legal user is allowed to try.
      expect(outcome(await mutate(legal2, publish, { id: draftId, k: newKey() }))).not.toBe("FORBIDDEN");
    });
  });

  it("hides other organisations' requests from lists", async () => {
    const r = await graphql<{ requests: { id: string }[] }>(server, "{ requests { id } }", {}, as("hakataAdmin"));
    expect(r.data?.requests.map((x) => x.id)).not.toContain(pendingRequest);
  });

  it("changes a password: the old one stops working and the user's other sessions end", async () => {
    // legal2 is in no other test of this file, so ending its sessions disturbs nothing else.
    const LEGAL2 = "legal2@yakkan.example";
    const [first, second] = [await signIn(server, LEGAL2), await signIn(server, LEGAL2)];
    const change = (cookie: string, current: string, next: string) =>
      graphql(
        server,
        "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }",
        { c: current, n: next },
        { cookie },
      );
    const short = await change(first, DEMO_PASSWORD, "short");
    expect((short.errors?.[0]?.extensions?.["issues"] as { path: string[] }[])[0]?.path).toEqual(["newPassword"]);
    expect(outcome(await change(first, DEMO_PASSWORD, "a-much-longer-password"))).toBe("ok");
    expect(outcome(await graphql(server, "{ contracts { nodes { id } } }", {}, { cookie: first }))).toBe("ok");
    expect(outcome(await graphql(server, "{ contracts { nodes { id } } }", {}, { cookie: second }))).toBe(
      "UNAUTHENTICATED",
    );
    const old = await graphql(server, `mutation($p: String!) { signIn(email: "${LEGAL2}", password: $p) { id } }`, {
      p: DEMO_PASSWORD,
    });
    expect(outcome(old)).toBe("UNAUTHENTICATED");
    expect(await signIn(server, LEGAL2, "a-much-longer-password")).toContain("yakkan_session=");
  });

  it("ends the session on sign-out", async () => {
    const cookie = await signIn(server, ACCOUNTS.staff);
    await graphql(server, "mutation { signOut }", {}, { cookie });
    expect(outcome(await graphql(server, "{ contracts { nodes { id } } }", {}, { cookie }))).toBe("UNAUTHENTICATED");
  });
});
