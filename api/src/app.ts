import "reflect-metadata";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
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
import { closeImpactPool } from "./modules/legal/impact.pool.js";
import { bindOperations, type Operations } from "./operations.js";
import {
  DEFAULT_RATE_LIMITS,
  RateLimits,
  type RateClass,
  type RateLimitSettings,
} from "./modules/rate-limits/rate-limits.service.js";
import { syncTermsVersions } from "./modules/terms-versions/sync-terms-versions.service.js";
import { TermsStore } from "./modules/terms-versions/terms-store.js";
import { buildApiSchema } from "./schema.js";
import { calendarFeed } from "./modules/mail/calendar-feed.service.js";
import { DEFAULT_RELAY_SETTINGS, MailRelay, type RelaySettings } from "./modules/mail/mail.relay.js";
import { ReminderScheduler, runReminders, type ReminderRun } from "./modules/mail/reminders.service.js";
import { DEFAULT_MIN_NOTICE_DAYS } from "./modules/legal/notice-period.js";

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
  /** The origin links in e-mails and calendar feeds point at (default http://localhost:3000); a function when known only later. */
  publicOrigin?: string | (() => string);
  /** The mail relay: without `smtpUrl` mails are kept in the outbox (the mail log shows them). */
  mail?: Partial<RelaySettings>;
  /** The reminder job: how often it runs (default hourly; it sends each reminder once). */
  reminderIntervalMs?: number;
  /** Start the mail relay and the reminder scheduler in this process (the server does; default false). */
  backgroundJobs?: boolean;
  /** The least days between publishing a terms change and its effective date (TERMS_CHANGE_MIN_NOTICE_DAYS, default 30). */
  termsChangeMinNoticeDays?: number;
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
  /** A subscribable calendar feed by its token (null: unknown or revoked, answered 404). */
  calendarFeed(token: string): Promise<string | null>;
  /** Runs the reminder job once (the scheduler does it hourly); `now` defaults to the API's clock. */
  runReminders(now?: Date): Promise<ReminderRun>;
  /** Whether mails are sent (SMTP_URL set) or only kept for the mail log. */
  mailDelivery: "smtp" | "kept";
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
  const db = await createDb({
    databaseUrl: options.databaseUrl,
    migrationDatabaseUrl: options.migrationDatabaseUrl,
    dataDir: options.dataDir,
  });
  const services = builtInServices();

  // Start-up maintenance as the schema owner: shipped terms, demo data, expired rows.
  await db.maintenance(async (owner) => {
    const changed = await syncTermsVersions(owner, services);
    for (const v of changed) {
      log.warn(
        `terms version ${v} differs from the published copy in the database; a published version must not change — add a new version instead`,
      );
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
  // The published terms, in memory: rebuilt when a publication is announced (NOTIFY) or a Tokyo day begins.
  const store = new TermsStore(services, { now, log });
  await store.listen(db, anonymous);
  const originOption = options.publicOrigin ?? "http://localhost:3000";
  const originNow = () => (typeof originOption === "function" ? originOption() : originOption).replace(/\/+$/, "");
  const context = async ({ lang, sessionToken, clientAddress }: RequestOptions): Promise<ApiContext> => {
    const [snapshot, viewer] = await Promise.all([
      store.current(anonymous),
      resolveSession(anonymous, sessionToken, now()),
    ]);
    return {
      db: db.as(viewerContext(viewer)),
      dbAs: (c) => db.as(c),
      services: snapshot.registry,
      versionRows: snapshot.rows,
      termsChanged: (change) => store.changed(change),
      lang,
      publicOrigin: originNow(),
      now,
      sessionToken,
      viewer,
      clientAddress,
      limits,
      termsChangeMinNoticeDays: options.termsChangeMinNoticeDays ?? DEFAULT_MIN_NOTICE_DAYS,
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
    // No cache hints are set: the cache-control plugin would only instrument every field resolver.
    plugins: [
      ...protection.plugins,
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
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
    // The process id tells which of several server processes (WEB_CONCURRENCY) answered.
    pingDb(anonymous).then((ok) => {
      res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "unavailable", database: db.kind, pid: process.pid });
    }, next);
  });

  const forRequest = async (request: RequestOptions): Promise<RequestApi> => {
    const ctx = await context(request);
    return { viewer: ctx.viewer, ...bindOperations(ctx) };
  };

  const reminders = async (at?: Date) =>
    runReminders(db, (await store.current(anonymous)).registry, at ?? now(), originNow());
  const mail = { ...DEFAULT_RELAY_SETTINGS, from: "Yakkan <no-reply@yakkan.invalid>", ...options.mail };
  const relay = mail.smtpUrl ? new MailRelay(db, { ...mail, smtpUrl: mail.smtpUrl }, now, log) : null;
  const scheduler = new ReminderScheduler(() => reminders(), options.reminderIntervalMs ?? 3_600_000, log);
  if (options.backgroundJobs) {
    relay?.start();
    scheduler.start();
    log.info(
      relay
        ? `mail: sending through SMTP as ${mail.from}`
        : "mail: SMTP_URL is not set, mails are kept in the outbox (staff see them on /staff/mail)",
    );
  }

  return {
    router,
    forRequest,
    rateLimit: (rateClass, clientAddress, lang) => limits.consume(rateClass, clientAddress, 1, lang),
    sessionCookie: (token, expiresAt) => serializeSessionCookie(token, expiresAt, secure),
    db,
    services,
    calendarFeed: async (token) =>
      calendarFeed(db, (await store.current(anonymous)).registry, token, now(), originNow()),
    runReminders: reminders,
    mailDelivery: relay ? "smtp" : "kept",
    async close() {
      await Promise.all([relay?.stop(), scheduler.stop()]);
      await apollo.stop();
      await store.close();
      await limits.flush();
      await closeImpactPool();
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
    log.warn(
      `${line} — row-level security and the triggers do not bind it; set DATABASE_URL to a member of yakkan_app and MIGRATION_DATABASE_URL to the owner (docs/security.md)`,
    );
  } else {
    log.info(`${line}; row-level security enforced`);
  }
}
