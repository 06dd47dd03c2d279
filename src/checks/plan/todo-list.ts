import type { CheckDefinition } from "../../core/types.js";
import type { ChecklistId } from "../../core/checklist.js";
import { loginWindow } from "../../plan/window.js";
import { offsetOfSaleText } from "../../plan/zone.js";
import { otherZone, windowValues } from "../../plan/times.js";

/**
 * A to-do list of the sale-day plan: guidance (`info`) whose steps carry the login
 * window's times, or `skip` when no sale time was given.
 */
export function todoListCheck(spec: {
  id: string;
  covers: readonly ChecklistId[];
  title: string;
  code: string;
  message: string;
  steps: readonly string[];
}): CheckDefinition {
  return {
    id: spec.id,
    group: "plan",
    covers: spec.covers,
    title: spec.title,
    codes: { PLAN_NO_SALE: "skip", [spec.code]: "info" },
    async run(ctx) {
      const sale = ctx.options.sale;
      if (!sale) return { status: "skip", code: "PLAN_NO_SALE", message: { key: "plan.noSale" }, remedy: [{ key: "plan.noSale.remedy" }] };
      const values = windowValues(loginWindow(sale), otherZone(offsetOfSaleText(ctx.options.saleText)));
      return {
        status: "info",
        code: spec.code,
        message: { key: spec.message, values },
        remedy: spec.steps.map((key) => ({ key, values })),
      };
    },
  };
}
