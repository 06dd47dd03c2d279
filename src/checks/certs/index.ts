import type { CheckDefinition } from "../../core/types.js";
import { notYetChecked } from "../not-yet-checked.js";

/** The certs group's checks, in the order they are shown. */
export const certsChecks: CheckDefinition[] = [notYetChecked("certs", [])];
