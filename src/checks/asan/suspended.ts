import { defineCheck, stepsOf } from "../../core/define-check.js";
import { NOTICE_SOURCE } from "../../explain/sources.js";
import type { MessageKey } from "../../i18n/keys.js";
import { askYesNo, inTurn, interviewPrompter, type Answer } from "../../asan/interview.js";

const STEPS = [
  "asan.suspended.remedy.debt",
  "asan.suspended.remedy.operator",
  "asan.suspended.remedy.loginEarly",
] as const satisfies readonly MessageKey[];
const REMEDY = stepsOf(STEPS);

/** ASAN-SUSPENDED: "Service suspended" (Xidmət dayandırılmışdır) after a debt; log in early. */
export const asanSuspendedCheck = defineCheck({
  id: "asan.suspended",
  group: "asan",
  covers: ["ASAN-SUSPENDED"],
  budgetFactor: 360,
  title: "asan.suspended.title",
  codes: {
    ASAN_SUSPENDED_GUIDE: {
      status: "info",
      remedy: STEPS,
      source: NOTICE_SOURCE,
    },
    ASAN_LOGIN_CONFIRMED: { status: "pass" },
    ASAN_SERVICE_SUSPENDED: {
      status: "fail",
      remedy: STEPS,
      source: NOTICE_SOURCE,
    },
    ASAN_LOGIN_NOT_TRIED: { status: "warn", remedy: ["asan.suspended.remedy.loginEarly"] },
  },
  async run(ctx) {
    const prompter = interviewPrompter(ctx);
    if (!prompter) return { code: "ASAN_SUSPENDED_GUIDE", message: { key: "asan.suspended.guide" }, remedy: REMEDY };
    const answers = await inTurn(prompter, ctx.signal, async () => {
      const a: { loggedInRecently: Answer; sawServiceSuspended?: Answer } = {
        loggedInRecently: await askYesNo(ctx, prompter, { key: "asan.suspended.askLoggedIn" }),
      };
      if (a.loggedInRecently !== "yes") a.sawServiceSuspended = await askYesNo(ctx, prompter, { key: "asan.suspended.askSuspended" });
      return a;
    });
    const data = { answeredBy: "user", answers };
    if (answers.sawServiceSuspended === "yes") {
      return { code: "ASAN_SERVICE_SUSPENDED", message: { key: "asan.suspended.suspended" }, remedy: REMEDY, data };
    }
    if (answers.loggedInRecently === "yes") {
      return { code: "ASAN_LOGIN_CONFIRMED", message: { key: "asan.suspended.confirmed" }, data };
    }
    return {
      code: "ASAN_LOGIN_NOT_TRIED",
      message: { key: "asan.suspended.notTried" },
      remedy: [{ key: "asan.suspended.remedy.loginEarly" }],
      data,
    };
  },
});
