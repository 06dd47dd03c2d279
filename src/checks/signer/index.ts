import type { CheckDefinition } from "../../core/types.js";
import { signerInstalledCheck } from "./installed.js";
import { signerRunningCheck } from "./running.js";
import { signerAnsweringCheck } from "./answering.js";
import { signingTestedGuide } from "./signing-tested.js";

/** The signer group's checks, in the order they are shown. */
export const signerChecks: CheckDefinition[] = [signerInstalledCheck, signerRunningCheck, signerAnsweringCheck, signingTestedGuide];
