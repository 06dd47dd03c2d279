import { defineCheck, stepsOf } from "../../core/define-check.js";
import { NOTICE_SOURCE } from "../../explain/sources.js";
import type { MessageKey } from "../../i18n/keys.js";
import { askYesNo, inTurn, interviewPrompter, type Answer } from "../../asan/interview.js";

const GUIDE_STEPS = [
  "asan.pin1.remedy.card",
  "asan.pin1.remedy.threeTries",
  "asan.pin1.remedy.pukBlocked",
] as const satisfies readonly MessageKey[];
const GUIDE_REMEDY = stepsOf(GUIDE_STEPS);

/**
 * ASAN-PIN1: PIN1 logs in; 3 wrong PIN1 need the PUK; 3 wrong PUK need a duplicate SIM
 * from the operator and then a new certificate at an ASAN service centre.
 */
export const asanPin1Check = defineCheck({
  id: "asan.pin1",
  group: "asan",
  covers: ["ASAN-PIN1"],
  budgetFactor: 360,
  title: "asan.pin1.title",
  codes: {
    ASAN_PIN1_GUIDE: {
      status: "info",
      remedy: GUIDE_STEPS,
      source: NOTICE_SOURCE,
    },
    ASAN_PIN1_CONFIRMED: { status: "pass" },
    ASAN_PIN_UNKNOWN: { status: "fail", remedy: ["asan.pin1.remedy.lostCard"] },
    ASAN_PIN1_BLOCKED: { status: "warn", remedy: ["asan.pin1.remedy.threeTries", "asan.pin1.remedy.pukBlocked"], source: NOTICE_SOURCE },
    ASAN_PUK_BLOCKED: { status: "fail", remedy: ["asan.pin1.remedy.pukBlocked"], source: NOTICE_SOURCE },
    ASAN_PIN1_UNSURE: { status: "warn", remedy: GUIDE_STEPS },
  },
  async run(ctx) {
    const prompter = interviewPrompter(ctx);
    if (!prompter) return { code: "ASAN_PIN1_GUIDE", message: { key: "asan.pin1.guide" }, remedy: GUIDE_REMEDY };
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
        code: "ASAN_PUK_BLOCKED",
        message: { key: "asan.pin1.pukBlocked" },
        remedy: [{ key: "asan.pin1.remedy.pukBlocked" }],
        data,
      };
    }
    if (answers.pin1Blocked === "yes") {
      return {
        code: "ASAN_PIN1_BLOCKED",
        message: { key: "asan.pin1.blocked" },
        remedy: [{ key: "asan.pin1.remedy.threeTries" }, { key: "asan.pin1.remedy.pukBlocked" }],
        data,
      };
    }
    if (answers.knowsPins === "no") {
      return {
        code: "ASAN_PIN_UNKNOWN",
        message: { key: "asan.pin1.unknown" },
        remedy: [{ key: "asan.pin1.remedy.lostCard" }],
        data,
      };
    }
    if (answers.knowsPins === "unsure" || answers.pin1Blocked === "unsure") {
      return { code: "ASAN_PIN1_UNSURE", message: { key: "asan.pin1.unsure" }, remedy: GUIDE_REMEDY, data };
    }
    return { code: "ASAN_PIN1_CONFIRMED", message: { key: "asan.pin1.confirmed" }, data };
  },
});
