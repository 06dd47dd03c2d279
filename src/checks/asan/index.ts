import type { CheckDefinition } from "../../core/types.js";
import { notYetChecked } from "../not-yet-checked.js";

/** The asan group's checks, in the order they are shown. */
export const asanChecks: CheckDefinition[] = [notYetChecked("asan", [])];
