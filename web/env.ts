import { z } from "zod";

/** The process environment, validated once at start-up: a bad value stops the server with its name. */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  /** PostgreSQL server; when unset the embedded PGlite in DATA_DIR is used. */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  /**
   * Mark the session cookie Secure. Default: on in production. Browsers accept Secure cookies over
   * plain http only from localhost/127.0.0.1, so set "false" to serve production over plain http
   * on any other host (not recommended).
   */
  SECURE_COOKIES: z.enum(["true", "false"]).optional(),
  /** "false" to start without the demo organisations and contracts. */
  SEED_DEMO: z.enum(["true", "false"]).default("true"),
});
export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== "")),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}
