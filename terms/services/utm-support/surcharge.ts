import { surcharge as nttWestSurcharge } from "../ntt-west-common/surcharge.js";
import { SURCHARGE } from "./cite.js";

export const surcharge = nttWestSurcharge([SURCHARGE]);
