import { defineCheck } from "../../core/define-check.js";
import { NOTICE_SOURCE } from "../../explain/sources.js";
import type { Msg } from "../../core/types.js";
import { duration } from "../../core/duration.js";
import { pii } from "../../core/pii.js";
import { detectBrowsers } from "../../host/browsers/detect.js";
import { BROWSER_NAMES, isRecommended, RECOMMENDED, type InstalledBrowser } from "../../host/browsers/types.js";
import { BROWSER_INSTALLED_CHECK, probeTimeout } from "./ids.js";

export function describeBrowser(b: InstalledBrowser): string {
  return b.version ? `${BROWSER_NAMES[b.browser]} ${b.version}` : BROWSER_NAMES[b.browser];
}

/** Chrome first, then Opera, then Opera GX, then the rest as found. */
function byRecommendation(a: InstalledBrowser, b: InstalledBrowser): number {
  const rank = (x: InstalledBrowser) => (isRecommended(x.browser) ? RECOMMENDED.indexOf(x.browser) : RECOMMENDED.length);
  return rank(a) - rank(b);
}

/**
 * EIMZA-BROWSER / ASAN-BROWSER: Google Chrome (most recommended) or Opera must be there.
 * Chromium, Edge and Firefox are listed as not recommended for the portal.
 */
export const browserInstalledCheck = defineCheck({
  id: BROWSER_INSTALLED_CHECK,
  group: "browser",
  covers: ["EIMZA-BROWSER", "ASAN-BROWSER"],
  title: "browser.installed.title",
  budgetFactor: 2,
  codes: {
    RECOMMENDED_BROWSER_INSTALLED: { status: "pass" },
    NO_RECOMMENDED_BROWSER: {
      status: "fail",
      remedy: ["browser.remedy.installChrome", "browser.remedy.installOpera", "browser.remedy.useChromeForPortal"],
      source: NOTICE_SOURCE,
    },
    BROWSER_PROBE_TIMEOUT: { status: "timeout", remedy: ["browser.remedy.probeTimeout", "browser.remedy.checkVersionByHand"] },
    BROWSER_PROBE_FAILED: { status: "error", remedy: ["browser.remedy.probeTimeout", "browser.remedy.checkVersionByHand"] },
  },
  async run(ctx) {
    const timeoutMs = probeTimeout(ctx.budgetMs);
    const detection = await detectBrowsers(ctx.host, { signal: ctx.signal, timeoutMs });
    const found = [...detection.found].sort(byRecommendation);
    const recommended = found.filter((b) => isRecommended(b.browser));
    const others = found.filter((b) => !isRecommended(b.browser));
    const data = {
      browsers: found.map((b) => ({
        browser: b.browser,
        name: BROWSER_NAMES[b.browser],
        version: b.version ?? null,
        recommended: isRecommended(b.browser),
        kind: b.kind,
        source: pii(b.source, "path"),
      })),
      probeProblems: detection.problems.map((p) => ({
        browser: p.browser ?? null,
        state: p.problem,
        source: pii(p.source, "path"),
        timeoutMs,
      })),
    };
    const othersText = others.map(describeBrowser).join(", ");
    if (recommended.length > 0) {
      const values = { recommended: recommended.map(describeBrowser).join(", "), others: othersText };
      const message: Msg = others.length
        ? { key: "browser.installed.foundWithOthers", values }
        : { key: "browser.installed.found", values };
      return {
        code: "RECOMMENDED_BROWSER_INSTALLED",
        message,
        remedy: others.length ? [{ key: "browser.remedy.useChromeForPortal" }] : [],
        data,
        output: detection,
      };
    }
    // A recommended browser (or, on Windows, the whole inventory) that did not answer
    // may well be installed: that is "could not check", not "missing".
    const hung = detection.problems.find((p) => !p.browser || isRecommended(p.browser));
    if (hung) {
      const timedOut = hung.problem === "timeout";
      return {
        code: timedOut ? "BROWSER_PROBE_TIMEOUT" : "BROWSER_PROBE_FAILED",
        message: {
          key: timedOut ? "browser.installed.probeTimeout" : "browser.installed.probeCrashed",
          values: {
            browser: hung.browser ? BROWSER_NAMES[hung.browser] : "Windows",
            source: pii(hung.source, "path"),
            duration: duration(timeoutMs),
          },
        },
        remedy: [{ key: "browser.remedy.probeTimeout" }, { key: "browser.remedy.installChrome" }],
        data: { ...data, timeoutMs },
        output: detection,
      };
    }
    return {
      code: "NO_RECOMMENDED_BROWSER",
      message: others.length ? { key: "browser.installed.onlyOthers", values: { others: othersText } } : { key: "browser.installed.none" },
      remedy: [
        { key: "browser.remedy.installChrome" },
        { key: "browser.remedy.installOpera" },
        { key: "browser.remedy.useChromeForPortal" },
      ],
      data,
      output: detection,
    };
  },
});
