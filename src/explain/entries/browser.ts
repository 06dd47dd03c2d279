import { NOTICE_SOURCE } from "../sources.js";
import type { ExplainEntry } from "../types.js";

const LNA_SOURCE = "Chrome Local Network Access: chromestatus 5152728072060928, developer.chrome.com/blog/local-network-access";
const POLICY_SOURCE = "chromium docs/enterprise/policies.md; chromium.org/administrators/url-blocklist-filter-format";

/** Every code the browser group's checks declare. */
export const browserEntries: readonly ExplainEntry[] = [
  { code: "RECOMMENDED_BROWSER_INSTALLED", meaning: "browser.explain.RECOMMENDED_BROWSER_INSTALLED", remedy: [] },
  {
    code: "NO_RECOMMENDED_BROWSER",
    meaning: "browser.explain.NO_RECOMMENDED_BROWSER",
    remedy: ["browser.remedy.installChrome", "browser.remedy.installOpera", "browser.remedy.useChromeForPortal"],
    source: NOTICE_SOURCE,
  },
  {
    code: "BROWSER_PROBE_TIMEOUT",
    meaning: "browser.explain.BROWSER_PROBE_TIMEOUT",
    remedy: ["browser.remedy.probeTimeout", "browser.remedy.checkVersionByHand"],
  },
  {
    code: "BROWSER_PROBE_FAILED",
    meaning: "browser.explain.BROWSER_PROBE_FAILED",
    remedy: ["browser.remedy.probeTimeout", "browser.remedy.checkVersionByHand"],
  },
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
    remedy: [
      "browser.remedy.setDefaultWindows",
      "browser.remedy.setDefaultMac",
      "browser.remedy.setDefaultLinux",
      "browser.remedy.openPortalInChrome",
    ],
  },
  { code: "DEFAULT_BROWSER_UNKNOWN", meaning: "browser.explain.DEFAULT_BROWSER_UNKNOWN", remedy: ["browser.remedy.openPortalInChrome"] },
  {
    code: "DEFAULT_BROWSER_QUERY_TIMEOUT",
    meaning: "browser.explain.DEFAULT_BROWSER_QUERY_TIMEOUT",
    remedy: ["browser.remedy.openPortalInChrome"],
  },
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
  { code: "SITE_SETTINGS_OK", meaning: "browser.explain.SITE_SETTINGS_OK", remedy: [] },
  {
    code: "SITE_LNA_UNDECIDED",
    meaning: "browser.explain.SITE_LNA_UNDECIDED",
    remedy: ["browser.remedy.pressAllowLna"],
    source: LNA_SOURCE,
  },
  { code: "SITE_NO_PROFILE", meaning: "browser.explain.SITE_NO_PROFILE", remedy: ["browser.remedy.pressAllowLna"] },
  {
    code: "SITE_BLOCKED",
    meaning: "browser.explain.SITE_BLOCKED",
    remedy: ["browser.remedy.siteSettingsChrome", "browser.remedy.siteSettingsOpera"],
    source: LNA_SOURCE,
  },
  {
    code: "SITE_BLOCK_NOT_ENFORCED",
    meaning: "browser.explain.SITE_BLOCK_NOT_ENFORCED",
    remedy: ["browser.remedy.siteSettingsChrome", "browser.remedy.siteSettingsOpera"],
    source: LNA_SOURCE,
  },
  { code: "SITE_LAN_BLOCKED", meaning: "browser.explain.SITE_LAN_BLOCKED", remedy: ["browser.remedy.pressAllowLna"], source: LNA_SOURCE },
  {
    code: "SITE_BLOCKED_OTHER_PROFILE",
    meaning: "browser.explain.SITE_BLOCKED_OTHER_PROFILE",
    remedy: ["browser.remedy.siteSettingsChrome", "browser.remedy.siteSettingsOpera"],
  },
  { code: "SITE_PROFILE_UNREADABLE", meaning: "browser.explain.SITE_PROFILE_UNREADABLE", remedy: ["browser.remedy.closeBrowserAndRerun"] },
  { code: "POLICY_NONE", meaning: "browser.explain.POLICY_NONE", remedy: [] },
  { code: "POLICY_NOTHING_BLOCKS", meaning: "browser.explain.POLICY_NOTHING_BLOCKS", remedy: [] },
  {
    code: "POLICY_BLOCKS",
    meaning: "browser.explain.POLICY_BLOCKS",
    remedy: ["browser.remedy.askItAdmin", "browser.remedy.checkChromePolicyPage", "browser.remedy.otherBrowserOrComputer"],
    source: POLICY_SOURCE,
  },
  {
    code: "POLICY_RECOMMENDED_BLOCKS",
    meaning: "browser.explain.POLICY_RECOMMENDED_BLOCKS",
    remedy: ["browser.remedy.askItAdmin", "browser.remedy.checkChromePolicyPage"],
    source: POLICY_SOURCE,
  },
  {
    code: "POLICY_LAN_BLOCKED",
    meaning: "browser.explain.POLICY_LAN_BLOCKED",
    remedy: ["browser.remedy.askItAdmin"],
    source: POLICY_SOURCE,
  },
  {
    code: "POLICY_POPUPS_BLOCKED",
    meaning: "browser.explain.POLICY_POPUPS_BLOCKED",
    remedy: ["browser.remedy.askItAdmin"],
    source: POLICY_SOURCE,
  },
  { code: "POLICY_UNREADABLE", meaning: "browser.explain.POLICY_UNREADABLE", remedy: ["browser.remedy.checkChromePolicyPage"] },
  {
    // The console line Chrome prints when a public page's request to this computer is refused.
    code: "LNA_PERMISSION_DENIED",
    meaning: "browser.explain.LNA_PERMISSION_DENIED",
    remedy: ["browser.remedy.siteSettingsChrome", "browser.remedy.siteSettingsOpera", "browser.remedy.pressAllowLna"],
    texts: [
      "Permission was denied for this request to access the `loopback` address space",
      "Permission was denied for this request to access the `local` address space",
      "Permission was denied for this request to access the `unknown` address space",
    ],
    source: LNA_SOURCE,
  },
  {
    // The permission prompt (chromium components/permissions_strings.grdp:
    // IDS_LOOPBACK_NETWORK_PERMISSION_FRAGMENT, IDS_LOCAL_NETWORK_PERMISSION_FRAGMENT,
    // IDS_LOCAL_NETWORK_ACCESS_PERMISSION_FRAGMENT, IDS_LOOPBACK_NETWORK_INFOBAR_TEXT).
    code: "LNA_PROMPT",
    meaning: "browser.explain.LNA_PROMPT",
    remedy: ["browser.remedy.pressAllowLna"],
    texts: [
      "Access other apps and services on this device",
      "wants to access other apps and services on this device",
      "Access other devices on your local network",
      "Look for and connect to any device on your local network",
    ],
    source: "chromium components/permissions_strings.grdp (LOOPBACK_NETWORK / LOCAL_NETWORK / LOCAL_NETWORK_ACCESS permission fragments)",
  },
];
