import { defineCheck } from "../../core/define-check.js";
import { NOTICE_SOURCE } from "../../explain/sources.js";
import type { Msg } from "../../core/types.js";
import { loginWindow, phaseAt } from "../../plan/window.js";
import { offsetOfSaleText } from "../../plan/zone.js";
import { otherZone, windowValues } from "../../plan/times.js";

/**
 * SESSION-500 and SESSION-SINGLE as times: when to log in so that the 500-minute
 * session lasts through the sale, and a sale time already past is a failure.
 */
export const planWindowCheck = defineCheck({
  id: "plan.window",
  group: "plan",
  covers: ["SESSION-500", "SESSION-SINGLE"],
  title: "plan.window.title",
  codes: {
    PLAN_NO_SALE: { status: "skip", remedy: ["plan.noSale.remedy"] },
    PLAN_LOGIN_WINDOW: {
      status: "info",
      remedy: ["plan.explain.PLAN_LOGIN_WINDOW.remedy", "plan.window.remedy.single"],
      source: NOTICE_SOURCE,
    },
    PLAN_WINDOW_OPEN_NOW: {
      status: "info",
      remedy: ["plan.explain.PLAN_LOGIN_WINDOW.remedy", "plan.window.remedy.single"],
      source: NOTICE_SOURCE,
    },
    PLAN_LOGIN_NOW: { status: "warn", remedy: ["plan.window.remedy.loginNow", "plan.window.remedy.single"], source: NOTICE_SOURCE },
    PLAN_SALE_PAST: { status: "fail", remedy: ["plan.window.remedy.checkDate"] },
  },
  async run(ctx) {
    const sale = ctx.options.sale;
    if (!sale) return { code: "PLAN_NO_SALE", message: { key: "plan.noSale" }, remedy: [{ key: "plan.noSale.remedy" }] };
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
    const window: Msg = { key: other === undefined ? "plan.window.times" : "plan.window.timesTwoZones", values };
    const remedy: Msg[] = [
      { key: "plan.window.remedy.login", values },
      { key: "plan.window.remedy.notEarlier", values },
      { key: "plan.window.remedy.single" },
    ];
    switch (phaseAt(w, now)) {
      case "past":
        return {
          code: "PLAN_SALE_PAST",
          message: { key: "plan.window.past", values },
          remedy: [{ key: "plan.window.remedy.checkDate" }],
          data,
        };
      case "closing":
        return {
          code: "PLAN_LOGIN_NOW",
          message: { key: "plan.window.loginNow", values },
          remedy: [{ key: "plan.window.remedy.loginNow" }, { key: "plan.window.remedy.single" }],
          data,
        };
      case "open":
        return { code: "PLAN_WINDOW_OPEN_NOW", message: { key: "plan.window.openNow", values }, remedy, data };
      case "ahead":
        return { code: "PLAN_LOGIN_WINDOW", message: window, remedy, data };
    }
  },
});
