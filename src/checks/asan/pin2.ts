import { defineCheck, stepsOf } from "../../core/define-check.js";
import { NOTICE_SOURCE } from "../../explain/sources.js";
import type { MessageKey } from "../../i18n/keys.js";
import { askYesNo, inTurn, interviewPrompter } from "../../asan/interview.js";

const STEPS = ["asan.pin2.remedy.which", "asan.pin2.remedy.card"] as const satisfies readonly MessageKey[];
const REMEDY = stepsOf(STEPS);

/** ASAN-PIN2: the signing stage asks for PIN2 (PIN1 is only for logging in). */
export const asanPin2Check = defineCheck({
  id: "asan.pin2",
  group: "asan",
  covers: ["ASAN-PIN2"],
  budgetFactor: 360,
  title: "asan.pin2.title",
  codes: {
    ASAN_PIN2_GUIDE: { status: "info", remedy: STEPS, source: NOTICE_SOURCE },
    ASAN_PIN2_CONFIRMED: { status: "pass" },
    ASAN_PIN2_UNSURE: { status: "warn", remedy: STEPS },
  },
  async run(ctx) {
    const prompter = interviewPrompter(ctx);
    if (!prompter) return { code: "ASAN_PIN2_GUIDE", message: { key: "asan.pin2.guide" }, remedy: REMEDY };
    const knowsPin2 = await inTurn(prompter, ctx.signal, () => askYesNo(ctx, prompter, { key: "asan.pin2.ask" }));
    const data = { answeredBy: "user", answers: { knowsPin2ForSigning: knowsPin2 } };
    if (knowsPin2 === "yes") return { code: "ASAN_PIN2_CONFIRMED", message: { key: "asan.pin2.confirmed" }, data };
    return { code: "ASAN_PIN2_UNSURE", message: { key: "asan.pin2.unsure" }, remedy: REMEDY, data };
  },
});
