import type { BrowserId } from "./types.js";

/**
 * Names a browser from an identifier the OS gives for the default handler: a Linux
 * .desktop id ("google-chrome.desktop", "com.google.Chrome.desktop",
 * "chromium_chromium.desktop"), a Windows UserChoice ProgId ("ChromeHTML",
 * "OperaStable", "Opera GXStable", "MSEdgeHTM", "FirefoxURL-308046B0AF4A39CB") or a
 * macOS bundle id ("com.google.chrome", "com.operasoftware.opera"). Order matters:
 * "chromium" contains "chrom", "Opera GX" contains "Opera".
 */
export function browserFromHandlerId(id: string): BrowserId | undefined {
  const s = id.toLowerCase();
  if (/opera\s*gx|operagx/.test(s)) return "opera-gx";
  if (/opera/.test(s)) return "opera";
  if (/chromium/.test(s)) return "chromium";
  if (/msedge|microsoft-edge|microsoft\.edge|edgemac|\bedge\b/.test(s)) return "edge";
  if (/chrome/.test(s)) return "chrome";
  if (/firefox|mozilla/.test(s)) return "firefox";
  if (/safari/.test(s)) return "safari";
  return undefined;
}

/**
 * Brand names of browsers the tool does not otherwise tell apart, by the identifier the
 * OS gives for the default handler: Windows ProgIds ("YandexHTML", "IE.HTTP",
 * "IE.HTTPS", "BraveHTML", "VivaldiHTM.…"), .desktop ids ("yandex-browser.desktop")
 * and bundle ids ("ru.yandex.desktop.yandex-browser"). A brand name is the same in every language.
 */
const OTHER_BROWSERS: ReadonlyArray<{ test: RegExp; name: string }> = [
  { test: /yandex/i, name: "Yandex Browser" },
  { test: /^ie\.(https?|ftp)$|iexplore|internet\s*explorer/i, name: "Internet Explorer" },
  { test: /brave/i, name: "Brave" },
  { test: /vivaldi/i, name: "Vivaldi" },
];

export function otherBrowserName(id: string): string | undefined {
  return OTHER_BROWSERS.find((b) => b.test.test(id))?.name;
}
