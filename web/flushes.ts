import type express from "express";

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
