import type { CheckDefinition } from "../../core/types.js";
import { loginWindow } from "../../plan/window.js";
import { offsetOfSaleText } from "../../plan/zone.js";
import { otherZone, windowValues } from "../../plan/times.js";
import { HOUR_BEFORE_STEPS } from "../../plan/steps.js";

/** EIMZA-PIN-CANCEL, EIMZA-READY-BEFORE-LOGIN and SESSION-SINGLE as the last hour's to-do list. */
export const planHourBeforeCheck: CheckDefinition = {
  id: "plan.hour-before",
  group: "plan",
  covers: ["EIMZA-PIN-CANCEL", "EIMZA-READY-BEFORE-LOGIN", "SESSION-SINGLE", "HOTLINES"],
  title: "plan.hourBefore.title",
  codes: { PLAN_NO_SALE: "skip", PLAN_HOUR_BEFORE: "info" },
  async run(ctx) {
    const sale = ctx.options.sale;
    if (!sale) return { status: "skip", code: "PLAN_NO_SALE", message: { key: "plan.noSale" }, remedy: [{ key: "plan.noSale.remedy" }] };
    const values = windowValues(loginWindow(sale), otherZone(offsetOfSaleText(ctx.options.saleText)));
    return {
      status: "info",
      code: "PLAN_HOUR_BEFORE",
      message: { key: "plan.hourBefore.message", values },
      remedy: HOUR_BEFORE_STEPS.map((key) => ({ key, values })),
    };
  },
};
