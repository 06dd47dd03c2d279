import { defineCheck, stepsOf } from "../../core/define-check.js";
import { NOTICE_SOURCE } from "../../explain/sources.js";
import type { CheckContext, Msg, Outcome, CodeSpec } from "../../core/types.js";
import type { MessageKey } from "../../i18n/keys.js";
import { LISTED_PHONES, matchPhone, phoneName } from "../../asan/phones.js";
import { askText, inTurn, interviewPrompter } from "../../asan/interview.js";

const GUIDE_REMEDY: Msg[] = [{ key: "asan.phone.remedy.list" }, { key: "asan.phone.remedy.check" }, { key: "asan.phone.remedy.tryLogin" }];
const PROBLEM_STEPS = ["asan.phone.remedy.otherPhone", "asan.phone.remedy.tryLogin"] as const satisfies readonly MessageKey[];
const PROBLEM_REMEDY = stepsOf(PROBLEM_STEPS);

/** What this check can say; each code decides the status. */
const PHONE_CODES = {
  ASAN_PHONE_GUIDE: { status: "info", remedy: ["asan.phone.remedy.check", "asan.phone.remedy.tryLogin"], source: NOTICE_SOURCE },
  ASAN_PHONE_LISTED: { status: "warn", remedy: PROBLEM_STEPS, source: NOTICE_SOURCE },
  ASAN_PHONE_BLACKBERRY: { status: "warn", remedy: PROBLEM_STEPS, source: NOTICE_SOURCE },
  ASAN_PHONE_QWERTY: { status: "warn", remedy: PROBLEM_STEPS, source: NOTICE_SOURCE },
  ASAN_PHONE_NOT_LISTED: { status: "info", remedy: ["asan.phone.remedy.tryLogin"] },
} as const satisfies Record<string, CodeSpec>;
type PhoneCode = keyof typeof PHONE_CODES;

/** ASAN-PHONE: the phone against the notice's list of phones where Asan İmza may not work. */
export const asanPhoneCheck = defineCheck({
  id: "asan.phone",
  group: "asan",
  covers: ["ASAN-PHONE"],
  // A guided run waits for the citizen's answers, and the checks ask one after another,
  // so the budget (timeout × 360: 30 min by default) must allow reading and typing them all.
  budgetFactor: 360,
  title: "asan.phone.title",
  codes: PHONE_CODES,
  async run(ctx) {
    let model = ctx.options.phone?.trim();
    const prompter = interviewPrompter(ctx);
    if (!model && prompter) {
      model = await inTurn(prompter, ctx.signal, () => askText(ctx, prompter, { key: "asan.phone.ask" }));
    }
    if (!model) return guide();
    return verdict(model, ctx);
  },
});

function guide(): Outcome<undefined, PhoneCode> {
  return {
    code: "ASAN_PHONE_GUIDE",
    message: { key: "asan.phone.guide", values: { phones: LISTED_PHONES.map(phoneName).join(", ") } },
    remedy: GUIDE_REMEDY,
  };
}

function verdict(model: string, ctx: CheckContext): Outcome<undefined, PhoneCode> {
  const v = matchPhone(model);
  const data: Record<string, unknown> = { phone: model, answeredBy: ctx.options.phone ? "option" : "user" };
  switch (v.kind) {
    case "listed":
      return {
        code: "ASAN_PHONE_LISTED",
        message: { key: "asan.phone.listed", values: { phone: model, listed: phoneName(v.phone) } },
        remedy: PROBLEM_REMEDY,
        data: { ...data, listedAs: phoneName(v.phone), vendorGiven: v.vendorGiven },
      };
    case "blackberry":
      return {
        code: "ASAN_PHONE_BLACKBERRY",
        message: { key: "asan.phone.blackberry", values: { phone: model } },
        remedy: PROBLEM_REMEDY,
        data,
      };
    case "qwerty":
      return {
        code: "ASAN_PHONE_QWERTY",
        message: { key: "asan.phone.qwerty", values: { phone: model } },
        remedy: PROBLEM_REMEDY,
        data,
      };
    case "notListed":
      return {
        code: "ASAN_PHONE_NOT_LISTED",
        message: { key: "asan.phone.notListed", values: { phone: model } },
        remedy: [{ key: "asan.phone.remedy.tryLogin" }],
        data,
      };
  }
}
