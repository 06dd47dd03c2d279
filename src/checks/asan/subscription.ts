import type { CheckDefinition, Msg } from "../../core/types.js";
import { askYesNo, inTurn, interviewPrompter } from "../../asan/interview.js";

const REMEDY: Msg[] = [
  { key: "asan.subscription.remedy.balance" },
  { key: "asan.subscription.remedy.certificate" },
  { key: "asan.subscription.remedy.operator" },
];

/** ASAN-SUBSCRIPTION: 2.50 AZN a month, balance, certificate not expired before the sale. */
export const asanSubscriptionCheck: CheckDefinition = {
  id: "asan.subscription",
  group: "asan",
  covers: ["ASAN-SUBSCRIPTION"],
  budgetFactor: 360,
  title: "asan.subscription.title",
  codes: {
    ASAN_SUBSCRIPTION_GUIDE: "info",
    ASAN_SUBSCRIPTION_CONFIRMED: "pass",
    ASAN_SUBSCRIPTION_UNPAID: "fail",
    ASAN_CERTIFICATE_EXPIRED: "fail",
    ASAN_SUBSCRIPTION_UNSURE: "warn",
  },
  async run(ctx) {
    const prompter = interviewPrompter(ctx);
    if (!prompter) return { status: "info", code: "ASAN_SUBSCRIPTION_GUIDE", message: { key: "asan.subscription.guide" }, remedy: REMEDY };
    const [paid, certificateValid] = await inTurn(prompter, ctx.signal, async () => [
      await askYesNo(ctx, prompter, { key: "asan.subscription.askPaid" }),
      await askYesNo(ctx, prompter, { key: "asan.subscription.askCertificate" }),
    ]);
    const data = { answeredBy: "user", answers: { subscriptionPaidAndBalance: paid, certificateValidAtSale: certificateValid } };
    if (certificateValid === "no") {
      return {
        status: "fail",
        code: "ASAN_CERTIFICATE_EXPIRED",
        message: { key: "asan.subscription.certificateExpired" },
        remedy: [{ key: "asan.subscription.remedy.newCertificate" }],
        data,
      };
    }
    if (paid === "no") {
      return { status: "fail", code: "ASAN_SUBSCRIPTION_UNPAID", message: { key: "asan.subscription.unpaid" }, remedy: REMEDY, data };
    }
    if (paid === "unsure" || certificateValid === "unsure") {
      return { status: "warn", code: "ASAN_SUBSCRIPTION_UNSURE", message: { key: "asan.subscription.unsure" }, remedy: REMEDY, data };
    }
    return { status: "pass", code: "ASAN_SUBSCRIPTION_CONFIRMED", message: { key: "asan.subscription.confirmed" }, data };
  },
};
