import type { CheckDefinition, Msg } from "../../core/types.js";
import { askYesNo, inTurn, interviewPrompter, type Answer } from "../../asan/interview.js";

const REMEDY: Msg[] = [
  { key: "asan.suspended.remedy.debt" },
  { key: "asan.suspended.remedy.operator" },
  { key: "asan.suspended.remedy.loginEarly" },
];

/** ASAN-SUSPENDED: "Service suspended" (Xidmət dayandırılmışdır) after a debt; log in early. */
export const asanSuspendedCheck: CheckDefinition = {
  id: "asan.suspended",
  group: "asan",
  covers: ["ASAN-SUSPENDED"],
  budgetFactor: 360,
  title: "asan.suspended.title",
  codes: {
    ASAN_SUSPENDED_GUIDE: "info",
    ASAN_LOGIN_CONFIRMED: "pass",
    ASAN_SERVICE_SUSPENDED: "fail",
    ASAN_LOGIN_NOT_TRIED: "warn",
  },
  async run(ctx) {
    const prompter = interviewPrompter(ctx);
    if (!prompter) return { status: "info", code: "ASAN_SUSPENDED_GUIDE", message: { key: "asan.suspended.guide" }, remedy: REMEDY };
    const answers = await inTurn(prompter, ctx.signal, async () => {
      const a: { loggedInRecently: Answer; sawServiceSuspended?: Answer } = {
        loggedInRecently: await askYesNo(ctx, prompter, { key: "asan.suspended.askLoggedIn" }),
      };
      if (a.loggedInRecently !== "yes") a.sawServiceSuspended = await askYesNo(ctx, prompter, { key: "asan.suspended.askSuspended" });
      return a;
    });
    const data = { answeredBy: "user", answers };
    if (answers.sawServiceSuspended === "yes") {
      return { status: "fail", code: "ASAN_SERVICE_SUSPENDED", message: { key: "asan.suspended.suspended" }, remedy: REMEDY, data };
    }
    if (answers.loggedInRecently === "yes") {
      return { status: "pass", code: "ASAN_LOGIN_CONFIRMED", message: { key: "asan.suspended.confirmed" }, data };
    }
    return {
      status: "warn",
      code: "ASAN_LOGIN_NOT_TRIED",
      message: { key: "asan.suspended.notTried" },
      remedy: [{ key: "asan.suspended.remedy.loginEarly" }],
      data,
    };
  },
};
