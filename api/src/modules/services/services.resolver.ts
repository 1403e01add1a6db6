import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import type { Scalar } from "@yakkan/terms";
import { checkParameters } from "../../bounds.js";
import type { ApiContext } from "../../context.js";
import { ParameterField } from "./parameter-field.type.js";
import { parameterForm } from "./parameter-form.service.js";
import { Service } from "./services.type.js";
import { findService, listServices, type ServiceDescription } from "./services.service.js";

function toService(d: ServiceDescription): Service {
  return {
    id: d.definition.id,
    name: d.definition.name,
    nameEn: d.definition.nameEn,
    displayName: d.displayName,
    provider: d.definition.provider,
    currentVersion: d.currentVersion,
    versions: d.versions,
    parameters: d.parameters,
  };
}

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => [Service])
  async services(@Ctx() ctx: ApiContext): Promise<Service[]> {
    return (await listServices(ctx)).map(toService);
  }

  @Query(() => Service, { nullable: true })
  async service(@Arg("id", () => ID) id: string, @Ctx() ctx: ApiContext): Promise<Service | null> {
    const found = await findService(ctx, id);
    return found ? toService(found) : null;
  }

  @FieldResolver(() => [ParameterField], {
    description:
      "The configuration form's fields in the requested language (the typed view of parameters), each with the rule in force under the given configuration completed with defaults (default: the defaults alone).",
  })
  parameterFields(
    @Root() service: Service,
    @Arg("parameters", () => GraphQLJSON, { nullable: true }) parameters: Record<string, Scalar> | null,
    @Ctx() ctx: ApiContext,
  ): ParameterField[] {
    checkParameters(ctx.lang, ["parameters"], parameters);
    return parameterForm(ctx, service.id, parameters ?? {}).fields;
  }
}
