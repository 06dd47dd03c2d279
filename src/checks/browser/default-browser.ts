import { defineCheck } from "../../core/define-check.js";
import type { Msg } from "../../core/types.js";
import { duration } from "../../core/duration.js";
import type { MessageKey } from "../../i18n/keys.js";
import { detectDefaultBrowser } from "../../host/browsers/default-browser.js";
import { otherBrowserName } from "../../host/browsers/identify.js";
import { BROWSER_NAMES, isRecommended } from "../../host/browsers/types.js";
import { BROWSER_DEFAULT_CHECK, probeTimeout } from "./ids.js";

/** Where to change the default browser, per OS. */
function setDefaultStep(os: NodeJS.Platform): MessageKey {
  if (os === "win32") return "browser.remedy.setDefaultWindows";
  if (os === "darwin") return "browser.remedy.setDefaultMac";
  return "browser.remedy.setDefaultLinux";
}

/**
 * The portal's links (and the notice's) open in the default browser; when that is
 * not Chrome or Opera the citizen lands in a browser the portal does not recommend.
 */
export const browserDefaultCheck = defineCheck({
  id: BROWSER_DEFAULT_CHECK,
  group: "browser",
  covers: ["EIMZA-BROWSER", "ASAN-BROWSER"],
  title: "browser.default.title",
  // xdg-settings alone can take two seconds on a loaded machine.
  budgetFactor: 2,
  codes: {
    DEFAULT_BROWSER_RECOMMENDED: { status: "pass" },
    DEFAULT_BROWSER_NOT_RECOMMENDED: {
      status: "warn",
      remedy: [
        "browser.remedy.setDefaultWindows",
        "browser.remedy.setDefaultMac",
        "browser.remedy.setDefaultLinux",
        "browser.remedy.openPortalInChrome",
      ],
    },
    DEFAULT_BROWSER_UNKNOWN: { status: "error", remedy: ["browser.remedy.openPortalInChrome"] },
    DEFAULT_BROWSER_QUERY_TIMEOUT: { status: "timeout", remedy: ["browser.remedy.openPortalInChrome"] },
  },
  async run(ctx) {
    const timeoutMs = probeTimeout(ctx.budgetMs);
    const d = await detectDefaultBrowser(ctx.host, { signal: ctx.signal, timeoutMs });
    const data = {
      handler: d.handler ?? null,
      browser: d.browser ?? null,
      source: d.source,
      assumed: d.assumed ?? false,
      ...(d.failed ? { reason: d.failed } : {}),
    };
    if (!d.handler) {
      if (d.timedOut) {
        return {
          code: "DEFAULT_BROWSER_QUERY_TIMEOUT",
          message: { key: "browser.default.timeout", values: { duration: duration(timeoutMs), source: d.source } },
          remedy: [{ key: setDefaultStep(ctx.host.platform.os) }],
          data: { ...data, timeoutMs },
        };
      }
      return {
        code: "DEFAULT_BROWSER_UNKNOWN",
        message: { key: "browser.default.unknown" },
        remedy: [{ key: setDefaultStep(ctx.host.platform.os) }],
        data,
      };
    }
    // A name, never the identifier: "ChromeHTML" is Google Chrome; one no table knows is "another browser".
    const name: string | Msg = d.browser
      ? BROWSER_NAMES[d.browser]
      : (otherBrowserName(d.handler) ?? { key: "browser.default.anotherBrowser" });
    if (d.browser && isRecommended(d.browser)) {
      return {
        code: "DEFAULT_BROWSER_RECOMMENDED",
        message: { key: "browser.default.recommended", values: { browser: name, handler: d.handler } },
        data,
      };
    }
    return {
      code: "DEFAULT_BROWSER_NOT_RECOMMENDED",
      message: {
        key: d.assumed ? "browser.default.assumedSafari" : "browser.default.notRecommended",
        values: { browser: name, handler: d.handler },
      },
      remedy: [{ key: setDefaultStep(ctx.host.platform.os) }, { key: "browser.remedy.openPortalInChrome" }],
      data,
    };
  },
});
