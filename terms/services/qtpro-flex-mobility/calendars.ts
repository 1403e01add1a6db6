import type { TermsBodyInput } from "../../src/dsl/index.js";
import { bankCalendar } from "../common/calendars.js";
import { PAYMENT_DEADLINE } from "./cite.js";

export const calendars: NonNullable<TermsBodyInput["calendars"]> = [bankCalendar(PAYMENT_DEADLINE)];
