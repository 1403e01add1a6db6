import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";

const SERVICES_DIR = fileURLToPath(new URL("../services", import.meta.url));

const feeCaseSchema = z.strictObject({
  name: z.string().min(1),
  asOf: z.string().optional(),
  parameters: z.unknown(),
  expect: z
    .strictObject({
      monthly: z.string().optional(),
      monthlyWithTax: z.string().optional(),
      initial: z.string().optional(),
      initialWithTax: z.string().optional(),
      lines: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
  expectError: z.strictObject({ code: z.string(), paths: z.array(z.array(z.string())).optional() }).optional(),
});
export type FeeCase = z.infer<typeof feeCaseSchema>;

/** Reads `services/<id>/cases/<file>.yaml` for every service that has one. */
export function loadCases<T>(file: string, schema: z.ZodType<T>): { serviceId: string; cases: T[] }[] {
  return readdirSync(SERVICES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const path = join(SERVICES_DIR, d.name, "cases", file);
      let text: string;
      try {
        text = readFileSync(path, "utf8");
      } catch {
        return [];
      }
      return [{ serviceId: d.name, cases: z.array(schema).parse(parse(text)) }];
    });
}

export const loadFeeCases = () => loadCases("fees.yaml", feeCaseSchema);
