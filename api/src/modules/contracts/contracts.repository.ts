import { and, asc, count, eq, gt, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { schema, type ParameterValuesJson } from "@yakkan/db";
import type { Executor } from "../common/executor.js";

/** A contract as stored. */
export type ContractRecord = typeof schema.contracts.$inferSelect;
/** A contract with its organisation's names (both languages: the API projects one). */
export type ContractRow = ContractRecord & { organizationName: string; organizationNameEn: string };

export interface ContractFilter {
  id?: string;
  /** Only this organisation's contracts (customers see their own only). */
  organizationId?: string | null;
  /** Contract numbers after this one (the page cursor). */
  after?: string | null;
  serviceId?: string | null;
  status?: ContractRecord["status"] | null;
  /** Matches the contract number and the organisation's names. */
  search?: string | null;
}

/** "%" and "_" in a search are characters, not wildcards. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function contractWhere(filter: ContractFilter, withCursor: boolean): (SQL | undefined)[] {
  const pattern = filter.search ? likePattern(filter.search) : null;
  return [
    filter.id !== undefined ? eq(schema.contracts.id, filter.id) : undefined,
    filter.organizationId ? eq(schema.contracts.organizationId, filter.organizationId) : undefined,
    withCursor && filter.after ? gt(schema.contracts.contractNumber, filter.after) : undefined,
    filter.serviceId ? eq(schema.contracts.serviceId, filter.serviceId) : undefined,
    filter.status ? eq(schema.contracts.status, filter.status) : undefined,
    pattern
      ? or(
          ilike(schema.contracts.contractNumber, pattern),
          ilike(schema.organizations.name, pattern),
          ilike(schema.organizations.nameEn, pattern),
        )
      : undefined,
  ];
}

/**
 * How many contracts match the filter (the cursor aside): the list's result count. The organisations
 * are joined only when the search needs their names (every contract has one: a foreign key).
 */
export async function countContracts(db: Executor, filter: ContractFilter): Promise<number> {
  const where = and(...contractWhere(filter, false));
  const [row] = filter.search
    ? await db
        .select({ n: count() })
        .from(schema.contracts)
        .innerJoin(schema.organizations, eq(schema.organizations.id, schema.contracts.organizationId))
        .where(where)
    : await db.select({ n: count() }).from(schema.contracts).where(where);
  return row?.n ?? 0;
}

/**
 * Runs `read` in a transaction of its own with sorting off for the planner, so that a page in
 * contract-number order walks that index and stops after the page (see `contractsForImpact`).
 */
function walkingTheIndex<T>(db: Executor, read: (tx: Executor) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_sort = off`);
    return read(tx);
  });
}

/**
 * Contracts matching the filter in contract-number order (at most `limit`, where given). A page of
 * a list (a limit, no id) is read in its own transaction with sorting off for the planner, as the
 * impact analysis's batches are (`contractsForImpact`): the row-level security predicates make it
 * expect a handful of rows, so it would join and sort every contract after the cursor to keep a
 * page of them (staff's list of 100,000 contracts).
 */
export async function findContracts(db: Executor, filter: ContractFilter, limit?: number): Promise<ContractRow[]> {
  const where = contractWhere(filter, true);
  const select = (executor: Executor) =>
    executor
      .select({
        contract: schema.contracts,
        organizationName: schema.organizations.name,
        organizationNameEn: schema.organizations.nameEn,
      })
      .from(schema.contracts)
      .innerJoin(schema.organizations, eq(schema.organizations.id, schema.contracts.organizationId))
      .where(and(...where))
      .orderBy(asc(schema.contracts.contractNumber))
      .$dynamic();
  const rows =
    limit === undefined
      ? await select(db)
      : filter.id !== undefined
        ? await select(db).limit(limit)
        : await walkingTheIndex(db, (tx) => select(tx).limit(limit));
  return rows.map((r) => ({
    ...r.contract,
    organizationName: r.organizationName,
    organizationNameEn: r.organizationNameEn,
  }));
}

/**
 * What the impact analysis reads of a contract (decision 014): no more than the engine and its
 * report need, the configuration as its jsonb text (the worker thread parses it, where needed).
 */
export type ImpactContract = Pick<
  ContractRecord,
  "id" | "contractNumber" | "organizationId" | "startDate" | "monthlyFee" | "endDate"
> & { parametersJson: string };

/**
 * One batch of the impact analysis: the contracts of a service in a status, after a contract
 * number, in contract-number order. Its own transaction, with sorting off for the planner: the
 * row-level security predicates make PostgreSQL (and PGlite) estimate a handful of matching rows,
 * so it would otherwise scan every contract after the cursor and sort them to keep the first
 * `limit`, each batch — the analysis grew with the square of the contracts (100,000 contracts:
 * 2.5 million rows scanned). Walking the contract-number index stops after `limit` rows.
 */
export async function contractsForImpact(
  db: Executor,
  filter: { serviceId: string; status: ContractRecord["status"]; after?: string | undefined },
  limit: number,
): Promise<ImpactContract[]> {
  const c = schema.contracts;
  return walkingTheIndex(db, (tx) =>
    tx
      .select({
        id: c.id,
        contractNumber: c.contractNumber,
        organizationId: c.organizationId,
        parametersJson: sql<string>`${c.parameters}::text`,
        startDate: c.startDate,
        monthlyFee: c.monthlyFee,
        endDate: c.endDate,
      })
      .from(c)
      .where(
        and(
          eq(c.serviceId, filter.serviceId),
          eq(c.status, filter.status),
          filter.after === undefined ? undefined : gt(c.contractNumber, filter.after),
        ),
      )
      .orderBy(asc(c.contractNumber))
      .limit(limit),
  );
}

/**
 * How many contracts of a service in a status each organisation holds: one pass over the contracts,
 * without joining every row to its organisation (which the row-level security predicates make a
 * nested loop).
 */
export async function contractsPerOrganization(
  db: Executor,
  filter: { serviceId: string; status: ContractRecord["status"] },
): Promise<{ organizationId: string; contracts: number }[]> {
  const c = schema.contracts;
  return db
    .select({ organizationId: c.organizationId, contracts: count() })
    .from(c)
    .where(and(eq(c.serviceId, filter.serviceId), eq(c.status, filter.status)))
    .groupBy(c.organizationId);
}

/** Organisations' names in both languages, by id. */
export async function organizationNames(
  db: Executor,
  ids: readonly string[],
): Promise<{ id: string; name: string; nameEn: string }[]> {
  if (ids.length === 0) return [];
  const o = schema.organizations;
  return db
    .select({ id: o.id, name: o.name, nameEn: o.nameEn })
    .from(o)
    .where(inArray(o.id, [...ids]));
}

/** One contract, locked against other changes until the transaction ends. */
export async function lockContract(tx: Executor, id: string): Promise<ContractRecord | undefined> {
  const [row] = await tx.select().from(schema.contracts).where(eq(schema.contracts.id, id)).for("update");
  return row;
}

/** What completing a request changes on its contract. */
export type ContractChange =
  { status: ContractRecord["status"]; endDate: string } | { parameters: ParameterValuesJson };

export async function updateContract(tx: Executor, id: string, change: ContractChange): Promise<void> {
  await tx.update(schema.contracts).set(change).where(eq(schema.contracts.id, id));
}

/** One contract as stored, by id (inside a request's transition). */
export async function contractById(tx: Executor, id: string): Promise<ContractRecord | undefined> {
  const [row] = await tx.select().from(schema.contracts).where(eq(schema.contracts.id, id));
  return row;
}

/** The organisations that hold contracts, by name (the staff filters' choices). */
export async function organizationsWithContracts(
  db: Executor,
): Promise<{ id: string; name: string; nameEn: string }[]> {
  return db
    .selectDistinct({
      id: schema.organizations.id,
      name: schema.organizations.name,
      nameEn: schema.organizations.nameEn,
    })
    .from(schema.organizations)
    .innerJoin(schema.contracts, eq(schema.contracts.organizationId, schema.organizations.id))
    .orderBy(asc(schema.organizations.name), asc(schema.organizations.id));
}
