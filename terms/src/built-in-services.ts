import { serviceDefinitions } from "../services/index.js";
import { ServiceRegistry } from "./engine/registry.js";

// The services shipped as data in terms/services/, outside the engine: the engine interprets any
// service definition it is given and knows none of them.

let builtIn: ServiceRegistry | undefined;

/** The registry of the services shipped in `terms/services/`, parsed once. */
export function builtInServices(): ServiceRegistry {
  builtIn ??= ServiceRegistry.fromData(serviceDefinitions);
  return builtIn;
}
