import type { CheckDefinition } from "../../core/types.js";
import { browserInstalledCheck } from "./installed.js";
import { browserUpToDateCheck } from "./up-to-date.js";
import { browserDefaultCheck } from "./default-browser.js";
import { browserPinCancelCheck } from "./pin-cancel.js";
import { browserSingleSessionCheck } from "./single-session.js";
import { browserSiteSettingsCheck } from "./site-settings.js";
import { browserPoliciesCheck } from "./policies.js";

/** The browser group's checks, in the order they are shown. */
export const browserChecks: CheckDefinition[] = [
  browserInstalledCheck,
  browserUpToDateCheck,
  browserDefaultCheck,
  browserSiteSettingsCheck,
  browserPoliciesCheck,
  browserPinCancelCheck,
  browserSingleSessionCheck,
];
