import type { CheckDefinition } from "../../core/types.js";
import { notYetChecked } from "../not-yet-checked.js";

/** The network group's checks, in the order they are shown. */
export const networkChecks: CheckDefinition[] = [notYetChecked("network", [])];
