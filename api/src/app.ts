import "reflect-metadata";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express4";
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { ANONYMOUS, createDb, pingDb, seedDemoData, type DbContext, type DbHandle } from "@yakkan/db";
import { builtInServices, type ServiceRegistry } from "@yakkan/terms";
import { langFromHeader, readCookie, type ApiContext } from "./context.js";
import { createErrorFormatter, type Lang } from "./errors.js";
import { graphqlProtection, type GraphqlLimits } from "./graphql-protection.js";
import { serializeSessionCookie } from "./modules/auth/cookie.js";
import { hashPassword } from "./modules/auth/password.js";
import { deleteExpiredSessions } from "./modules/auth/sessions.repository.js";
import { resolveSession, SESSION_COOKIE } from "./modules/auth/sessions.service.js";
import type { Viewer } from "./modules/auth/viewer.js";
import { bindOperations, type Operations } from "./operations.js";
import { DEFAULT_RATE_LIMITS, RateLimits, type RateClass, type RateLimitSettings } from "./modules/rate-limits/rate-limits.service.js";
import { syncTermsVersions } from "./modules/terms-versions/sync-terms-versions.service.js";
import { TermsStore } from "./modules/terms-versions/terms-store.js";
import { buildApiSchema } from "./schema.js";

export interface CreateApiOptions {
  /** The application's PostgreSQL URL (a role that owns nothing); PGlite when absent. */
  databaseUrl?: string | undefined;
  /** The schema owner's URL for migrations and start-up maintenance (default: databaseUrl). */
  migrationDatabaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** Seed the demo organisations and contracts once (default true). */
  seedDemo?: boolean;
  /** The clock; tests pin it. */
  now?: () => Date;
  /** Mark the session cookie Secure (production). */
  secureCookies?: boolean;
  /** Production: no introspection (unless `introspection`), no field suggestions, no landing page. */
  production?: boolean;
  /** Allow introspection in production (GRAPHQL_INTROSPECTION=true); always on otherwise. */
  introspection?: boolean;
  rateLimits?: Partial<RateLimitSettings>;
  graphqlLimits?: Partial<GraphqlLimits>;
  log?: Pick<Console, "info" | "warn" | "error">;
}

/** The API's operations for one request, as its signed-in user (see operations.ts). */
export interface RequestApi extends Operations {
  /** The signed-in user of this request, or null. */
  viewer: Viewer | null;
}

export interface RequestOptions {
  lang: Lang;
  sessionToken?: string | undefined;
  /** The client's address, for rate limits. */
  clientAddress: string;
}

export interface Api {
  /** Serves POST/GET /graphql and GET /healthz. */
  router: Router;
  /** The operations for one request, in its language, as the session's user. */
  forRequest(options: RequestOptions): Promise<RequestApi>;
  /** Spends an address's budget for a class of operations (the portal's pages); AppError when refused. */
  rateLimit(rateClass: RateClass, clientAddress: string, lang: Lang): Promise<void>;
  /** The Set-Cookie value for a session token (null clears the cookie). */
  sessionCookie(token: string | null, expiresAt: Date): string;
  db: DbHandle;
  services: ServiceRegistry;
  close(): Promise<void>;
}

const viewerContext = (viewer: Viewer | null): DbContext =>
  viewer ? { userId: viewer.userId, organizationId: viewer.organizationId, role: viewer.role } : ANONYMOUS;

/**
 * Opens the database (migrating it as the owner), records the shipped terms versions, seeds the
 * demo data once and starts Apollo Server. One instance per process.
 */
