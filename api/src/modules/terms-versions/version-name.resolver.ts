import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../../context.js";
import { TermsVersion } from "../common/terms-version.type.js";
import { StoredTermsVersion } from "../legal/legal.type.js";
import { customerVersionName } from "@yakkan/terms";

@Resolver(() => TermsVersion)
export class TermsVersionNameResolver {
  @FieldResolver(() => String, {
    description:
      'The version\'s name for customers, from its effective date (「2027年1月1日施行版」 / "Terms effective 1 January 2027"); `version` is an internal label.',
  })
  displayName(@Root() v: TermsVersion, @Ctx() ctx: ApiContext): string {
    return customerVersionName(v.effectiveFrom)[ctx.lang];
  }
}

@Resolver(() => StoredTermsVersion)
export class StoredTermsVersionNameResolver {
  @FieldResolver(() => String, {
    description: "The name customers will see for this version (from its effective date).",
  })
  customerName(@Root() v: StoredTermsVersion, @Ctx() ctx: ApiContext): string {
    return customerVersionName(v.effectiveFrom)[ctx.lang];
  }
}
