import type { CheckDefinition, Msg } from "../../core/types.js";
import { askYesNo, inTurn, interviewPrompter, type Answer } from "../../asan/interview.js";

const GUIDE_REMEDY: Msg[] = [
  { key: "asan.pin1.remedy.card" },
  { key: "asan.pin1.remedy.threeTries" },
  { key: "asan.pin1.remedy.pukBlocked" },
];

/**
 * ASAN-PIN1: PIN1 logs in; 3 wrong PIN1 need the PUK; 3 wrong PUK need a duplicate SIM
 * from the operator and then a new certificate at an ASAN service centre.
 */
export const asanPin1Check: CheckDefinition = {
  id: "asan.pin1",
  group: "asan",
  covers: ["ASAN-PIN1"],
  budgetFactor: 360,
  title: "asan.pin1.title",
  codes: {
    ASAN_PIN1_GUIDE: "info",
    ASAN_PIN1_CONFIRMED: "pass",
    ASAN_PIN_UNKNOWN: "fail",
    ASAN_PIN1_BLOCKED: "warn",
    ASAN_PUK_BLOCKED: "fail",
    ASAN_PIN1_UNSURE: "warn",
  },
  async run(ctx) {
    const prompter = interviewPrompter(ctx);
    if (!prompter) return { status: "info", code: "ASAN_PIN1_GUIDE", message: { key: "asan.pin1.guide" }, remedy: GUIDE_REMEDY };
    const answers = await inTurn(prompter, ctx.signal, async () => {
      const a: { knowsPins: Answer; pin1Blocked: Answer; pukBlocked?: Answer } = {
        knowsPins: await askYesNo(ctx, prompter, { key: "asan.pin1.askKnown" }),
        pin1Blocked: await askYesNo(ctx, prompter, { key: "asan.pin1.askBlocked" }),
      };
      if (a.pin1Blocked === "yes") a.pukBlocked = await askYesNo(ctx, prompter, { key: "asan.pin1.askPukBlocked" });
      return a;
    });
    const data = { answeredBy: "user", answers };
    if (answers.pukBlocked === "yes") {
      return {
        status: "fail",
        code: "ASAN_PUK_BLOCKED",
        message: { key: "asan.pin1.pukBlocked" },
        remedy: [{ key: "asan.pin1.remedy.pukBlocked" }],
        data,
      };
    }
    if (answers.pin1Blocked === "yes") {
      return {
        status: "warn",
        code: "ASAN_PIN1_BLOCKED",
        message: { key: "asan.pin1.blocked" },
        remedy: [{ key: "asan.pin1.remedy.threeTries" }, { key: "asan.pin1.remedy.pukBlocked" }],
        data,
      };
    }
    if (answers.knowsPins === "no") {
      return {
        status: "fail",
        code: "ASAN_PIN_UNKNOWN",
        message: { key: "asan.pin1.unknown" },
        remedy: [{ key: "asan.pin1.remedy.lostCard" }],
        data,
      };
    }
    if (answers.knowsPins === "unsure" || answers.pin1Blocked === "unsure") {
      return { status: "warn", code: "ASAN_PIN1_UNSURE", message: { key: "asan.pin1.unsure" }, remedy: GUIDE_REMEDY, data };
    }
    return { status: "pass", code: "ASAN_PIN1_CONFIRMED", message: { key: "asan.pin1.confirmed" }, data };
  },
};
