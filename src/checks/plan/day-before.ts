import type { CheckDefinition } from "../../core/types.js";
import { loginWindow } from "../../plan/window.js";
import { offsetOfSaleText } from "../../plan/zone.js";
import { otherZone, windowValues } from "../../plan/times.js";
import { DAY_BEFORE_STEPS } from "../../plan/steps.js";

/** EIMZA-GUIDES and the preparation the notice asks for, as a to-do list for the day before. */
export const planDayBeforeCheck: CheckDefinition = {
  id: "plan.day-before",
  group: "plan",
  covers: ["EIMZA-GUIDES", "EIMZA-SIGNING-TESTED", "HOTLINES"],
  title: "plan.dayBefore.title",
  codes: { PLAN_NO_SALE: "skip", PLAN_DAY_BEFORE: "info" },
  async run(ctx) {
    const sale = ctx.options.sale;
    if (!sale) return { status: "skip", code: "PLAN_NO_SALE", message: { key: "plan.noSale" }, remedy: [{ key: "plan.noSale.remedy" }] };
    const values = windowValues(loginWindow(sale), otherZone(offsetOfSaleText(ctx.options.saleText)));
    return {
      status: "info",
      code: "PLAN_DAY_BEFORE",
      message: { key: "plan.dayBefore.message", values },
      remedy: DAY_BEFORE_STEPS.map((key) => ({ key, values })),
    };
  },
};
