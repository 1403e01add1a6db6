import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import { createApi, type Api } from "@yakkan/api";
import express from "express";
import { parseEnv, type Env } from "./env.js";
import { coalescedFlushes, compressLargeAnswers } from "./gzip.js";
import { portalLang, portalRateLimits, sameOriginWrites, securityHeaders, timeBudget } from "./security.js";
import { startEventLoopWatchdog } from "./watchdog.js";

/**
 * The one process: GraphQL at /graphql, /healthz, and the Remix portal, on one port.
 * Production serves the built portal (build/); development runs Vite in middleware mode.
 */
let env: Env;
try {
  env = parseEnv(process.env);
} catch (error) {
  console.error((error as Error).message);
  // EX_CONFIG: the supervisor does not restart a server whose configuration is wrong.
  process.exit(78);
}
const webRoot = fileURLToPath(new URL(import.meta.url.includes("/dist/") ? "../" : "./", import.meta.url));
const production = env.NODE_ENV === "production";
const development = env.NODE_ENV === "development";

startEventLoopWatchdog(env.EVENT_LOOP_STALL_MS);

let listeningPort: number = env.PORT;
const api = await createApi({
  databaseUrl: env.DATABASE_URL,
  migrationDatabaseUrl: env.MIGRATION_DATABASE_URL,
  dataDir: env.DATA_DIR,
  seedDemo: env.SEED_DEMO === "true",
  secureCookies: env.SECURE_COOKIES ? env.SECURE_COOKIES === "true" : production,
  production,
  introspection: env.GRAPHQL_INTROSPECTION === "true",
  rateLimits: {
    signInFailures: env.RATE_LIMIT_SIGN_IN_FAILURES,
    signInPerAddress: env.RATE_LIMIT_SIGN_IN_PER_ADDRESS,
    signInWindowSeconds: env.RATE_LIMIT_SIGN_IN_WINDOW_SECONDS,
    quotesPerMinute: env.RATE_LIMIT_QUOTES_PER_MINUTE,
    expensivePerMinute: env.RATE_LIMIT_EXPENSIVE_PER_MINUTE,
  },
  // Links in mails and calendar feeds: PUBLIC_ORIGIN, or this server on localhost once it listens.
  publicOrigin: () => env.PUBLIC_ORIGIN ?? `http://localhost:${listeningPort}`,
  mail: {
    smtpUrl: env.SMTP_URL,
    from: env.MAIL_FROM,
    maxAttempts: env.MAIL_MAX_ATTEMPTS,
    retryBaseMs: env.MAIL_RETRY_BASE_SECONDS * 1000,
    leaseMs: env.MAIL_LEASE_SECONDS * 1000,
  },
  reminderIntervalMs: env.REMINDER_INTERVAL_MINUTES * 60_000,
  backgroundJobs: true,
  termsChangeMinNoticeDays: env.TERMS_CHANGE_MIN_NOTICE_DAYS,
});

const app = express();
app.disable("x-powered-by");
if (env.TRUST_PROXY) app.set("trust proxy", /^\d+$/.test(env.TRUST_PROXY) ? Number(env.TRUST_PROXY) : env.TRUST_PROXY);
app.use(timeBudget(env.REQUEST_TIMEOUT_MS));
app.use(securityHeaders({ production, development }));
app.use(sameOriginWrites(env.PUBLIC_ORIGIN));
// Small answers (a quote is about 1.5 KB of JSON) go uncompressed: a gzip stream per response cost
// more CPU than the bytes it saved (docs/benchmarks.md, "Request path"). Pages are larger and still are.
app.use(compressLargeAnswers());
app.use(coalescedFlushes);
app.use(api.router);

let build: ServerBuild | (() => Promise<ServerBuild>);
if (development) {
  const vite = await import("vite");
  const devServer = await vite.createServer({ root: webRoot, server: { middlewareMode: true } });
  app.use(devServer.middlewares);
  build = () => devServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
} else {
  const serverBuild = `${webRoot}build/server/index.js`;
  if (!existsSync(serverBuild)) {
    throw new Error(`The portal is not built (${serverBuild} is missing): run "pnpm build" first.`);
  }
  app.use("/assets", express.static(`${webRoot}build/client/assets`, { immutable: true, maxAge: "1y" }));
  // Only paths under what build/client holds reach the file system: a page (every other path) was
  // looked up there first (two system calls per page).
  const clientFiles = new Set(readdirSync(`${webRoot}build/client`));
  const files = express.static(`${webRoot}build/client`, { maxAge: "1h" });
  app.use((req, res, next) => {
    if (clientFiles.has(decodeURIComponentSafe(req.path.split("/")[1] ?? ""))) files(req, res, next);
    else next();
  });
  build = (await import(serverBuild)) as ServerBuild;
}

app.use(portalRateLimits(api, portalLang));
const handleRequest = createRequestHandler({
  build,
  mode: development ? "development" : "production",
  getLoadContext: (req, res) => ({
    api: req.method === "GET" ? oneContextPerRequest(api) : api,
    cspNonce: String(res.locals["cspNonce"]),
    clientAddress: req.ip ?? "unknown",
  }),
});
// Express 4 does not await a handler: a rejection goes to the error middleware, never unhandled.
app.all("*", (req, res, next) => {
  handleRequest(req, res, next).catch(next);
});

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * A page's loaders (the root's and the route's) run side by side for one GET and each asks for the
 * API as the visitor: they share one (one session lookup, one terms snapshot per page). Requests
 * that run an action do not, so loaders after a write see its effects.
 */
function oneContextPerRequest(api: Api): Api {
  const made = new Map<string, ReturnType<Api["forRequest"]>>();
  return {
    ...api,
    forRequest(options) {
      const key = `${options.lang}|${options.sessionToken ?? ""}|${options.clientAddress}`;
      let request = made.get(key);
      if (!request) made.set(key, (request = api.forRequest(options)));
      return request;
    },
  };
}

const server = app.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  listeningPort = port;
  console.info(
    `Yakkan listening on http://localhost:${port} (pid ${process.pid}, database: ${api.db.kind}, ${api.db.location})`,
  );
});
// Slow clients: the whole request must arrive within 30 s, its headers within 20 s.
server.requestTimeout = 30_000;
server.headersTimeout = 20_000;

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.info(`${signal}: shutting down`);
  server.close();
  server.closeAllConnections();
  // PGlite must be closed cleanly or its data directory may need recovery on the next start.
  await api.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
