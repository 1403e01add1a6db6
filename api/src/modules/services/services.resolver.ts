import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { ApiContext } from "../../context.js";
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
}
