import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { ApiContext } from "../../context.js";
import { ViewerType } from "./auth.type.js";
import { changePassword, signIn, signOut } from "./sessions.service.js";
import type { Viewer } from "./viewer.js";

export function toViewerType(v: Viewer, lang: ApiContext["lang"]): ViewerType {
  return {
    id: v.userId,
    email: v.email,
    displayName: v.displayName,
    role: v.role,
    roleCode: v.role,
    organizationId: v.organizationId,
    organizationName: lang === "ja" ? v.organizationName : v.organizationNameEn,
    sessionExpiresAt: v.expiresAt,
  };
}

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, { nullable: true, description: "The signed-in user, or null." })
  viewer(@Ctx() ctx: ApiContext): ViewerType | null {
    return ctx.viewer ? toViewerType(ctx.viewer, ctx.lang) : null;
  }

  @Mutation(() => ViewerType, {
    description: "Signs in with e-mail and password; the session travels in an HttpOnly cookie.",
  })
  async signIn(
    @Arg("email", () => String) email: string,
    @Arg("password", () => String) password: string,
    @Ctx() ctx: ApiContext,
  ): Promise<ViewerType> {
    const result = await signIn(ctx, email, password);
    ctx.setSessionCookie?.(result.token, result.expiresAt);
    return toViewerType(result.viewer, ctx.lang);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Changes the signed-in user's password; their other sessions end." })
  changePassword(
    @Arg("currentPassword", () => String) currentPassword: string,
    @Arg("newPassword", () => String) newPassword: string,
    @Ctx() ctx: ApiContext,
  ): Promise<boolean> {
    return changePassword(ctx, { currentPassword, newPassword });
  }

  @Mutation(() => Boolean, { description: "Ends the current session." })
  async signOut(@Ctx() ctx: ApiContext): Promise<boolean> {
    await signOut(ctx.db, ctx.sessionToken);
    ctx.setSessionCookie?.(null, new Date(0));
    return true;
  }
}
