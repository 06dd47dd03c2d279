import type { CheckDefinition, Msg } from "../../core/types.js";
import { askYesNo, inTurn, interviewPrompter } from "../../asan/interview.js";

const REMEDY: Msg[] = [{ key: "asan.pin2.remedy.which" }, { key: "asan.pin2.remedy.card" }];

/** ASAN-PIN2: the signing stage asks for PIN2 (PIN1 is only for logging in). */
export const asanPin2Check: CheckDefinition = {
  id: "asan.pin2",
  group: "asan",
  covers: ["ASAN-PIN2"],
  budgetFactor: 360,
  title: "asan.pin2.title",
  codes: { ASAN_PIN2_GUIDE: "info", ASAN_PIN2_CONFIRMED: "pass", ASAN_PIN2_UNSURE: "warn" },
  async run(ctx) {
    const prompter = interviewPrompter(ctx);
    if (!prompter) return { status: "info", code: "ASAN_PIN2_GUIDE", message: { key: "asan.pin2.guide" }, remedy: REMEDY };
    const knowsPin2 = await inTurn(prompter, ctx.signal, () => askYesNo(ctx, prompter, { key: "asan.pin2.ask" }));
    const data = { answeredBy: "user", answers: { knowsPin2ForSigning: knowsPin2 } };
    if (knowsPin2 === "yes") return { status: "pass", code: "ASAN_PIN2_CONFIRMED", message: { key: "asan.pin2.confirmed" }, data };
    return { status: "warn", code: "ASAN_PIN2_UNSURE", message: { key: "asan.pin2.unsure" }, remedy: REMEDY, data };
  },
};
