export * from "./common.js";
export * from "./citation.js";
export * from "./condition.js";
export * from "./parameters.js";
export * from "./fees.js";
export * from "./calendar.js";
export * from "./rules.js";
export * from "./service.js";
