import type { CheckDefinition } from "../../core/types.js";
import { notYetChecked } from "../not-yet-checked.js";

/** The browser group's checks, in the order they are shown. */
export const browserChecks: CheckDefinition[] = [notYetChecked("browser", [])];