export async function createApi(options: CreateApiOptions = {}): Promise<Api> {
  const log = options.log ?? console;
  const now = options.now ?? (() => new Date());
  const db = await createDb({ databaseUrl: options.databaseUrl, migrationDatabaseUrl: options.migrationDatabaseUrl, dataDir: options.dataDir });
  const services = builtInServices();

  // Start-up maintenance as the schema owner: shipped terms, demo data, expired rows.
  await db.maintenance(async (owner) => {
    const changed = await syncTermsVersions(owner, services);
    for (const v of changed) {
      log.warn(`terms version ${v} differs from the published copy in the database; a published version must not change — add a new version instead`);
    }
    if (options.seedDemo ?? true) {
      if (await seedDemoData(owner, { hashPassword })) log.info("seeded the demo data");
    }
    await deleteExpiredSessions(owner, now());
    await RateLimits.prune(owner, now());
  });
  await reportAppRole(db, log);

  const secure = options.secureCookies ?? false;
  const anonymous = db.as(ANONYMOUS);
  const limits = new RateLimits(anonymous, { ...DEFAULT_RATE_LIMITS, ...options.rateLimits });
  const store = new TermsStore(services);
  const context = async ({ lang, sessionToken, clientAddress }: RequestOptions): Promise<ApiContext> => {
    const [snapshot, viewer] = await Promise.all([store.current(anonymous), resolveSession(anonymous, sessionToken, now())]);
    return {
      db: db.as(viewerContext(viewer)),
      dbAs: (c) => db.as(c),
      services: snapshot.registry,
      versionRows: snapshot.rows,
      lang,
      now,
      sessionToken,
      viewer,
      clientAddress,
      limits,
    };
  };
  const production = options.production ?? false;
  const protection = graphqlProtection({ production, limits: options.graphqlLimits });
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema(),
    introspection: !production || (options.introspection ?? false),
    // The server process owns shutdown (it must also close the database cleanly).
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter((error) => log.error(error)),
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    plugins: [...protection.plugins, ...(production ? [ApolloServerPluginLandingPageDisabled()] : [])],
  });
  await apollo.start();

  const router = express.Router();
  router.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    refuseUnreadableBodies,
    expressMiddleware(apollo, {
      context: async ({ req, res }: { req: Request; res: Response }) => ({
        ...(await context({
          lang: langFromHeader(req.headers["accept-language"]),
          sessionToken: readCookie(req.headers.cookie, SESSION_COOKIE),
          clientAddress: req.ip ?? "unknown",
        })),
        setSessionCookie: (token: string | null, expiresAt: Date) => {
          res.append("Set-Cookie", serializeSessionCookie(token, expiresAt, secure));
        },
      }),
    }),
  );
  router.get("/healthz", (_req, res, next) => {
    pingDb(anonymous).then((ok) => {
      res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "unavailable", database: db.kind });
    }, next);
  });

  const forRequest = async (request: RequestOptions): Promise<RequestApi> => {
    const ctx = await context(request);
    return { viewer: ctx.viewer, ...bindOperations(ctx) };
  };

  return {
    router,
    forRequest,
    rateLimit: (rateClass, clientAddress, lang) => limits.consume(rateClass, clientAddress, 1, lang),
    sessionCookie: (token, expiresAt) => serializeSessionCookie(token, expiresAt, secure),
    db,
    services,
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}

/**
 * A body that is not JSON, or too large, is answered as GraphQL clients expect (an error with a
 * code), never with the framework's page.
 */
const refuseUnreadableBodies = (error: unknown, _req: Request, res: Response, next: NextFunction) => {
  const status = (error as { status?: number }).status;
  if (status === undefined || status < 400 || status >= 500) {
    next(error);
    return;
  }
  const code = status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST";
  const message = status === 413 ? "The request body is larger than 1 MB." : "The request body is not valid JSON.";
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

/** Says which role the application runs as, and warns loudly when it could bypass the database's rules. */
async function reportAppRole(db: DbHandle, log: Pick<Console, "info" | "warn">): Promise<void> {
  const role = await db.appRole();
  const unsafe = role.superuser || role.bypassRls || role.ownsTables;
  const line = `database role ${role.name}: ${role.superuser ? "SUPERUSER" : "no superuser"}, ${role.bypassRls ? "BYPASSRLS" : "no BYPASSRLS"}, ${role.ownsTables ? "OWNS TABLES" : "owns nothing"}`;
  if (unsafe) {
    log.warn(`${line} — row-level security and the triggers do not bind it; set DATABASE_URL to a member of yakkan_app and MIGRATION_DATABASE_URL to the owner (docs/security.md)`);
  } else {
    log.info(`${line}; row-level security enforced`);
  }
}
