import compression from "compression";
import type express from "express";
import { isGraphql } from "./security.js";

/** Answers smaller than this go uncompressed: a gzip stream per response costs more CPU than it saves. */
const THRESHOLD_BYTES = 8 * 1024;

/**
 * gzip for answers of 8 KB and more (compression, the maintained middleware). Pages and files take it
 * on every request. A GraphQL answer is one complete string sent at once (Apollo's Express
 * integration calls res.send): compression is applied only when that string can reach the threshold,
 * so the small answers (a quote is about 1.5 KB) skip its per-response work — negotiating the
 * encoding, wrapping the response's write, end and headers — which cost a tenth of their time
 * (docs/benchmarks.md, "GraphQL's own headers"). Large ones (staff lists, impact reports) are still
 * compressed, with the same threshold and negotiation.
 */
export function compressLargeAnswers(): express.RequestHandler {
  const compress = compression({ threshold: THRESHOLD_BYTES });
  return (req, res, next) => {
    if (!isGraphql(req)) return compress(req, res, next);
    const send = res.send;
    res.send = function sendMaybeCompressed(this: express.Response, body?: unknown) {
      res.send = send;
      // At most 3 bytes of UTF-8 per UTF-16 code unit: a shorter string cannot reach the threshold.
      if (typeof body !== "string" || body.length * 3 >= THRESHOLD_BYTES) compress(req, res, noError);
      return send.call(this, body);
    };
    next();
  };
}

function noError(error?: unknown) {
  if (error !== undefined) throw new Error("compression could not wrap the response", { cause: error });
}

/**
 * Remix writes a streamed page chunk by chunk (React's, about 2 KB each) and flushes the response
 * after every one; behind compression each flush is a gzip sync flush, which cost more CPU than the
 * rest of the compression and made the page a third larger (docs/benchmarks.md, "Contract page").
 * Flushes asked for in one turn of the event loop are done once, after the chunks of that turn:
 * what is streamed later (deferred data) still goes out as soon as it is written.
 */
export function coalescedFlushes(_req: express.Request, res: express.Response, next: express.NextFunction) {
  // compression's flush, where compression applies (as an unknown: it is set per response).
  const original: unknown = (res as { flush?: unknown }).flush;
  if (typeof original === "function") {
    const flush = () => {
      (original as () => void).call(res);
    };
    const flushable = res as { flush?: () => void };
    let pending = false;
    let ended = false;
    flushable.flush = () => {
      if (pending || ended) return;
      pending = true;
      setImmediate(() => {
        pending = false;
        if (!ended) flush();
      });
    };
    const end = res.end.bind(res);
    res.end = ((...args: Parameters<typeof end>) => {
      ended = true;
      return end(...args);
    }) as typeof end;
  }
  next();
}
