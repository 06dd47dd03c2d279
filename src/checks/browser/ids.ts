import { checkHandle } from "../../core/define-check.js";
import type { BrowserDetection } from "../../host/browsers/types.js";
import type { PolicyRead } from "../../host/browsers/policies/types.js";

/** Handles of the browser group's checks: each id typed with what the check hands over. */
export const BROWSER_INSTALLED_CHECK = checkHandle<BrowserDetection>("browser.installed");
export const BROWSER_UP_TO_DATE_CHECK = checkHandle<undefined>("browser.up-to-date");
export const BROWSER_DEFAULT_CHECK = checkHandle<undefined>("browser.default");
export const BROWSER_PIN_CANCEL_CHECK = checkHandle<undefined>("browser.pin-cancel");
export const BROWSER_SINGLE_SESSION_CHECK = checkHandle<undefined>("browser.single-session");

/** Each `--version` call gets this much of the check's budget at most (ms). */
export function probeTimeout(budgetMs: number): number {
  // Leave room so that one hanging browser ends as a timeout for that browser while
  // the check itself still reports within its budget.
  return Math.max(200, Math.min(5_000, Math.floor(budgetMs * 0.6)));
}
export const BROWSER_SITE_SETTINGS_CHECK = checkHandle<undefined>("browser.site-settings");
export const BROWSER_POLICIES_CHECK = checkHandle<PolicyRead>("browser.policies");
