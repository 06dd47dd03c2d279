import type { CheckDefinition } from "../../core/types.js";
import { BROWSER_SINGLE_SESSION_CHECK } from "./ids.js";

/**
 * SESSION-SINGLE: one browser on one device at a time. Sessions elsewhere are not
 * visible from this computer, so this is guidance, not a verdict.
 */
export const browserSingleSessionCheck: CheckDefinition = {
  id: BROWSER_SINGLE_SESSION_CHECK,
  group: "browser",
  covers: ["SESSION-SINGLE"],
  title: "browser.singleSession.title",
  codes: { GUIDE_SINGLE_SESSION: "info" },
  async run() {
    return {
      status: "info",
      code: "GUIDE_SINGLE_SESSION",
      message: { key: "browser.singleSession.message" },
      remedy: [{ key: "browser.remedy.logOutElsewhere" }, { key: "browser.remedy.oneBrowserOneDevice" }],
    };
  },
};
