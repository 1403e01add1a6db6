import type { ServiceDefinitionInput } from "../src/dsl/index.js";
import { qtproCloud } from "./qtpro-cloud/index.js";
import { qtproFlexMobility } from "./qtpro-flex-mobility/index.js";
import { serverSupport } from "./server-support/index.js";
import { utmSupport } from "./utm-support/index.js";

/** Every service Yakkan knows, as data. Adding one here needs no engine change. */
export const serviceDefinitions: ServiceDefinitionInput[] = [qtproCloud, qtproFlexMobility, utmSupport, serverSupport];
