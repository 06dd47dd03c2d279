import type { ExplainEntry } from "../types.js";

import { NOTICE_SOURCE as NOTICE } from "../sources.js";

/** Every code of src/checks/plan/. */
export const planEntries: readonly ExplainEntry[] = [
  { code: "PLAN_NO_SALE", meaning: "explain.PLAN_NO_SALE", remedy: ["plan.noSale.remedy"] },
  {
    code: "PLAN_LOGIN_WINDOW",
    meaning: "explain.PLAN_LOGIN_WINDOW",
    remedy: ["explain.PLAN_LOGIN_WINDOW.remedy", "plan.window.remedy.single"],
    source: NOTICE,
  },
  {
    code: "PLAN_WINDOW_OPEN_NOW",
    meaning: "explain.PLAN_WINDOW_OPEN_NOW",
    remedy: ["explain.PLAN_LOGIN_WINDOW.remedy", "plan.window.remedy.single"],
    source: NOTICE,
  },
  {
    code: "PLAN_LOGIN_NOW",
    meaning: "explain.PLAN_LOGIN_NOW",
    remedy: ["plan.window.remedy.loginNow", "plan.window.remedy.single"],
    source: NOTICE,
  },
  { code: "PLAN_SALE_PAST", meaning: "explain.PLAN_SALE_PAST", remedy: ["plan.window.remedy.checkDate"] },
  { code: "PLAN_NO_CERTIFICATE", meaning: "explain.PLAN_NO_CERTIFICATE", remedy: ["plan.certificate.remedy.none"] },
  { code: "PLAN_CERT_VALID_AT_SALE", meaning: "explain.PLAN_CERT_VALID_AT_SALE", remedy: [] },
  {
    code: "PLAN_CERT_EXPIRED_AT_SALE",
    meaning: "explain.PLAN_CERT_EXPIRED_AT_SALE",
    remedy: ["plan.certificate.remedy.renew", "plan.certificate.remedy.oldOne"],
  },
  {
    code: "PLAN_CERT_NOT_YET_VALID_AT_SALE",
    meaning: "explain.PLAN_CERT_NOT_YET_VALID_AT_SALE",
    remedy: ["plan.certificate.remedy.call157"],
  },
  { code: "PLAN_DAY_BEFORE", meaning: "explain.PLAN_DAY_BEFORE", remedy: [] },
  { code: "PLAN_HOUR_BEFORE", meaning: "explain.PLAN_HOUR_BEFORE", remedy: [] },
  { code: "PLAN_ICS_NOT_ASKED", meaning: "explain.PLAN_ICS_NOT_ASKED", remedy: [] },
  { code: "PLAN_ICS_WRITTEN", meaning: "explain.PLAN_ICS_WRITTEN", remedy: ["plan.calendar.remedy.import"] },
  { code: "PLAN_ICS_NOT_WRITTEN", meaning: "explain.PLAN_ICS_NOT_WRITTEN", remedy: ["plan.calendar.remedy.otherPath"] },
];
