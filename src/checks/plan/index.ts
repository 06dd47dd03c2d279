import type { CheckDefinition } from "../../core/types.js";
import { planWindowCheck } from "./window.js";
import { planCertificateCheck } from "./certificate.js";
import { planDayBeforeCheck } from "./day-before.js";
import { planHourBeforeCheck } from "./hour-before.js";
import { planCalendarCheck } from "./calendar.js";

/** The plan group's checks, in the order they are shown (needs --sale). */
export const planChecks: CheckDefinition[] = [
  planWindowCheck,
  planCertificateCheck,
  planDayBeforeCheck,
  planHourBeforeCheck,
  planCalendarCheck,
];
