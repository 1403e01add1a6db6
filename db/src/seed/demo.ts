import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../client.js";
import { appMeta, contracts, organizations, users } from "../schema/index.js";

const SEED_MARKER = "demo-seed";
const SEED_VERSION = "2";
const SEED_LOCK = 72_616_002;

/** The password of every demo account (README lists the accounts). */
export const DEMO_PASSWORD = "yakkan-demo-2026";

/** Demo organisations: three customers and the provider's own staff. */
const ORGANIZATIONS = [
  { slug: "qtnet", name: "株式会社QTnet", nameEn: "QTnet, Inc.", kind: "provider" as const },
  { slug: "kyushu-logistics", name: "九州ロジスティクス株式会社", nameEn: "Kyushu Logistics Co., Ltd." },
  { slug: "hakata-design", name: "株式会社博多デザイン工房", nameEn: "Hakata Design Studio Inc." },
  { slug: "fukuoka-medical", name: "医療法人 福岡メディカル", nameEn: "Fukuoka Medical Corporation" },
];

const USERS = [
  { org: "qtnet", email: "staff@yakkan.example", displayName: "受付 担当", role: "staff" as const },
  { org: "qtnet", email: "legal@yakkan.example", displayName: "法務 一郎", role: "legal" as const },
  { org: "qtnet", email: "legal2@yakkan.example", displayName: "法務 花子", role: "legal" as const },
  {
    org: "kyushu-logistics",
    email: "admin@kyushu-logistics.example",
    displayName: "山田 太郎",
    role: "customer-admin" as const,
  },
  {
    org: "kyushu-logistics",
    email: "member@kyushu-logistics.example",
    displayName: "佐藤 次郎",
    role: "customer-member" as const,
  },
  {
    org: "hakata-design",
    email: "admin@hakata-design.example",
    displayName: "中村 さくら",
    role: "customer-admin" as const,
  },
  {
    org: "fukuoka-medical",
    email: "admin@fukuoka-medical.example",
    displayName: "田中 健",
    role: "customer-admin" as const,
  },
];

/** Contracts at different points of their lives (today is late 2026). */
const CONTRACTS: (Omit<typeof contracts.$inferInsert, "organizationId"> & { org: string })[] = [
  {
    // Flex Core inside its 1-year minimum term (until 2027-05-31).
    contractNumber: "YK-FM-0001",
    org: "kyushu-logistics",
    serviceId: "qtpro-flex-mobility",
    parameters: { plan: "core", licenses: 1200, serverBandwidth: "300M", accessBandwidth: "300M" },
    startDate: "2026-06-01",
    confirmationDate: "2026-04-20",
  },
  {
    // Licensed UTM gateway (monthly fee waived), near its 5-year maximum term (ends 2027-02-13).
    contractNumber: "YK-UTM-0002",
    org: "kyushu-logistics",
    serviceId: "utm-support",
    parameters: { device: "ssb10", licensed: true },
    startDate: "2022-02-14",
    confirmationDate: "2022-01-24",
    initialWorkCompletedOn: "2022-02-14",
  },
  {
    // Flex Starter past its minimum term.
    contractNumber: "YK-FM-0003",
    org: "hakata-design",
    serviceId: "qtpro-flex-mobility",
    parameters: { plan: "starter", licenses: 120, accessBandwidth: "50M" },
    startDate: "2025-04-01",
    confirmationDate: "2025-03-10",
  },
  {
    // Server support for a non-corporate customer.
    contractNumber: "YK-SRV-0004",
    org: "hakata-design",
    serviceId: "server-support",
    parameters: { device: "os6", corporate: false },
    startDate: "2024-09-10",
    confirmationDate: "2024-08-26",
    initialWorkCompletedOn: "2024-09-10",
  },
  {
    // QT PRO Cloud dedicated cluster: 3-year minimum term, contract-specific monthly amount.
    contractNumber: "YK-CL-0005",
    org: "fukuoka-medical",
    serviceId: "qtpro-cloud",
    parameters: { closedNetwork: true, dedicatedCluster: true },
    startDate: "2026-04-01",
    confirmationDate: "2026-02-02",
    monthlyFee: "850000",
    monthlyFeeSource: "QT PRO Cloud 個別見積 Q-2026-0142",
  },
  {
    // Flex Complete with both options.
    contractNumber: "YK-FM-0006",
    org: "fukuoka-medical",
    serviceId: "qtpro-flex-mobility",
    parameters: {
      plan: "complete",
      licenses: 3001,
      logRetentionDays: 180,
      serverBandwidth: "1G",
      accessBandwidth: "1G",
      multiRegion: "500M",
      transparentProxy: true,
    },
    startDate: "2026-01-01",
    confirmationDate: "2025-11-14",
  },
  {
    // UTM without a licensed gateway, early in its 5-year maximum term.
    contractNumber: "YK-UTM-0007",
    org: "fukuoka-medical",
    serviceId: "utm-support",
    parameters: { device: "ssb30" },
    startDate: "2025-10-06",
    confirmationDate: "2025-09-12",
    initialWorkCompletedOn: "2025-10-06",
  },
];

