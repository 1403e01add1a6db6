import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  buildSchema,
  isInputObjectType,
  isObjectType,
  printSchema,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildApiSchema } from "../src/schema.js";

const COMMITTED = fileURLToPath(new URL("../schema.graphql", import.meta.url));
/** The public contract, committed with the API; the workplace's shared/spec holds the original. */
const PUBLIC_SPEC = fileURLToPath(new URL("../spec/public-api.graphql", import.meta.url));
const SHARED_SPEC = fileURLToPath(new URL("../../../shared/spec/public-api.graphql", import.meta.url));
const sharedSpec = existsSync(SHARED_SPEC) ? SHARED_SPEC : undefined;
if (!sharedSpec)
  console.info(`${SHARED_SPEC} is absent: the committed copy of the public contract is not compared with it`);

/** The public operations implemented so far; each later issue adds its own. */
const IMPLEMENTED_QUERIES = [
  "services",
  "service",
  "feeEstimate",
  "orderDeadline",
  "cancellationQuote",
  "changeQuote",
  "cancellationPlan",
  "lateInterest",
];

function signature(field: GraphQLField<unknown, unknown> | GraphQLInputField): string {
  // Arguments are passed by name, so their order is not part of the contract.
  const args =
    "args" in field
      ? field.args
          .map((a) => `${a.name}: ${a.type.toString()}`)
          .sort()
          .join(", ")
      : "";
  return `${field.type.toString()}(${args})`;
}

/**
 * The public spec writes one description as a "…" string across two lines, which GraphQL's grammar
 * does not allow (only """…""" block strings span lines). Read such strings as block strings.
 */
function readablePublicSpec(sdl: string): string {
  let out = "";
  for (let i = 0; i < sdl.length;) {
    const rest = sdl.slice(i);
    if (rest.startsWith('"""')) {
      const end = sdl.indexOf('"""', i + 3) + 3;
      out += sdl.slice(i, end);
      i = end;
    } else if (rest.startsWith('"')) {
      const end = sdl.indexOf('"', i + 1);
      const body = sdl.slice(i + 1, end);
      out += body.includes("\n") ? `"""${body}"""` : `"${body}"`;
      i = end + 1;
    } else if (rest.startsWith("#")) {
      const end = sdl.indexOf("\n", i);
      i = end === -1 ? sdl.length : end; // comments may hold quotes: drop them
    } else {
      out += sdl.charAt(i);
      i += 1;
    }
  }
  return out;
}

describe("the GraphQL schema", () => {
  let ours: GraphQLSchema;
  let spec: GraphQLSchema;
  beforeAll(async () => {
    ours = await buildApiSchema();
    spec = buildSchema(readablePublicSpec(readFileSync(PUBLIC_SPEC, "utf8")));
  });

  it("matches the committed api/schema.graphql (run `pnpm --filter @yakkan/api schema` after a change)", () => {
    expect(`${printSchema(ours)}\n`).toBe(readFileSync(COMMITTED, "utf8"));
  });

  it("implements the public queries done so far", () => {
    const query = ours.getQueryType()?.getFields() ?? {};
    for (const name of IMPLEMENTED_QUERIES) expect(Object.keys(query)).toContain(name);
  });

  it.skipIf(!sharedSpec)(
    "commits an unchanged copy of shared/spec/public-api.graphql (only where shared/ is beside the repository)",
    () => {
      expect(readFileSync(PUBLIC_SPEC, "utf8")).toBe(readFileSync(sharedSpec!, "utf8"));
    },
  );

  it("keeps every name, argument and type of the public contract (api/spec/public-api.graphql) that it implements", () => {
    const mismatches: string[] = [];
    for (const specType of Object.values(spec.getTypeMap())) {
      if (specType.name.startsWith("__")) continue;
      if (!isObjectType(specType) && !isInputObjectType(specType)) continue;
      const ourType = ours.getType(specType.name);
      if (!ourType) continue; // not implemented yet: the query list above says which must be
      if (!isObjectType(ourType) && !isInputObjectType(ourType)) {
        mismatches.push(`${specType.name} is not an object type`);
        continue;
      }
      const ourFields: Record<string, GraphQLField<unknown, unknown> | GraphQLInputField> = ourType.getFields();
      const specFields: Record<string, GraphQLField<unknown, unknown> | GraphQLInputField> = specType.getFields();
      for (const [name, field] of Object.entries(specFields)) {
        if (specType.name === "Query" && !(name in ourFields)) continue;
        const mine = ourFields[name];
        if (!mine) mismatches.push(`${specType.name}.${name} is missing`);
        else if (signature(mine) !== signature(field)) {
          mismatches.push(`${specType.name}.${name}: spec ${signature(field)}, ours ${signature(mine)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
