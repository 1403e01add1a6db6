import { createHash } from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import { WORKER, type DbHandle } from "@yakkan/db";
import { recordAudit } from "../audit/audit.repository.js";
import { claimDueMails, markFailed, markSent, type OutboxRow } from "./mail.repository.js";

export interface RelaySettings {
  /** smtp://user:pass@host:587 (smtps:// for TLS from the start); unset: mails are kept, not sent. */
  smtpUrl: string | undefined;
  /** The From address, e.g. "Yakkan <no-reply@yakkan.example>". */
  from: string;
  /** Attempts before a mail is dead (default 8). */
  maxAttempts: number;
  /** The first retry waits this long, doubling each time up to an hour (default 30 s). */
  retryBaseMs: number;
  /** How long a claimed mail is left to its relay before another may try it (default 120 s). */
  leaseMs: number;
  /** How often the relay looks for due mails (default 1 s). */
  pollMs: number;
  /** The domain of Message-IDs (default: the From address's). */
  messageIdDomain?: string | undefined;
}

export const DEFAULT_RELAY_SETTINGS: Omit<RelaySettings, "smtpUrl" | "from"> = {
  maxAttempts: 8,
  retryBaseMs: 30_000,
  leaseMs: 120_000,
  pollMs: 1000,
};

/**
 * The Message-ID of a mail: derived from its dedupe key, so every delivery attempt of the same
 * mail carries the same id and a receiver (or a person's mail client) recognises a repeat
 * (RFC 5322 3.6.4). Delivery is at least once; this makes the repeats idempotent.
 */
export function messageIdFor(dedupeKey: string, domain: string): string {
  return `<${createHash("sha256").update(dedupeKey).digest("hex").slice(0, 40)}@${domain}>`;
}

/** The wait before attempt n+1 after n failures: base · 2^(n-1), at most an hour. */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * Delivers the outbox through SMTP (nodemailer). Any number of server processes may run one on the
 * same database: each claims due mails with FOR UPDATE SKIP LOCKED (mail.repository.ts), sends them,
 * and records the outcome; a failure is retried with exponential backoff until `maxAttempts`, then
 * the mail is dead (visible to staff on the mail log, who may send it again). Decision 011.
 */
export class MailRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;
  private readonly transport: Transporter;
  private readonly domain: string;

  constructor(
    private readonly db: DbHandle,
    private readonly settings: RelaySettings & { smtpUrl: string },
    private readonly now: () => Date,
    private readonly log: Pick<Console, "info" | "warn" | "error">,
  ) {
    this.transport = nodemailer.createTransport(settings.smtpUrl);
    this.domain = settings.messageIdDomain ?? /@([^>\s]+)/.exec(settings.from)?.[1] ?? "yakkan.invalid";
  }

  start(): void {
    const loop = () => {
      if (this.stopped) return;
      this.running = this.tick()
        .catch((e: unknown) => this.log.error(`mail relay: ${String(e)}`))
        .finally(() => {
          this.running = null;
          if (!this.stopped) this.timer = setTimeout(loop, this.settings.pollMs);
        });
    };
    this.timer = setTimeout(loop, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.transport.close();
  }

  /** One round: claims due mails and sends them one by one. The number sent. */
  async tick(): Promise<number> {
    const worker = this.db.as(WORKER);
    const claimed = await claimDueMails(worker, this.now(), 20, this.settings.leaseMs);
    let sent = 0;
    for (const mail of claimed) {
      if (this.stopped) break;
      if (await this.deliver(mail)) sent++;
    }
    return sent;
  }

  private async deliver(mail: OutboxRow): Promise<boolean> {
    const worker = this.db.as(WORKER);
    const messageId = messageIdFor(mail.dedupeKey, this.domain);
    const unsubscribeUrl = listUnsubscribe(mail);
    try {
      await this.transport.sendMail({
        from: this.settings.from,
        to: mail.toEmail,
        subject: mail.subject,
        text: mail.body,
        ...(mail.html ? { html: mail.html } : {}),
        messageId,
        headers: {
          "X-Yakkan-Dedupe-Key": mail.dedupeKey,
          "Content-Language": mail.lang,
          ...(mail.unsubscribeTokenHash ? { "Auto-Submitted": "auto-generated" } : {}),
        },
        ...(unsubscribeUrl ? { list: { unsubscribe: unsubscribeUrl } } : {}),
      });
      await worker.transaction(async (tx) => {
        await markSent(tx, mail.id, this.now());
        await recordAudit(tx, {
          actorUserId: null,
          organizationId: mail.organizationId,
          action: "mail.sent",
          entityType: "mail",
          entityId: mail.id,
          after: { attempts: mail.attempts, messageId },
        });
      });
      return true;
    } catch (error) {
      const dead = mail.attempts >= this.settings.maxAttempts;
      const reason = error instanceof Error ? error.message : String(error);
      await worker.transaction(async (tx) => {
        await markFailed(
          tx,
          mail.id,
          reason,
          new Date(this.now().getTime() + retryDelayMs(mail.attempts, this.settings.retryBaseMs)),
          dead,
        );
        if (dead) {
          await recordAudit(tx, {
            actorUserId: null,
            organizationId: mail.organizationId,
            action: "mail.dead",
            entityType: "mail",
            entityId: mail.id,
            after: { attempts: mail.attempts, error: reason.slice(0, 500) },
          });
        }
      });
      this.log.warn(
        `mail relay: ${mail.kind} to ${mail.toEmail} failed (attempt ${mail.attempts}${dead ? ", giving up" : ""}): ${reason}`,
      );
      return false;
    }
  }
}

/** The unsubscribe URL an optional mail's text carries (List-Unsubscribe, RFC 2369). */
function listUnsubscribe(mail: OutboxRow): string | null {
  if (!mail.unsubscribeTokenHash) return null;
  return /(https?:\/\/\S+\/unsubscribe\/\S+)/.exec(mail.body)?.[1] ?? null;
}
