export * from "./app-meta.js";
export * from "./contracts.js";
export * from "./organizations.js";
export * from "./relations.js";
export * from "./requests.js";
export * from "./sessions.js";
export * from "./terms-versions.js";
export * from "./users.js";
