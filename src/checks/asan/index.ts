import type { CheckDefinition } from "../../core/types.js";
import { asanSubscriptionCheck } from "./subscription.js";
import { asanPhoneCheck } from "./phone.js";
import { asanPin1Check } from "./pin1.js";
import { asanPin2Check } from "./pin2.js";
import { asanSuspendedCheck } from "./suspended.js";
import { asanCodeCheck } from "./code.js";
import { asanSessionGuide } from "./session.js";

/**
 * The asan group's checks, in the order they are shown — and, in a guided run, the
 * order the questions are asked (the notice's order). A PC cannot see the phone, so
 * these are guides (`info`) unless `--phone` or `--interactive` gives them answers.
 */
export const asanChecks: CheckDefinition[] = [
  asanSubscriptionCheck,
  asanPhoneCheck,
  asanPin1Check,
  asanSuspendedCheck,
  asanCodeCheck,
  asanPin2Check,
  asanSessionGuide,
];
