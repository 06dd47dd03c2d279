import type { CheckDefinition, Outcome } from "../../core/types.js";
import { pii } from "../../core/pii.js";
import { buildReminders } from "../../plan/reminders.js";

/**
 * `--ics <file>`: the reminders as a calendar file (works for `plan` and `all --sale`,
 * which is why it is a check and not a command hook). Without --ics it only says so.
 */
export const planCalendarCheck: CheckDefinition = {
  id: "plan.calendar",
  group: "plan",
  covers: ["SESSION-500"],
  title: "plan.calendar.title",
  codes: { PLAN_NO_SALE: "skip", PLAN_ICS_NOT_ASKED: "info", PLAN_ICS_WRITTEN: "pass", PLAN_ICS_NOT_WRITTEN: "error" },
  async run(ctx): Promise<Outcome> {
    const sale = ctx.options.sale;
    if (!sale) return { status: "skip", code: "PLAN_NO_SALE", message: { key: "plan.noSale" }, remedy: [{ key: "plan.noSale.remedy" }] };
    const file = ctx.options.ics;
    if (!file) return { status: "info", code: "PLAN_ICS_NOT_ASKED", message: { key: "plan.calendar.notAsked" } };
    const text = buildReminders(sale, ctx.options.lang, ctx.host.now(), ctx.options.saleText);
    try {
      await ctx.host.fs.writeFile(file, text);
    } catch (e) {
      return {
        status: "error",
        code: "PLAN_ICS_NOT_WRITTEN",
        message: { key: "plan.calendar.notWritten", values: { file: pii(file, "path"), reason: sanitizeReason(e) } },
        remedy: [{ key: "plan.calendar.remedy.otherPath" }],
        data: { file: pii(file, "path") },
      };
    }
    return {
      status: "pass",
      code: "PLAN_ICS_WRITTEN",
      message: { key: "plan.calendar.written", values: { file: pii(file, "path") } },
      remedy: [{ key: "plan.calendar.remedy.import" }],
      data: { file: pii(file, "path"), bytes: Buffer.byteLength(text, "utf8") },
    };
  },
};

/** The first line of a file-system error, without the stack. */
function sanitizeReason(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split("\n")[0] ?? m;
}
