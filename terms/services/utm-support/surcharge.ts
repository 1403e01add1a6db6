import type { TermsBodyInput } from "../../src/dsl/index.js";
import { SURCHARGE } from "./cite.js";

export const surcharge: NonNullable<TermsBodyInput["surcharge"]> = { multiple: 2, taxOnSurcharge: true, cite: [SURCHARGE] };
