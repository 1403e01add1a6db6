import type { ServiceDefinitionInput } from "../src/dsl/index.js";
import { qtproFlexMobility } from "./qtpro-flex-mobility/index.js";

/** Every service Yakkan knows, as data. Adding one here needs no engine change. */
export const serviceDefinitions: ServiceDefinitionInput[] = [qtproFlexMobility];
