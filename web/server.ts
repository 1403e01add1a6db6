import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import { createApi } from "@yakkan/api";
import compression from "compression";
import express from "express";
import { parseEnv } from "./env.js";

/**
 * The one process: GraphQL at /graphql, /healthz, and the Remix portal, on one port.
 * Production serves the built portal (build/); development runs Vite in middleware mode.
 */
const env = parseEnv(process.env);
const webRoot = fileURLToPath(new URL(import.meta.url.includes("/dist/") ? "../" : "./", import.meta.url));

const api = await createApi({
  databaseUrl: env.DATABASE_URL,
  dataDir: env.DATA_DIR,
  seedDemo: env.SEED_DEMO === "true",
  secureCookies: env.SECURE_COOKIES ? env.SECURE_COOKIES === "true" : env.NODE_ENV === "production",
});

const app = express();
app.disable("x-powered-by");
app.use(compression());
app.use(api.router);

let build: ServerBuild | (() => Promise<ServerBuild>);
if (env.NODE_ENV === "development") {
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
  app.use(express.static(`${webRoot}build/client`, { maxAge: "1h" }));
  build = (await import(serverBuild)) as ServerBuild;
}

app.all(
  "*",
  createRequestHandler({
    build,
    mode: env.NODE_ENV === "development" ? "development" : "production",
    getLoadContext: () => ({ api }),
  }),
);

const server = app.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  console.info(`Yakkan listening on http://localhost:${port} (database: ${api.db.kind}, ${api.db.location})`);
});

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
