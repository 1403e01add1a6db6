import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Small facts about the database itself, e.g. that the demo data was seeded (so it is seeded once). */
export const appMeta = pgTable("app_meta", {
  key: text().primaryKey(),
  value: text().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
