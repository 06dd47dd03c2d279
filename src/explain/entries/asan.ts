import type { ExplainEntry } from "../types.js";

import { NOTICE_SOURCE as NOTICE } from "../sources.js";

const SUBSCRIPTION = ["asan.subscription.remedy.balance", "asan.subscription.remedy.certificate", "asan.subscription.remedy.operator"];
const PIN1 = ["asan.pin1.remedy.card", "asan.pin1.remedy.threeTries", "asan.pin1.remedy.pukBlocked"];
const PIN2 = ["asan.pin2.remedy.which", "asan.pin2.remedy.card"];
const SUSPENDED = ["asan.suspended.remedy.debt", "asan.suspended.remedy.operator", "asan.suspended.remedy.loginEarly"];
const CODE = [
  "asan.code.remedy.sim1",
  "asan.code.remedy.restart",
  "asan.code.remedy.debt",
  "asan.code.remedy.network",
  "asan.code.remedy.unlock",
  "asan.code.remedy.operator",
];
const PHONE = ["asan.phone.remedy.otherPhone", "asan.phone.remedy.tryLogin"];

/** Every code of src/checks/asan/, with the notice's words where they are the source. */
export const asanEntries: readonly ExplainEntry[] = [
  { code: "ASAN_SUBSCRIPTION_GUIDE", meaning: "explain.ASAN_SUBSCRIPTION_GUIDE", remedy: SUBSCRIPTION, source: NOTICE },
  { code: "ASAN_SUBSCRIPTION_CONFIRMED", meaning: "explain.ASAN_SUBSCRIPTION_CONFIRMED", remedy: [] },
  { code: "ASAN_SUBSCRIPTION_UNPAID", meaning: "explain.ASAN_SUBSCRIPTION_UNPAID", remedy: SUBSCRIPTION, source: NOTICE },
  {
    code: "ASAN_CERTIFICATE_EXPIRED",
    meaning: "explain.ASAN_CERTIFICATE_EXPIRED",
    remedy: ["asan.subscription.remedy.newCertificate"],
    source: NOTICE,
  },
  { code: "ASAN_SUBSCRIPTION_UNSURE", meaning: "explain.ASAN_SUBSCRIPTION_UNSURE", remedy: SUBSCRIPTION },
  {
    code: "ASAN_PHONE_GUIDE",
    meaning: "explain.ASAN_PHONE_GUIDE",
    remedy: ["asan.phone.remedy.check", "asan.phone.remedy.tryLogin"],
    source: NOTICE,
  },
  { code: "ASAN_PHONE_LISTED", meaning: "explain.ASAN_PHONE_LISTED", remedy: PHONE, source: NOTICE },
  { code: "ASAN_PHONE_BLACKBERRY", meaning: "explain.ASAN_PHONE_BLACKBERRY", remedy: PHONE, source: NOTICE },
  { code: "ASAN_PHONE_QWERTY", meaning: "explain.ASAN_PHONE_QWERTY", remedy: PHONE, source: NOTICE },
  { code: "ASAN_PHONE_NOT_LISTED", meaning: "explain.ASAN_PHONE_NOT_LISTED", remedy: ["asan.phone.remedy.tryLogin"] },
  { code: "ASAN_PIN1_GUIDE", meaning: "explain.ASAN_PIN1_GUIDE", remedy: PIN1, source: NOTICE },
  { code: "ASAN_PIN1_CONFIRMED", meaning: "explain.ASAN_PIN1_CONFIRMED", remedy: [] },
  { code: "ASAN_PIN_UNKNOWN", meaning: "explain.ASAN_PIN_UNKNOWN", remedy: ["asan.pin1.remedy.lostCard"] },
  {
    code: "ASAN_PIN1_BLOCKED",
    meaning: "explain.ASAN_PIN1_BLOCKED",
    remedy: ["asan.pin1.remedy.threeTries", "asan.pin1.remedy.pukBlocked"],
    source: NOTICE,
  },
  { code: "ASAN_PUK_BLOCKED", meaning: "explain.ASAN_PUK_BLOCKED", remedy: ["asan.pin1.remedy.pukBlocked"], source: NOTICE },
  { code: "ASAN_PIN1_UNSURE", meaning: "explain.ASAN_PIN1_UNSURE", remedy: PIN1 },
  { code: "ASAN_PIN2_GUIDE", meaning: "explain.ASAN_PIN2_GUIDE", remedy: PIN2, source: NOTICE },
  { code: "ASAN_PIN2_CONFIRMED", meaning: "explain.ASAN_PIN2_CONFIRMED", remedy: [] },
  { code: "ASAN_PIN2_UNSURE", meaning: "explain.ASAN_PIN2_UNSURE", remedy: PIN2 },
  { code: "ASAN_SUSPENDED_GUIDE", meaning: "explain.ASAN_SUSPENDED_GUIDE", remedy: SUSPENDED, source: NOTICE },
  { code: "ASAN_LOGIN_CONFIRMED", meaning: "explain.ASAN_LOGIN_CONFIRMED", remedy: [] },
  { code: "ASAN_SERVICE_SUSPENDED", meaning: "explain.ASAN_SERVICE_SUSPENDED", remedy: SUSPENDED, source: NOTICE },
  { code: "ASAN_LOGIN_NOT_TRIED", meaning: "explain.ASAN_LOGIN_NOT_TRIED", remedy: ["asan.suspended.remedy.loginEarly"] },
  { code: "ASAN_CODE_GUIDE", meaning: "explain.ASAN_CODE_GUIDE", remedy: CODE, source: NOTICE },
  { code: "ASAN_CODE_CONFIRMED", meaning: "explain.ASAN_CODE_CONFIRMED", remedy: [] },
  { code: "ASAN_NUMBER_NOT_IN_SIM1", meaning: "explain.ASAN_NUMBER_NOT_IN_SIM1", remedy: ["asan.code.remedy.sim1"], source: NOTICE },
  { code: "ASAN_CODE_NOT_ARRIVING", meaning: "explain.ASAN_CODE_NOT_ARRIVING", remedy: CODE, source: NOTICE },
  { code: "ASAN_CODE_UNSURE", meaning: "explain.ASAN_CODE_UNSURE", remedy: CODE },
  {
    code: "SESSION_GUIDE",
    meaning: "explain.SESSION_GUIDE",
    remedy: ["asan.session.remedy.early", "asan.session.remedy.single", "asan.session.remedy.plan", "asan.session.remedy.hotlines"],
    source: NOTICE,
  },
];
