import { z } from "zod";
import { scalarSchema, type Scalar } from "./common.js";

/**
 * A predicate over a configuration's (resolved) parameter values, e.g. "plan is complete" or
 * "multiRegion is set". Used for conditional parameter rules and fee items.
 */
export type Condition =
  | { param: string; in: Scalar[] }
  | { param: string; present: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ param: z.string().min(1), in: z.array(scalarSchema).min(1) }),
    z.strictObject({ param: z.string().min(1), present: z.boolean() }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);