export interface SeedOptions {
  /** Hashes the demo password (the API's password hashing, so the seed stores what sign-in checks). */
  hashPassword: (password: string) => Promise<string>;
}

/**
 * Seeds the demo organisations, users and contracts once: a marker row records that it ran (and
 * which version), so a restart (or a second server starting at the same moment) never duplicates or
 * resurrects data. A database seeded by an older version gets only what that version lacked.
 * Returns true when this call changed anything.
 */
export async function seedDemoData(db: Database, options: SeedOptions): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const [done] = await tx.select().from(appMeta).where(eq(appMeta.key, SEED_MARKER));
    if (done?.value === SEED_VERSION) return false;
    // Hashed only when there is something to seed (scrypt costs a restart about 0.1 s of CPU).
    const passwordHash = await options.hashPassword(DEMO_PASSWORD);

    if (!done) {
      const orgRows = await tx
        .insert(organizations)
        .values(ORGANIZATIONS)
        .onConflictDoNothing({ target: organizations.slug })
        .returning();
      const orgId = new Map(orgRows.map((o) => [o.slug, o.id]));
      const idOf = (slug: string) => {
        const id = orgId.get(slug);
        if (!id) throw new Error(`demo seed: organisation ${slug} already exists without the seed marker`);
        return id;
      };
      await tx.insert(users).values(USERS.map(({ org, ...u }) => ({ ...u, passwordHash, organizationId: idOf(org) })));
      await tx.insert(contracts).values(CONTRACTS.map(({ org, ...c }) => ({ ...c, organizationId: idOf(org) })));
      await tx.insert(appMeta).values({ key: SEED_MARKER, value: SEED_VERSION });
      return true;
    }

    // Version 1 had no passwords and fewer contract details.
    for (const u of USERS) {
      await tx
        .update(users)
        .set({ passwordHash })
        .where(and(eq(users.email, u.email), isNull(users.passwordHash)));
    }
    const orgRows = await tx.select().from(organizations);
    const orgId = new Map(orgRows.map((o) => [o.slug, o.id]));
    for (const { org, contractNumber, ...details } of CONTRACTS) {
      const organizationId = orgId.get(org);
      if (!organizationId) continue;
      const updated = await tx
        .update(contracts)
        .set({
          confirmationDate: details.confirmationDate,
          initialWorkCompletedOn: details.initialWorkCompletedOn ?? null,
          monthlyFee: details.monthlyFee ?? null,
          monthlyFeeSource: details.monthlyFeeSource ?? null,
        })
        .where(eq(contracts.contractNumber, contractNumber))
        .returning({ id: contracts.id });
      if (updated.length === 0) await tx.insert(contracts).values({ contractNumber, ...details, organizationId });
    }
    await tx.update(appMeta).set({ value: SEED_VERSION, updatedAt: new Date() }).where(eq(appMeta.key, SEED_MARKER));
    return true;
  });
}
