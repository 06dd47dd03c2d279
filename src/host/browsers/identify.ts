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
 * The name people know for a default handler that is none of the browsers checked
 * (issue #21.7: "the default browser is Yandex", not "YandexHTML"). Windows ProgIds,
 * Linux .desktop ids and macOS bundle ids: "YandexHTML", "yandex-browser.desktop",
 * "ru.yandex.desktop.yandex-browser", "BraveHTML", "com.brave.Browser", "VivaldiHTM".
 */
export function otherBrowserName(id: string): string | undefined {
  const s = id.toLowerCase();
  if (/yandex/.test(s)) return "Yandex";
  if (/brave/.test(s)) return "Brave";
  if (/vivaldi/.test(s)) return "Vivaldi";
  return undefined;
}
