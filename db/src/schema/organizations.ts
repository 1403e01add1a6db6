import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { checkIn } from "./checks.js";

export const ORGANIZATION_KINDS = ["customer", "provider"] as const;

/** A customer organisation (or the provider's own staff organisation). */
export const organizations = pgTable(
  "organizations",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stable human key, e.g. "kyushu-logistics". */
    slug: text().notNull().unique(),
    name: text().notNull(),
    nameEn: text().notNull(),
    /** "customer" or "provider" (staff and legal belong to the provider). */
    kind: text({ enum: ORGANIZATION_KINDS }).notNull().default("customer"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [checkIn("organizations_kind_check", t.kind, ORGANIZATION_KINDS)],
);
