import "reflect-metadata";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express4";
import express, { type Request, type Response, type Router } from "express";
import { createDb, pingDb, seedDemoData, type DbHandle } from "@yakkan/db";
import { builtInServices, type ServiceRegistry } from "@yakkan/terms";
import { langFromHeader, readCookie, type ApiContext } from "./context.js";
import { serializeSessionCookie } from "./modules/auth/cookie.js";
import { hashPassword } from "./modules/auth/password.js";
import { resolveSession, SESSION_COOKIE } from "./modules/auth/sessions.service.js";
import type { Viewer } from "./modules/auth/viewer.js";
import { createErrorFormatter, type Lang } from "./errors.js";
import { bindOperations, type Operations } from "./operations.js";
import { syncTermsVersions } from "./modules/terms-versions/sync-terms-versions.js";
import { TermsStore } from "./modules/terms-versions/terms-store.js";
import { buildApiSchema } from "./schema.js";

export interface CreateApiOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** Seed the demo organisations and contracts once (default true). */
  seedDemo?: boolean;
  /** The clock; tests pin it. */
  now?: () => Date;
  /** Mark the session cookie Secure (production). */
  secureCookies?: boolean;
  log?: Pick<Console, "info" | "warn" | "error">;
}

/** The API's operations for one request, as its signed-in user (see operations.ts). */
export interface RequestApi extends Operations {
  /** The signed-in user of this request, or null. */
  viewer: Viewer | null;
}

export interface Api {
  /** Serves POST/GET /graphql and GET /healthz. */
  router: Router;
  /** The operations for one request, in its language, as the session's user. */
  forRequest(options: { lang: Lang; sessionToken?: string | undefined }): Promise<RequestApi>;
  /** The Set-Cookie value for a session token (null clears the cookie). */
  sessionCookie(token: string | null, expiresAt: Date): string;
  db: DbHandle;
  services: ServiceRegistry;
  close(): Promise<void>;
}

/**
 * Opens the database (migrating it), records the shipped terms versions, seeds the demo data once
 * and starts Apollo Server. One instance per process.
 */
export async function createApi(options: CreateApiOptions = {}): Promise<Api> {
  const log = options.log ?? console;
  const now = options.now ?? (() => new Date());
  const db = await createDb({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  const services = builtInServices();

  const changed = await syncTermsVersions(db.db, services);
  for (const v of changed) {
    log.warn(`terms version ${v} differs from the published copy in the database; a published version must not change — add a new version instead`);
  }
  if (options.seedDemo ?? true) {
    if (await seedDemoData(db.db, { hashPassword })) log.info("seeded the demo data");
  }

  const secure = options.secureCookies ?? false;
  const store = new TermsStore(services);
  const context = async ({ lang, sessionToken }: { lang: Lang; sessionToken?: string | undefined }): Promise<ApiContext> => {
    const snapshot = await store.current(db.db);
    return {
    db: db.db,
    services: snapshot.registry,
    versionRows: snapshot.rows,
    lang,
    now,
    sessionToken,
    viewer: await resolveSession(db.db, sessionToken, now()),
    };
  };
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema(),
    introspection: true,
    // The server process owns shutdown (it must also close the database cleanly).
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter((error) => log.error(error)),
  });
  await apollo.start();

  const router = express.Router();
  router.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req, res }: { req: Request; res: Response }) => ({
        ...(await context({
          lang: langFromHeader(req.headers["accept-language"]),
          sessionToken: readCookie(req.headers.cookie, SESSION_COOKIE),
        })),
        setSessionCookie: (token: string | null, expiresAt: Date) => {
          res.append("Set-Cookie", serializeSessionCookie(token, expiresAt, secure));
        },
      }),
    }),
  );
  router.get("/healthz", async (_req, res) => {
    const ok = await pingDb(db.db);
    res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "unavailable", database: db.kind });
  });

  const forRequest = async (options: { lang: Lang; sessionToken?: string | undefined }): Promise<RequestApi> => {
    const ctx = await context(options);
    return { viewer: ctx.viewer, ...bindOperations(ctx) };
  };

  return {
    router,
    forRequest,
    sessionCookie: (token, expiresAt) => serializeSessionCookie(token, expiresAt, secure),
    db,
    services,
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}
