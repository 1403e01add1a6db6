import { eq, sql } from "drizzle-orm";
import type { Database } from "../client.js";
import { appMeta, contracts, organizations, users } from "../schema/index.js";

const SEED_MARKER = "demo-seed";
const SEED_VERSION = "1";
const SEED_LOCK = 72_616_002;

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
  { org: "kyushu-logistics", email: "admin@kyushu-logistics.example", displayName: "山田 太郎", role: "customer-admin" as const },
  { org: "kyushu-logistics", email: "member@kyushu-logistics.example", displayName: "佐藤 次郎", role: "customer-member" as const },
  { org: "hakata-design", email: "admin@hakata-design.example", displayName: "中村 さくら", role: "customer-admin" as const },
  { org: "fukuoka-medical", email: "admin@fukuoka-medical.example", displayName: "田中 健", role: "customer-admin" as const },
];

/** Contracts at different points of their lives (start dates relative to late 2026). */
const CONTRACTS = [
  {
    contractNumber: "YK-FM-0001",
    org: "kyushu-logistics",
    serviceId: "qtpro-flex-mobility",
    parameters: { plan: "core", licenses: 1200, serverBandwidth: "300M", accessBandwidth: "300M" },
    startDate: "2026-06-01",
  },
  {
    contractNumber: "YK-UTM-0002",
    org: "kyushu-logistics",
    serviceId: "utm-support",
    parameters: { device: "ssb10", licensed: true },
    startDate: "2022-02-14",
  },
  {
    contractNumber: "YK-FM-0003",
    org: "hakata-design",
    serviceId: "qtpro-flex-mobility",
    parameters: { plan: "starter", licenses: 120, accessBandwidth: "50M" },
    startDate: "2025-04-01",
  },
  {
    contractNumber: "YK-SRV-0004",
    org: "hakata-design",
    serviceId: "server-support",
    parameters: { device: "os6", corporate: false },
    startDate: "2024-09-10",
  },
  {
    contractNumber: "YK-CL-0005",
    org: "fukuoka-medical",
    serviceId: "qtpro-cloud",
    parameters: { closedNetwork: true, dedicatedCluster: true },
    startDate: "2026-04-01",
  },
  {
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
  },
];

/**
 * Seeds the demo organisations, users and contracts once: a marker row records that it ran, so a
 * restart (or a second server starting at the same moment) never duplicates or resurrects data.
 * Returns true when this call seeded.
 */
export async function seedDemoData(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const done = await tx.select().from(appMeta).where(eq(appMeta.key, SEED_MARKER));
    if (done.length > 0) return false;

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
    await tx.insert(users).values(USERS.map(({ org, ...u }) => ({ ...u, organizationId: idOf(org) })));
    await tx.insert(contracts).values(CONTRACTS.map(({ org, ...c }) => ({ ...c, organizationId: idOf(org) })));
    await tx.insert(appMeta).values({ key: SEED_MARKER, value: SEED_VERSION });
    return true;
  });
}
