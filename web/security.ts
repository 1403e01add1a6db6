import { randomBytes } from "node:crypto";
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { readCookie, type Api, type Lang } from "@yakkan/api";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import helmet, { type HelmetOptions } from "helmet";

/**
 * The server's HTTP defences (docs/security.md): headers with a nonce-based CSP, one same-origin
 * check for every write, a time budget per request, and the portal's rate limits.
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** GraphQL's endpoint: JSON answers, no HTML (its landing page is off in production). */
export const isGraphql = (req: Request) => req.path === "/graphql";

/** A JSON error for GraphQL clients, plain text for everyone else. */
function refuse(
  req: Request,
  res: Response,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) {
  res.status(status).set(headers);
  if (isGraphql(req)) res.json({ errors: [{ message, extensions: { code } }] });
  else res.type("text/plain; charset=utf-8").send(message);
}

/** Nonces are cut from a pool of random bytes, refilled every 256 responses (one system call, not one per response). */
const NONCE_BYTES = 16;
let noncePool = Buffer.alloc(0);
let nonceAt = 0;
function freshNonce(): string {
  if (nonceAt + NONCE_BYTES > noncePool.length) {
    noncePool = randomBytes(NONCE_BYTES * 256);
    nonceAt = 0;
  }
  nonceAt += NONCE_BYTES;
  return noncePool.toString("base64", nonceAt - NONCE_BYTES, nonceAt);
}

/**
 * Security headers. Pages (helmet): a Content-Security-Policy whose scripts must carry this
 * response's nonce, no framing (frame-ancestors 'none', X-Frame-Options DENY), nosniff, a
 * same-origin Referrer-Policy and, in production, HSTS. Development (Vite's injected scripts) gets
 * no CSP. GraphQL's JSON answers get the same set of headers with a CSP that allows nothing (a JSON
 * answer runs no script and loads nothing), so they need no nonce: the set is computed once, not per
 * request — helmet and the nonce cost a sixth of a small answer's time (docs/benchmarks.md,
 * "GraphQL's own headers").
 */
export function securityHeaders(options: { production: boolean; development: boolean }): RequestHandler {
  type Directives = NonNullable<Exclude<HelmetOptions["contentSecurityPolicy"], boolean | undefined>["directives"]>;
  const helmetWith = (directives: Directives) =>
    helmet({
      // Development (Vite's scripts on pages, Apollo's landing page at /graphql) runs without a CSP.
      contentSecurityPolicy: options.development ? false : { useDefaults: false, directives },
      frameguard: { action: "deny" },
      referrerPolicy: { policy: "same-origin" },
      strictTransportSecurity: options.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      crossOriginEmbedderPolicy: false,
    });
  const pageHeaders = helmetWith({
    "default-src": ["'self'"],
    "script-src": ["'self'", (_req, res) => `'nonce-${String((res as Response).locals["cspNonce"])}'`],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
  });
  const graphqlHeaders = headersOf(
    helmetWith({ "default-src": ["'none'"], "frame-ancestors": ["'none'"], "base-uri": ["'none'"] }),
  );
  return (req, res, next) => {
    if (isGraphql(req)) {
      for (const [name, value] of graphqlHeaders) res.setHeader(name, value);
      // helmet also removes X-Powered-By (which app.disable("x-powered-by") already keeps off).
      res.removeHeader("X-Powered-By");
      return next();
    }
    // This response's nonce: Remix's inline scripts carry it (getLoadContext hands it to the portal).
    res.locals["cspNonce"] = freshNonce();
    pageHeaders(req, res, next);
  };
}

/**
 * The headers a helmet configuration without per-request parts sets, read once at start-up from a
 * response that is never sent.
 */
function headersOf(middleware: ReturnType<typeof helmet>): [string, string][] {
  const response = new ServerResponse(new IncomingMessage(new Socket()));
  let failed: unknown;
  middleware(response.req, response, (error?: unknown) => (failed = error));
  // Names in lower case, as HTTP/2 sends them (header names are case-insensitive).
  const headers = Object.entries(response.getHeaders()).map(([name, value]): [string, string] => [name, String(value)]);
  if (failed !== undefined || headers.length === 0)
    throw new Error("helmet's headers could not be read", { cause: failed });
  return headers;
}

