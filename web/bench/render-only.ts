// The portal with its data layer taken away, for measuring what the page's rendering alone costs
// (issue 12: the contract page's p99 at 10 connections). Not the product: a benchmark server, run by
// `api/bench/page-ab.ts` as one side of a paired comparison with the production server:
//
//   tsx bench/page-ab.ts ../web/dist/server.js ../web/bench/render-only.ts
//
// It serves the same portal build through the same Remix request handler and entry (React's
// streaming render, Remix's data serialisation), with every loader's first answer for a URL and
// visitor remembered and given again: after the first page no session lookup, no database read and
// no engine work happen. What is left is Express, Remix and React, and (BENCH_RENDER_GZIP=1) the
// production server's compression with its coalesced flushes. No security headers, time budget or
// rate limits. GraphQL is served as in production (the bench signs in through it).
import type { LoaderFunctionArgs, ServerBuild } from "@remix-run/node";
import { createRequestHandler } from "@remix-run/express";
import { createApi } from "@yakkan/api";
import express from "express";
import { parseEnv } from "../env.js";
import { coalescedFlushes, compressLargeAnswers } from "../gzip.js";

const env = parseEnv(process.env);
const api = await createApi({
  databaseUrl: env.DATABASE_URL,
  migrationDatabaseUrl: env.MIGRATION_DATABASE_URL,
  dataDir: env.DATA_DIR,
  seedDemo: env.SEED_DEMO === "true",
  secureCookies: false,
  production: true,
  backgroundJobs: false,
});
const build = (await import(new URL("../build/server/index.js", import.meta.url).href)) as ServerBuild;

const remembered = new Map<string, unknown>();
const routes: ServerBuild["routes"] = {};
for (const [id, route] of Object.entries(build.routes)) {
  const loader = route.module.loader;
  routes[id] = !loader
    ? route
    : {
        ...route,
        module: {
          ...route.module,
          loader: async (args: LoaderFunctionArgs) => {
            const key = `${id} ${args.request.url} ${args.request.headers.get("cookie") ?? ""}`;
            if (remembered.has(key)) return remembered.get(key);
            const answer: unknown = await loader(args);
            // Redirects and other responses are answered afresh (a Response's body is read once).
            if (!(answer instanceof Response)) remembered.set(key, answer);
            return answer;
          },
        },
      };
}

const app = express();
app.disable("x-powered-by");
if (process.env["BENCH_RENDER_GZIP"] === "1") {
  app.use(compressLargeAnswers());
  app.use(coalescedFlushes);
}
app.use(api.router);
const handleRequest = createRequestHandler({
  build: { ...build, routes },
  mode: "production",
  getLoadContext: (req) => ({ api, cspNonce: "bench", clientAddress: req.ip ?? "unknown" }),
});
app.all("*", (req, res, next) => {
  handleRequest(req, res, next).catch(next);
});

const server = app.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  console.info(`render-only portal listening on http://localhost:${port}`);
});
process.on("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  void api.close().then(() => process.exit(0));
});
