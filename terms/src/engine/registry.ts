import { serviceDefinitionSchema, type ServiceDefinition, type ServiceDefinitionInput } from "../dsl/index.js";
import { TermsDataError, UnknownServiceError } from "./errors.js";

/** Parses service data through the DSL's schemas; a defect names the service and the path. */
export function loadService(input: ServiceDefinitionInput): ServiceDefinition {
  const parsed = serviceDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new TermsDataError(input.id, first?.path.join(".") ?? "", first?.message ?? "invalid");
  }
  return parsed.data;
}

/** A set of services looked up by id. */
export class ServiceRegistry {
  private readonly byId: Map<string, ServiceDefinition>;

  constructor(services: readonly ServiceDefinition[]) {
    this.byId = new Map(services.map((s) => [s.id, s]));
  }

  static fromData(inputs: readonly ServiceDefinitionInput[]): ServiceRegistry {
    return new ServiceRegistry(inputs.map(loadService));
  }

  list(): ServiceDefinition[] {
    return [...this.byId.values()];
  }

  find(id: string): ServiceDefinition | undefined {
    return this.byId.get(id);
  }

  get(id: string): ServiceDefinition {
    const service = this.byId.get(id);
    if (!service) throw new UnknownServiceError(id);
    return service;
  }
}
