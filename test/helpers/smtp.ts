import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/** One message as the test SMTP server received it: the SMTP envelope and the parsed message. */
export interface Received {
  envelopeTo: string[];
  envelopeFrom: string;
  raw: string;
  mail: ParsedMail;
  messageId: string;
}

export interface TestSmtp {
  /** smtp://127.0.0.1:<port> for SMTP_URL. */
  url: string;
  /** Every accepted SMTP transaction, repeats included, in arrival order. */
  received: Received[];
  /**
   * The receiving side's dedupe: one message per Message-ID (what a mail client does with repeats).
   */
  unique(): Received[];
  /** Waits until `count` transactions have arrived (or throws after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  /**
   * Holds the next message's DATA unanswered (the relay waits for "250 OK") until `release()`:
   * the message is received, its acknowledgement is not. Resolves when it has arrived.
   */
  holdNext(): { arrived: Promise<Received>; release: () => void };
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 (the `smtp-server` package) that accepts any sender and recipient. */
export async function startSmtp(): Promise<TestSmtp> {
  const received: Received[] = [];
  const waiters: (() => void)[] = [];
  let hold: { arrived: (r: Received) => void; released: Promise<void> } | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        void simpleParser(raw).then(async (mail) => {
          const entry: Received = {
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            raw,
            mail,
            messageId: mail.messageId ?? "",
          };
          const held = hold;
          if (held) {
            hold = null;
            received.push(entry);
            held.arrived(entry);
            await held.released;
          } else {
            received.push(entry);
          }
          waiters.splice(0).forEach((w) => w());
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    unique() {
      const seen = new Map<string, Received>();
      for (const r of received) if (!seen.has(r.messageId)) seen.set(r.messageId, r);
      return [...seen.values()];
    },
    async waitFor(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline)
          throw new Error(`expected ${count} mails, got ${received.length} in ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
      return received;
    },
    holdNext() {
      let release = () => {};
      const released = new Promise<void>((r) => (release = r));
      const arrived = new Promise<Received>((resolve) => (hold = { arrived: resolve, released }));
      return { arrived, release };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