/**
 * CSRF: every request that can change something (any method but GET/HEAD/OPTIONS) — GraphQL,
 * Remix documents and `?_data` requests, /login — must come from our own origin. Browsers say where
 * a request comes from in Sec-Fetch-Site and Origin; a request naming another site is refused with
 * 403 before anything runs. Clients that send neither (curl, servers) are not browsers and cannot be
 * made to forge a request by a web page.
 */
export function sameOriginWrites(publicOrigin: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const ours = publicOrigin ? new URL(publicOrigin).origin : `${req.protocol}://${req.get("host") ?? ""}`;
    const site = req.get("sec-fetch-site");
    const origin = req.get("origin");
    const foreignSite = site !== undefined && site !== "same-origin" && site !== "none";
    const foreignOrigin = origin !== undefined && origin !== ours;
    if (foreignSite || foreignOrigin) {
      return refuse(req, res, 403, "FORBIDDEN", "Cross-site request refused (CSRF).");
    }
    next();
  };
}

/**
 * A request still unanswered after `ms` is cut off: 503 with Retry-After, or, when its answer has
 * started, its connection is closed. PostgreSQL's statement_timeout stops the database's part; the
 * event-loop watchdog handles code that never yields.
 */
export function timeBudget(ms: number): RequestHandler {
  return (req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      refuse(req, res, 503, "TIMEOUT", `The request took longer than ${ms} ms and was stopped.`, {
        "Retry-After": "5",
        Connection: "close",
      });
    }, ms);
    timer.unref();
    const done = () => clearTimeout(timer);
    res.on("finish", done);
    res.on("close", done);
    next();
  };
}

/** The portal pages that compute quotes or run expensive legal work spend the same budgets as GraphQL. */
const PORTAL_RATE_CLASSES: { method: "GET" | "POST"; path: RegExp; rateClass: "quote" | "expensive" }[] = [
  { method: "GET", path: /^\/services\/[^/]+\/estimate$/, rateClass: "quote" },
  { method: "GET", path: /^\/contracts\/[^/]+\/(cancel|change)$/, rateClass: "quote" },
  { method: "GET", path: /^\/legal\/versions\/[^/]+\/impact(\.csv)?$/, rateClass: "expensive" },
  { method: "GET", path: /^\/legal\/compare$/, rateClass: "expensive" },
  { method: "POST", path: /^\/legal\/versions\/[^/]+$/, rateClass: "expensive" },
  { method: "POST", path: /^\/legal$/, rateClass: "expensive" },
];

/** Refuses a portal request over its address's budget with 429 and Retry-After. */
export function portalRateLimits(api: Api, langOf: (req: Request) => Lang): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const path = req.path.replace(/\.data$/, "");
    const rule = PORTAL_RATE_CLASSES.find((r) => r.method === req.method && r.path.test(path));
    if (!rule) return next();
    const lang = langOf(req);
    api.rateLimit(rule.rateClass, req.ip ?? "unknown", lang).then(
      () => next(),
      (error: unknown) => {
        const retryAfter = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
        if (retryAfter === undefined) return next(error);
        const text = (error as { text?: Record<Lang, string> }).text;
        refuse(req, res, 429, "TOO_MANY_REQUESTS", text?.[lang] ?? "Too many requests.", {
          "Retry-After": String(retryAfter),
        });
      },
    );
  };
}

/** The portal's language cookie (a Remix cookie: base64 of JSON), for messages sent before Remix runs. */
export function portalLang(req: Request): Lang {
  const raw = readCookie(req.headers.cookie, "yakkan_lang");
  if (!raw) return "ja";
  try {
    return JSON.parse(Buffer.from(raw, "base64").toString("utf8")) === "en" ? "en" : "ja";
  } catch {
    return "ja";
  }
}
