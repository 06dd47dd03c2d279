import type { CheckDefinition, CodeSpec } from "../../core/types.js";
import type { ChecklistId } from "../../core/checklist.js";
import type { MessageKey } from "../../i18n/keys.js";
import { loginWindow } from "../../plan/window.js";
import { offsetOfSaleText } from "../../plan/zone.js";
import { otherZone, windowValues } from "../../plan/times.js";
import { type ExplainedCode, oneCode } from "../guide.js";

const NO_SALE = { PLAN_NO_SALE: { status: "skip", remedy: ["plan.noSale.remedy"] } } as const satisfies Record<string, CodeSpec>;

/**
 * A to-do list of the sale-day plan: guidance (`info`) whose steps carry the login
 * window's times, or `skip` when no sale time was given.
 */
export function todoListCheck<const C extends string>(spec: {
  id: string;
  covers: readonly ChecklistId[];
  title: MessageKey;
  code: ExplainedCode<"plan", C>;
  message: MessageKey;
  steps: readonly MessageKey[];
}): CheckDefinition<undefined, C | "PLAN_NO_SALE"> {
  const code: C = spec.code;
  return {
    id: spec.id,
    group: "plan",
    covers: spec.covers,
    title: spec.title,
    // The steps carry this run's times: `explain` gives the meaning only.
    codes: { ...NO_SALE, ...oneCode(code, { status: "info" }) },
    async run(ctx) {
      const sale = ctx.options.sale;
      if (!sale) return { code: "PLAN_NO_SALE", message: { key: "plan.noSale" }, remedy: [{ key: "plan.noSale.remedy" }] };
      const values = windowValues(loginWindow(sale), otherZone(offsetOfSaleText(ctx.options.saleText)));
      return { code, message: { key: spec.message, values }, remedy: spec.steps.map((key) => ({ key, values })) };
    },
  };
}
