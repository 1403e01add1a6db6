import { relations } from "drizzle-orm";
import { contracts } from "./contracts.js";
import { organizations } from "./organizations.js";
import { requests } from "./requests.js";
import { users } from "./users.js";

export const organizationsRelations = relations(organizations, ({ many }) => ({
  users: many(users),
  contracts: many(contracts),
}));

export const usersRelations = relations(users, ({ one }) => ({
  organization: one(organizations, { fields: [users.organizationId], references: [organizations.id] }),
}));

export const contractsRelations = relations(contracts, ({ one, many }) => ({
  organization: one(organizations, { fields: [contracts.organizationId], references: [organizations.id] }),
  requests: many(requests),
}));

export const requestsRelations = relations(requests, ({ one }) => ({
  contract: one(contracts, { fields: [requests.contractId], references: [contracts.id] }),
  organization: one(organizations, { fields: [requests.organizationId], references: [organizations.id] }),
}));
