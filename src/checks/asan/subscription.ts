import { defineCheck, stepsOf } from "../../core/define-check.js";
import { NOTICE_SOURCE } from "../../explain/sources.js";
import type { MessageKey } from "../../i18n/keys.js";
import { askYesNo, inTurn, interviewPrompter } from "../../asan/interview.js";

const STEPS = [
  "asan.subscription.remedy.balance",
  "asan.subscription.remedy.certificate",
  "asan.subscription.remedy.operator",
] as const satisfies readonly MessageKey[];
const REMEDY = stepsOf(STEPS);

/** ASAN-SUBSCRIPTION: 2.50 AZN a month, balance, certificate not expired before the sale. */
export const asanSubscriptionCheck = defineCheck({
  id: "asan.subscription",
  group: "asan",
  covers: ["ASAN-SUBSCRIPTION"],
  budgetFactor: 360,
  title: "asan.subscription.title",
  codes: {
    ASAN_SUBSCRIPTION_GUIDE: {
      status: "info",
      remedy: STEPS,
      source: NOTICE_SOURCE,
    },
    ASAN_SUBSCRIPTION_CONFIRMED: { status: "pass" },
    ASAN_SUBSCRIPTION_UNPAID: {
      status: "fail",
      remedy: STEPS,
      source: NOTICE_SOURCE,
    },
    ASAN_CERTIFICATE_EXPIRED: { status: "fail", remedy: ["asan.subscription.remedy.newCertificate"], source: NOTICE_SOURCE },
    ASAN_SUBSCRIPTION_UNSURE: {
      status: "warn",
      remedy: STEPS,
    },
  },
  async run(ctx) {
    const prompter = interviewPrompter(ctx);
    if (!prompter) return { code: "ASAN_SUBSCRIPTION_GUIDE", message: { key: "asan.subscription.guide" }, remedy: REMEDY };
    const [paid, certificateValid] = await inTurn(prompter, ctx.signal, async () => [
      await askYesNo(ctx, prompter, { key: "asan.subscription.askPaid" }),
      await askYesNo(ctx, prompter, { key: "asan.subscription.askCertificate" }),
    ]);
    const data = { answeredBy: "user", answers: { subscriptionPaidAndBalance: paid, certificateValidAtSale: certificateValid } };
    if (certificateValid === "no") {
      return {
        code: "ASAN_CERTIFICATE_EXPIRED",
        message: { key: "asan.subscription.certificateExpired" },
        remedy: [{ key: "asan.subscription.remedy.newCertificate" }],
        data,
      };
    }
    if (paid === "no") {
      return { code: "ASAN_SUBSCRIPTION_UNPAID", message: { key: "asan.subscription.unpaid" }, remedy: REMEDY, data };
    }
    if (paid === "unsure" || certificateValid === "unsure") {
      return { code: "ASAN_SUBSCRIPTION_UNSURE", message: { key: "asan.subscription.unsure" }, remedy: REMEDY, data };
    }
    return { code: "ASAN_SUBSCRIPTION_CONFIRMED", message: { key: "asan.subscription.confirmed" }, data };
  },
});
