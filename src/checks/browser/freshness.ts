import type { BrowserId, InstallKind } from "../../host/browsers/types.js";
import type { MessageKey } from "../../i18n/keys.js";

/** How far a browser's major is behind the current stable major. */
export type Freshness = "current" | "oneBehind" | "outdated";

/**
 * The thresholds: the current major (or newer) is fine; one major behind gets a warning
 * (the update usually waits for a restart); more than one is a failure — the portal's
 * signing page is tested against the current Chrome.
 */
export function judge(installedMajor: number, currentMajor: number): { freshness: Freshness; behind: number } {
  const behind = Math.max(0, currentMajor - installedMajor);
  return { freshness: behind === 0 ? "current" : behind === 1 ? "oneBehind" : "outdated", behind };
}

/** The update steps that are terminal commands (a package manager, snap, flatpak): for an IT helper. */
export const UPDATE_COMMANDS = [
  "browser.remedy.updateSnap",
  "browser.remedy.updateFlatpak",
  "browser.remedy.updateOperaLinux",
  "browser.remedy.updateChromeLinux",
] as const satisfies readonly MessageKey[];

/** Catalogue keys of the update steps that fit this browser and how it was installed. */
export function updateSteps(browser: BrowserId, kind: InstallKind): MessageKey[] {
  if (kind === "snap") return ["browser.remedy.updateSnap"];
  if (kind === "flatpak") return ["browser.remedy.updateFlatpak"];
  const opera = browser === "opera" || browser === "opera-gx";
  if (kind === "package") return [opera ? "browser.remedy.updateOperaLinux" : "browser.remedy.updateChromeLinux"];
  return [opera ? "browser.remedy.updateOpera" : "browser.remedy.updateChrome"];
}
