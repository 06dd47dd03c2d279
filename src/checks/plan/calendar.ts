import { defineCheck } from "../../core/define-check.js";
import { pii } from "../../core/pii.js";
import { buildReminders } from "../../plan/reminders.js";

/**
 * `--ics <file>`: the reminders as a calendar file (works for `plan` and `all --sale`,
 * which is why it is a check and not a command hook). Without --ics it only says so.
 */
export const planCalendarCheck = defineCheck({
  id: "plan.calendar",
  group: "plan",
  covers: ["SESSION-500"],
  title: "plan.calendar.title",
  codes: {
    PLAN_NO_SALE: { status: "skip", remedy: ["plan.noSale.remedy"] },
    PLAN_ICS_NOT_ASKED: { status: "info" },
    PLAN_ICS_WRITTEN: { status: "pass", remedy: ["plan.calendar.remedy.import"] },
    PLAN_ICS_NOT_WRITTEN: { status: "error", remedy: ["plan.calendar.remedy.otherPath"] },
  },
  async run(ctx) {
    const sale = ctx.options.sale;
    if (!sale) return { code: "PLAN_NO_SALE", message: { key: "plan.noSale" }, remedy: [{ key: "plan.noSale.remedy" }] };
    const file = ctx.options.ics;
    if (!file) return { code: "PLAN_ICS_NOT_ASKED", message: { key: "plan.calendar.notAsked" } };
    const text = buildReminders(sale, ctx.options.lang, ctx.host.now(), ctx.options.saleText);
    try {
      await ctx.host.fs.writeFile(file, text);
    } catch (e) {
      return {
        code: "PLAN_ICS_NOT_WRITTEN",
        message: { key: "plan.calendar.notWritten", values: { file: pii(file, "path"), reason: sanitizeReason(e) } },
        remedy: [{ key: "plan.calendar.remedy.otherPath" }],
        data: { file: pii(file, "path") },
      };
    }
    return {
      code: "PLAN_ICS_WRITTEN",
      message: { key: "plan.calendar.written", values: { file: pii(file, "path") } },
      remedy: [{ key: "plan.calendar.remedy.import" }],
      data: { file: pii(file, "path"), bytes: Buffer.byteLength(text, "utf8") },
    };
  },
});

/** The first line of a file-system error, without the stack. */
function sanitizeReason(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split("\n")[0] ?? m;
}
