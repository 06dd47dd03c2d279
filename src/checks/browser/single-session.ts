import { NOTICE_SOURCE } from "../../explain/sources.js";
import { guideCheck } from "../guide.js";
import { BROWSER_SINGLE_SESSION_CHECK } from "./ids.js";

/**
 * SESSION-SINGLE: one browser on one device at a time. Sessions elsewhere are not
 * visible from this computer, so this is guidance, not a verdict.
 */
export const browserSingleSessionCheck = guideCheck({
  id: BROWSER_SINGLE_SESSION_CHECK,
  group: "browser",
  covers: ["SESSION-SINGLE"],
  title: "browser.singleSession.title",
  code: "GUIDE_SINGLE_SESSION",
  message: "browser.singleSession.message",
  steps: ["browser.remedy.logOutElsewhere", "browser.remedy.oneBrowserOneDevice"],
  source: NOTICE_SOURCE,
});
