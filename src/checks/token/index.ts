import type { CheckDefinition } from "../../core/types.js";
import { notYetChecked } from "../not-yet-checked.js";

/** The token group's checks, in the order they are shown. */
export const tokenChecks: CheckDefinition[] = [notYetChecked("token", [])];
