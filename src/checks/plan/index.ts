import type { CheckDefinition } from "../../core/types.js";
import { notYetChecked } from "../not-yet-checked.js";

/** The plan group's checks, in the order they are shown. */
export const planChecks: CheckDefinition[] = [notYetChecked("plan", [])];
