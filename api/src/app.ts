import "reflect-metadata";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express4";
import express, { type Request, type Router } from "express";
import { createDb, pingDb, seedDemoData, type DbHandle } from "@yakkan/db";
import { builtInServices, type Scalar, type ServiceRegistry } from "@yakkan/terms";
import { langFromHeader, type ApiContext } from "./context.js";
import { createErrorFormatter, type Lang } from "./errors.js";
import { estimateFees, type EstimateFeesInput, type FeeEstimateResult } from "./modules/fees/estimate-fees.service.js";
import { findService, listServices, type ServiceDescription } from "./modules/services/describe-service.js";
import { parameterForm, type ParameterForm } from "./modules/services/parameter-form.js";
import { syncTermsVersions } from "./modules/terms-versions/sync-terms-versions.js";
import { buildApiSchema } from "./schema.js";

export interface CreateApiOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** Seed the demo organisations and contracts once (default true). */
  seedDemo?: boolean;
  /** The clock; tests pin it. */
  now?: () => Date;
  log?: Pick<Console, "info" | "warn" | "error">;
}

/**
 * The API's operations bound to one request's context, for in-process callers (the portal's
 * loaders): the same service functions the resolvers use, so both apply the same rules.
 */
export interface RequestApi {
  listServices(): Promise<ServiceDescription[]>;
  findService(id: string): Promise<ServiceDescription | null>;
  estimateFees(input: EstimateFeesInput): Promise<FeeEstimateResult>;
  parameterForm(serviceId: string, draft: Record<string, Scalar>): ParameterForm;
}

export interface Api {
  /** Serves POST/GET /graphql and GET /healthz. */
  router: Router;
  /** The operations for one request, in its language. */
  forRequest(options: { lang: Lang }): RequestApi;
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
    if (await seedDemoData(db.db)) log.info("seeded the demo data");
  }

  const context = ({ lang }: { lang: Lang }): ApiContext => ({ db: db.db, services, lang, now });
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
      context: async ({ req }: { req: Request }) => context({ lang: langFromHeader(req.headers["accept-language"]) }),
    }),
  );
  router.get("/healthz", async (_req, res) => {
    const ok = await pingDb(db.db);
    res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "unavailable", database: db.kind });
  });

  const forRequest = (options: { lang: Lang }): RequestApi => {
    const ctx = context(options);
    return {
      listServices: () => listServices(ctx),
      findService: (id) => findService(ctx, id),
      estimateFees: (input) => estimateFees(ctx, input),
      parameterForm: (serviceId, draft) => parameterForm(ctx, serviceId, draft),
    };
  };

  return {
    router,
    forRequest,
    db,
    services,
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}
