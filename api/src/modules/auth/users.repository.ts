import { and, eq, inArray } from "drizzle-orm";
import { schema } from "@yakkan/db";
import type { Executor } from "../common/executor.js";

/** The customer users of an organisation (who get its e-mails), with their addresses. */
export async function customerUsersOf(db: Executor, organizationId: string): Promise<{ id: string; email: string }[]> {
  return db
    .select({ id: schema.users.id, email: schema.users.email })
    .from(schema.users)
    .where(and(eq(schema.users.organizationId, organizationId), inArray(schema.users.role, ["customer-admin", "customer-member"])));
}
