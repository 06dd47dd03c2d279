import type { CheckDefinition } from "../../core/types.js";
import { loginWindow, phaseAt } from "../../plan/window.js";
import { offsetOfSaleText } from "../../plan/zone.js";
import { otherZone, windowValues } from "../../plan/times.js";

/**
 * SESSION-500 and SESSION-SINGLE as times: when to log in so that the 500-minute
 * session lasts through the sale, and a sale time already past is a failure.
 */
export const planWindowCheck: CheckDefinition = {
  id: "plan.window",
  group: "plan",
  covers: ["SESSION-500", "SESSION-SINGLE"],
  title: "plan.window.title",
  codes: {
    PLAN_NO_SALE: "skip",
    PLAN_LOGIN_WINDOW: "info",
    PLAN_WINDOW_OPEN_NOW: "info",
    PLAN_LOGIN_NOW: "warn",
    PLAN_SALE_PAST: "fail",
  },
  async run(ctx) {
    const sale = ctx.options.sale;
    if (!sale) return { status: "skip", code: "PLAN_NO_SALE", message: { key: "plan.noSale" }, remedy: [{ key: "plan.noSale.remedy" }] };
    const w = loginWindow(sale);
    const now = ctx.host.now();
    const other = otherZone(offsetOfSaleText(ctx.options.saleText));
    const values = windowValues(w, other);
    const data = {
      sale: w.sale.toISOString(),
      earliestLogin: w.earliest.toISOString(),
      latestLogin: w.latest.toISOString(),
      recommendedLogin: w.recommended.toISOString(),
      sessionMinutes: 500,
      now: now.toISOString(),
      baku: { sale: values.sale, earliest: values.earliest, latest: values.latest, recommended: values.recommended },
    };
    const window = { key: other === undefined ? "plan.window.times" : "plan.window.timesTwoZones", values };
    const remedy = [
      { key: "plan.window.remedy.login", values },
      { key: "plan.window.remedy.notEarlier", values },
      { key: "plan.window.remedy.single" },
    ];
    switch (phaseAt(w, now)) {
      case "past":
        return {
          status: "fail",
          code: "PLAN_SALE_PAST",
          message: { key: "plan.window.past", values },
          remedy: [{ key: "plan.window.remedy.checkDate" }],
          data,
        };
      case "closing":
        return {
          status: "warn",
          code: "PLAN_LOGIN_NOW",
          message: { key: "plan.window.loginNow", values },
          remedy: [{ key: "plan.window.remedy.loginNow" }, { key: "plan.window.remedy.single" }],
          data,
        };
      case "open":
        return { status: "info", code: "PLAN_WINDOW_OPEN_NOW", message: { key: "plan.window.openNow", values }, remedy, data };
      case "ahead":
        return { status: "info", code: "PLAN_LOGIN_WINDOW", message: window, remedy, data };
    }
  },
};
