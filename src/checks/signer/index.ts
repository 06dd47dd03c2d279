import type { CheckDefinition } from "../../core/types.js";
import { notYetChecked } from "../not-yet-checked.js";

/** The signer group's checks, in the order they are shown. */
export const signerChecks: CheckDefinition[] = [notYetChecked("signer", [])];
