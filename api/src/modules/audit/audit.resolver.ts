import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import type { ApiContext } from "../../context.js";
import { auditTrail } from "./audit.service.js";
import { AuditEntry } from "./audit.type.js";

@Resolver()
export class AuditResolver {
  @Authorized()
  @Query(() => [AuditEntry], { description: "Who changed what and when, for one request or contract." })
  auditTrail(@Arg("entityId", () => ID) entityId: string, @Ctx() ctx: ApiContext): Promise<AuditEntry[]> {
    return auditTrail(ctx, entityId);
  }
}
