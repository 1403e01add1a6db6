import { z } from "zod";

/** The process environment, validated once at start-up: a bad value stops the server with its name. */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  /**
   * PostgreSQL server, as the application's role (a member of yakkan_app that owns nothing); when
   * unset the embedded PGlite in DATA_DIR is used.
   */
  DATABASE_URL: z.url().optional(),
  /** The schema owner's URL: migrations and start-up maintenance run as it (default: DATABASE_URL). */
  MIGRATION_DATABASE_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  /**
   * Mark the session cookie Secure. Default: on in production. Browsers accept Secure cookies over
   * plain http only from localhost/127.0.0.1, so set "false" to serve production over plain http
   * on any other host (not recommended).
   */
  SECURE_COOKIES: z.enum(["true", "false"]).optional(),
  /** "false" to start without the demo organisations and contracts. */
  SEED_DEMO: z.enum(["true", "false"]).default("true"),
  /**
   * The origin browsers reach Yakkan at, e.g. "https://yakkan.example": writes from any other
   * origin are refused (CSRF). Default: the request's own scheme and Host.
   */
  PUBLIC_ORIGIN: z.url().optional(),
  /**
   * Express's "trust proxy": which proxies' X-Forwarded-For/-Proto to believe ("loopback", a number
   * of hops, or addresses). Default: none — the client address is the TCP peer.
   */
  TRUST_PROXY: z.string().optional(),
  /** Allow GraphQL introspection in production (it is always on in development). */
  GRAPHQL_INTROSPECTION: z.enum(["true", "false"]).default("false"),
  /** A request still unanswered after this many milliseconds is cut off with 503. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  /** PostgreSQL cancels any statement of the application that runs longer. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** When the event loop is blocked this long the process aborts, so the supervisor restarts it (0: off). */
  EVENT_LOOP_STALL_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
  /** Failed sign-ins to one account from one address before that pair pauses. */
  RATE_LIMIT_SIGN_IN_FAILURES: z.coerce.number().int().min(1).max(1_000_000).default(5),
  /** Failed sign-ins from one address, across accounts, per window. */
  RATE_LIMIT_SIGN_IN_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(30),
  /** The sign-in window and pause, in seconds. */
  RATE_LIMIT_SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** Quotes and estimates per address per minute. */
  RATE_LIMIT_QUOTES_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  /** Impact analyses, draft saves, diffs and publications per address per minute. */
  RATE_LIMIT_EXPENSIVE_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(20),
  /**
   * The SMTP server mails go through, e.g. "smtp://user:pass@host:587" (smtps:// for TLS from the
   * start). Unset: mails are kept in the outbox and staff read them on the mail log (/staff/mail).
   */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  /** The From of every mail, e.g. "Yakkan <no-reply@yakkan.example>". */
  MAIL_FROM: z.string().min(3).default("Yakkan <no-reply@yakkan.invalid>"),
  /** Attempts to deliver a mail before it is dead (shown to staff, who may send it again). */
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  /** The first retry after a failed delivery, in seconds; it doubles each time (at most an hour). */
  MAIL_RETRY_BASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** How long a relay may take to deliver a claimed mail before another process tries it again. */
  MAIL_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  /** How often the reminder job runs, in minutes (it sends each reminder once, whatever the rate). */
  REMINDER_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  /**
   * The least days between publishing a terms change and its effective date (民法548条の4: customers
   * must be told in time). Legal may publish with less only by giving a reason, which is recorded.
   */
  TERMS_CHANGE_MIN_NOTICE_DAYS: z.coerce.number().int().min(0).max(365).default(30),
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
