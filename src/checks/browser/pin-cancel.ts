import type { CheckDefinition } from "../../core/types.js";
import { BROWSER_PIN_CANCEL_CHECK } from "./ids.js";

/**
 * EIMZA-PIN-CANCEL: after "İmtina" (Cancel) at the PIN prompt — or after the error
 * "Portala imza ilə giriş mümkün olmadı" — the browser must be closed completely and
 * opened again. No computer state shows whether that happened, so this is guidance.
 */
export const browserPinCancelCheck: CheckDefinition = {
  id: BROWSER_PIN_CANCEL_CHECK,
  group: "browser",
  covers: ["EIMZA-PIN-CANCEL", "EIMZA-READY-BEFORE-LOGIN"],
  title: "browser.pinCancel.title",
  codes: { GUIDE_PIN_CANCEL_RESTART: "info" },
  async run() {
    return {
      status: "info",
      code: "GUIDE_PIN_CANCEL_RESTART",
      message: { key: "browser.pinCancel.message" },
      remedy: [{ key: "browser.remedy.closeAllWindows" }, { key: "browser.remedy.reopenAndLogin" }],
    };
  },
};
