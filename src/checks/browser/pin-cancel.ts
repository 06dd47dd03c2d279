import { NOTICE_SOURCE } from "../../explain/sources.js";
import { guideCheck } from "../guide.js";
import { BROWSER_PIN_CANCEL_CHECK } from "./ids.js";

/**
 * EIMZA-PIN-CANCEL: after "İmtina" (Cancel) at the PIN prompt — or after the error
 * "Portala imza ilə giriş mümkün olmadı" — the browser must be closed completely and
 * opened again. No computer state shows whether that happened, so this is guidance.
 */
export const browserPinCancelCheck = guideCheck({
  id: BROWSER_PIN_CANCEL_CHECK,
  group: "browser",
  covers: ["EIMZA-PIN-CANCEL", "EIMZA-READY-BEFORE-LOGIN"],
  title: "browser.pinCancel.title",
  code: "GUIDE_PIN_CANCEL_RESTART",
  message: "browser.pinCancel.message",
  steps: ["browser.remedy.closeAllWindows", "browser.remedy.reopenAndLogin"],
  source: NOTICE_SOURCE,
});
