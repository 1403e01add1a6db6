import { createHash, randomBytes } from "node:crypto";
import { daysBetween, planCancellation, tokyoDate, type ServiceRegistry } from "@yakkan/terms";
import { WORKER, type DbHandle } from "@yakkan/db";
import { recordAudit } from "../audit/audit.repository.js";
import { engineInputFor, type ContractForEngine } from "../contracts/engine-input.js";
import { activeContracts, enqueueMailReturningId, usersOf } from "./mail.repository.js";
import { reminderMail, type DeadlineKind } from "./mail.templates.js";

/** A notice deadline that matters for a contract: the last day a notice reaches `endDate`. */
export interface Deadline {
  kind: DeadlineKind;
  notifyBy: string;
  endDate: string;
}

/**
 * The deadlines worth a reminder, from the cancellation planner with a notice sent today: the
 * earliest end with no early-termination charge, the maximum-term end and the minimum-term end —
 * each only while a notice can still reach it, and one per end date (the first kind in that order).
 * End dates the planner lists only as "the earliest a notice today reaches" move with every day
 * (their deadline is always today), so they are not deadlines to remind of: only month ends and
 * term ends are.
 */
export function deadlinesOf(contract: ContractForEngine, registry: ServiceRegistry, today: string): Deadline[] {
  const service = registry.find(contract.serviceId);
  if (!service) return [];
  let plan;
  try {
    plan = planCancellation({ ...engineInputFor(contract, service), noticeDate: today });
  } catch {
    return []; // a contract the terms cannot compute (e.g. a version without text) has no reminders
  }
  const found: Deadline[] = [];
  const add = (
    kind: DeadlineKind,
    option: { endDate: string; latestNoticeDate: string; reachable: boolean } | null | undefined,
  ) => {
    if (!option || !option.reachable || option.latestNoticeDate < today) return;
    if (found.some((d) => d.endDate === option.endDate)) return;
    found.push({ kind, notifyBy: option.latestNoticeDate, endDate: option.endDate });
  };
  const fixed = plan.options.filter((o) => o.reasons.some((r) => r !== "earliest"));
  add(
    "free-end",
    fixed.find((o) => o.reachable && o.earlyTermination === "0"),
  );
  add(
    "maximum-term",
    fixed.find((o) => o.reasons.includes("maximumTermEnd")),
  );
  add(
    "minimum-term",
    fixed.find((o) => o.reasons.includes("minimumTermEnd")),
  );
  return found;
}

/**
 * The offset a reminder is due for today: of the user's offsets (days before the deadline) those
 * already reached, the smallest — so each offset's mail goes out on its day, and a job that missed
 * days sends only the most recent one. Null when none is due or the deadline has passed.
 */
export function dueOffset(offsets: readonly number[], daysLeft: number): number | null {
  if (daysLeft < 0) return null;
  const due = offsets.filter((d) => daysLeft <= d);
  return due.length ? Math.min(...due) : null;
}

export interface ReminderRun {
  /** Reminder mails added to the outbox by this run. */
  enqueued: number;
}

/**
 * The daily reminder job: for every active contract whose end is not yet decided, every deadline
 * and every customer user who wants reminders, the reminder due today. Exactly once per (contract,
 * deadline — its end date and notice day —, offset, user): the dedupe key is the outbox's unique constraint, so re-running the job,
 * restarting, or running it in several processes at once adds nothing twice.
 */
export async function runReminders(
  db: DbHandle,
  registry: ServiceRegistry,
  now: Date,
  publicOrigin: string,
): Promise<ReminderRun> {
  const worker = db.as(WORKER);
  const today = tokyoDate(now);
  const contracts = (await activeContracts(worker)).filter((c) => !c.endDate);
  const byOrg = new Map<string, Awaited<ReturnType<typeof usersOf>>>();
  let enqueued = 0;
  for (const contract of contracts) {
    const deadlines = deadlinesOf(contract, registry, today);
    if (deadlines.length === 0) continue;
    let users = byOrg.get(contract.organizationId);
    if (!users) {
      users = await usersOf(worker, [contract.organizationId], ["customer-admin", "customer-member"]);
      byOrg.set(contract.organizationId, users);
    }
    const service = registry.get(contract.serviceId);
    for (const deadline of deadlines) {
      const daysLeft = daysBetween(today, deadline.notifyBy);
      for (const user of users) {
        if (!user.remindersEnabled) continue;
        const offset = dueOffset(user.reminderOffsets, daysLeft);
        if (offset === null) continue;
        const token = randomBytes(24).toString("base64url");
        const content = reminderMail(user.language, {
          contractNumber: contract.contractNumber,
          serviceName: { ja: service.name, en: service.nameEn },
          deadlineKind: deadline.kind,
          notifyBy: deadline.notifyBy,
          endDate: deadline.endDate,
          daysLeft,
          contractUrl: `${publicOrigin}/contracts/${contract.id}`,
          unsubscribeUrl: `${publicOrigin}/unsubscribe/${token}`,
          settingsUrl: `${publicOrigin}/account`,
        });
        // The deadline is its end date and notice day (what it is called can differ from day to day).
        const dedupeKey = `reminder:${contract.id}:${deadline.endDate}:${deadline.notifyBy}:${offset}:${user.id}`;
        const added = await worker.transaction(async (tx) => {
          const mailId = await enqueueMailReturningId(tx, {
            toUserId: user.id,
            toEmail: user.email,
            organizationId: contract.organizationId,
            kind: "reminder",
            lang: user.language,
            dedupeKey,
            subject: content.subject,
            body: content.text,
            html: content.html,
            unsubscribeTokenHash: createHash("sha256").update(token).digest("hex"),
          });
          if (mailId) {
            await recordAudit(tx, {
              actorUserId: null,
              organizationId: contract.organizationId,
              action: "mail.reminder",
              entityType: "mail",
              entityId: mailId,
              after: {
                contractId: contract.id,
                deadline: deadline.kind,
                endDate: deadline.endDate,
                notifyBy: deadline.notifyBy,
                offset,
                userId: user.id,
              },
            });
          }
          return mailId !== null;
        });
        if (added) enqueued++;
      }
    }
  }
  return { enqueued };
}

/**
 * The in-process scheduler: runs the job shortly after start and then every `intervalMs` (default
 * hourly: the job sends what is due today and nothing twice, so running it more often than daily
 * only makes it punctual after a restart). Safe with several processes (see runReminders).
 */
export class ReminderScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    private readonly job: () => Promise<ReminderRun>,
    private readonly intervalMs: number,
    private readonly log: Pick<Console, "info" | "error">,
  ) {}

  start(firstDelayMs = 5000): void {
    const loop = () => {
      this.running = this.job()
        .then((r) => {
          if (r.enqueued > 0) this.log.info(`reminders: ${r.enqueued} mail(s) added to the outbox`);
        })
        .catch((e: unknown) => this.log.error(`reminders: ${String(e)}`))
        .finally(() => {
          this.running = null;
          if (!this.stopped) this.timer = setTimeout(loop, this.intervalMs);
        });
    };
    this.timer = setTimeout(loop, firstDelayMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
