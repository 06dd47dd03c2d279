import { NOTICE_SOURCE } from "../sources.js";
import type { ExplainEntry } from "../types.js";

/** Every code the browser group's checks declare. */
export const browserEntries: readonly ExplainEntry[] = [
  { code: "RECOMMENDED_BROWSER_INSTALLED", meaning: "browser.explain.RECOMMENDED_BROWSER_INSTALLED", remedy: [] },
  {
    code: "NO_RECOMMENDED_BROWSER",
    meaning: "browser.explain.NO_RECOMMENDED_BROWSER",
    remedy: ["browser.remedy.installChrome", "browser.remedy.installOpera", "browser.remedy.useChromeForPortal"],
    source: NOTICE_SOURCE,
  },
  { code: "BROWSER_PROBE_TIMEOUT", meaning: "browser.explain.BROWSER_PROBE_TIMEOUT", remedy: ["browser.remedy.probeTimeout", "browser.remedy.checkVersionByHand"] },
  { code: "BROWSER_PROBE_FAILED", meaning: "browser.explain.BROWSER_PROBE_FAILED", remedy: ["browser.remedy.probeTimeout", "browser.remedy.checkVersionByHand"] },
  { code: "BROWSER_UP_TO_DATE", meaning: "browser.explain.BROWSER_UP_TO_DATE", remedy: [] },
  {
    code: "BROWSER_ONE_VERSION_BEHIND",
    meaning: "browser.explain.BROWSER_ONE_VERSION_BEHIND",
    remedy: ["browser.remedy.updateChrome", "browser.remedy.updateOpera"],
  },
  {
    code: "BROWSER_OUTDATED",
    meaning: "browser.explain.BROWSER_OUTDATED",
    remedy: ["browser.remedy.updateChrome", "browser.remedy.updateOpera", "browser.remedy.updateChromeLinux"],
    source: NOTICE_SOURCE,
  },
  {
    code: "OTHER_BROWSER_OUTDATED",
    meaning: "browser.explain.OTHER_BROWSER_OUTDATED",
    remedy: ["browser.remedy.useChromeForPortal", "browser.remedy.updateChrome", "browser.remedy.updateOpera"],
  },
  { code: "BROWSER_VERSION_UNKNOWN", meaning: "browser.explain.BROWSER_VERSION_UNKNOWN", remedy: ["browser.remedy.checkVersionByHand"] },
  { code: "DEFAULT_BROWSER_RECOMMENDED", meaning: "browser.explain.DEFAULT_BROWSER_RECOMMENDED", remedy: [] },
  {
    code: "DEFAULT_BROWSER_NOT_RECOMMENDED",
    meaning: "browser.explain.DEFAULT_BROWSER_NOT_RECOMMENDED",
    remedy: ["browser.remedy.setDefaultWindows", "browser.remedy.setDefaultMac", "browser.remedy.setDefaultLinux", "browser.remedy.openPortalInChrome"],
  },
  { code: "DEFAULT_BROWSER_UNKNOWN", meaning: "browser.explain.DEFAULT_BROWSER_UNKNOWN", remedy: ["browser.remedy.openPortalInChrome"] },
  { code: "DEFAULT_BROWSER_QUERY_TIMEOUT", meaning: "browser.explain.DEFAULT_BROWSER_QUERY_TIMEOUT", remedy: ["browser.remedy.openPortalInChrome"] },
  {
    code: "GUIDE_PIN_CANCEL_RESTART",
    meaning: "browser.explain.GUIDE_PIN_CANCEL_RESTART",
    remedy: ["browser.remedy.closeAllWindows", "browser.remedy.reopenAndLogin"],
    source: NOTICE_SOURCE,
  },
  {
    code: "GUIDE_SINGLE_SESSION",
    meaning: "browser.explain.GUIDE_SINGLE_SESSION",
    remedy: ["browser.remedy.logOutElsewhere", "browser.remedy.oneBrowserOneDevice"],
    source: NOTICE_SOURCE,
  },
];
