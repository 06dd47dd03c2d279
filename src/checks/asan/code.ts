import { defineCheck, stepsOf } from "../../core/define-check.js";
import { NOTICE_SOURCE } from "../../explain/sources.js";
import type { MessageKey } from "../../i18n/keys.js";
import { askYesNo, inTurn, interviewPrompter, type Answer } from "../../asan/interview.js";

/** The notice's steps for a verification code that does not arrive or is not accepted, in its order. */
const CODE_STEPS = [
  "asan.code.remedy.sim1",
  "asan.code.remedy.restart",
  "asan.code.remedy.debt",
  "asan.code.remedy.network",
  "asan.code.remedy.unlock",
  "asan.code.remedy.operator",
] as const satisfies readonly MessageKey[];
const CODE_REMEDY = stepsOf(CODE_STEPS);

/** ASAN-CODE: the 4-digit verification code; dual-SIM phones need the number in SIM1. */
export const asanCodeCheck = defineCheck({
  id: "asan.code",
  group: "asan",
  covers: ["ASAN-CODE"],
  budgetFactor: 360,
  title: "asan.code.title",
  codes: {
    ASAN_CODE_GUIDE: {
      status: "info",
      remedy: CODE_STEPS,
      source: NOTICE_SOURCE,
    },
    ASAN_CODE_CONFIRMED: { status: "pass" },
    ASAN_NUMBER_NOT_IN_SIM1: { status: "fail", remedy: ["asan.code.remedy.sim1"], source: NOTICE_SOURCE },
    ASAN_CODE_NOT_ARRIVING: {
      status: "warn",
      remedy: CODE_STEPS,
      source: NOTICE_SOURCE,
    },
    ASAN_CODE_UNSURE: {
      status: "warn",
      remedy: CODE_STEPS,
    },
  },
  async run(ctx) {
    const prompter = interviewPrompter(ctx);
    if (!prompter) return { code: "ASAN_CODE_GUIDE", message: { key: "asan.code.guide" }, remedy: CODE_REMEDY };
    const answers = await inTurn(prompter, ctx.signal, async () => {
      const a: { dualSim: Answer; numberInSim1?: Answer; codeArrived: Answer } = {
        dualSim: await askYesNo(ctx, prompter, { key: "asan.code.askDualSim" }),
        codeArrived: "unsure",
      };
      if (a.dualSim === "yes") a.numberInSim1 = await askYesNo(ctx, prompter, { key: "asan.code.askSim1" });
      a.codeArrived = await askYesNo(ctx, prompter, { key: "asan.code.askArrived" });
      return a;
    });
    const data = { answeredBy: "user", answers };
    if (answers.numberInSim1 === "no") {
      return {
        code: "ASAN_NUMBER_NOT_IN_SIM1",
        message: { key: "asan.code.notSim1" },
        remedy: [{ key: "asan.code.remedy.sim1" }],
        data,
      };
    }
    if (answers.codeArrived === "no") {
      return { code: "ASAN_CODE_NOT_ARRIVING", message: { key: "asan.code.notArriving" }, remedy: CODE_REMEDY, data };
    }
    if (answers.codeArrived === "unsure" || answers.numberInSim1 === "unsure" || answers.dualSim === "unsure") {
      return { code: "ASAN_CODE_UNSURE", message: { key: "asan.code.unsure" }, remedy: CODE_REMEDY, data };
    }
    return { code: "ASAN_CODE_CONFIRMED", message: { key: "asan.code.confirmed" }, data };
  },
});
