import { and, asc, eq } from "drizzle-orm";
import { schema } from "@yakkan/db";
import { Arg, Authorized, Ctx, Field, GraphQLISODateTime, ID, ObjectType, Query, Resolver } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { isUuid } from "../../bounds.js";
import type { ApiContext } from "../../context.js";
import { badInput } from "../../errors.js";
import { isCustomer, requireViewer } from "../auth/viewer.js";

@ObjectType({ description: "One recorded state change." })
export class AuditEntry {
  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => ID, { nullable: true })
  actorUserId?: string | null;

  @Field(() => String, { nullable: true })
  actorName?: string | null;

  @Field(() => String)
  action!: string;

  @Field(() => String)
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before?: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after?: unknown;
}

/** The audit trail of one entity, oldest first; customers see only their organisation's rows. */
export async function auditTrail(ctx: ApiContext, entityId: string): Promise<AuditEntry[]> {
  const viewer = requireViewer(ctx);
  // Audited entities are requests, contracts, users and terms versions: all have UUIDs.
  if (!isUuid(entityId)) throw badInput(ctx.lang, [{ path: ["entityId"], message: { ja: "ID の形式が正しくありません", en: "not an id" } }]);
  const rows = await ctx.db
    .select({ entry: schema.auditLog, actorName: schema.users.displayName })
    .from(schema.auditLog)
    .leftJoin(schema.users, eq(schema.users.id, schema.auditLog.actorUserId))
    .where(
      and(
        eq(schema.auditLog.entityId, entityId),
        isCustomer(viewer) ? eq(schema.auditLog.organizationId, viewer.organizationId) : undefined,
      ),
    )
    .orderBy(asc(schema.auditLog.id));
  return rows.map((r) => ({ ...r.entry, actorName: r.actorName }));
}

@Resolver()
export class AuditResolver {
  @Authorized()
  @Query(() => [AuditEntry], { description: "Who changed what and when, for one request or contract." })
  auditTrail(@Arg("entityId", () => ID) entityId: string, @Ctx() ctx: ApiContext): Promise<AuditEntry[]> {
    return auditTrail(ctx, entityId);
  }
}
