import { defineCheck } from "../../core/define-check.js";
import type { CodeSpec, Msg } from "../../core/types.js";
import {
  CKF_PROTECTED_AUTHENTICATION_PATH,
  CKF_USER_PIN_COUNT_LOW,
  CKF_USER_PIN_FINAL_TRY,
  CKF_USER_PIN_LOCKED,
  CKF_USER_PIN_TO_BE_CHANGED,
  tokenFlagNames,
} from "../../host/pkcs11/constants.js";
import { PIN_STATE_CHECK, PRESENT_CHECK, severity, tokenName, type FoundToken } from "./common.js";

/** What this check can say; each code decides the status. */
const PIN_CODES = {
  PIN_OK: { status: "pass" },
  PIN_COUNT_LOW: { status: "warn", remedy: ["token.remedy.finalTry"] },
  PIN_TO_BE_CHANGED: { status: "warn", remedy: ["token.remedy.changePin"] },
  PIN_FINAL_TRY: { status: "fail", remedy: ["token.remedy.finalTry", "token.remedy.call157Puk"] },
  PIN_LOCKED: { status: "fail", remedy: ["token.remedy.call157Puk"] },
} as const satisfies Record<string, CodeSpec>;
type PinCode = keyof typeof PIN_CODES;

/**
 * How many PIN tries are left, read from the token flags only (C_GetTokenInfo):
 * no PIN attempt is ever spent here. Ten wrong PINs block an E-İmza token; then only
 * 157 with the PUK helps.
 */
export const pinStateCheck = defineCheck({
  id: PIN_STATE_CHECK,
  group: "token",
  covers: ["EIMZA-PIN-LOCK"],
  title: "token.title.pinState",
  dependsOn: [PRESENT_CHECK],
  codes: PIN_CODES,
  async run(ctx) {
    const tokens = ctx.dep(PRESENT_CHECK)?.tokens ?? [];
    const verdicts = tokens.map((t) => ({ t, ...pinVerdict(t) }));
    const worst = verdicts.reduce(
      (a, b) => (severity(PIN_CODES[b.code].status) > severity(PIN_CODES[a.code].status) ? b : a),
      verdicts[0]!,
    );
    return {
      code: worst.code,
      message: worst.message,
      remedy: verdicts.flatMap((v) => v.remedy),
      data: {
        loginAttempted: false,
        tokens: verdicts.map((v) => ({
          token: tokenName(v.t),
          module: v.t.module,
          state: v.code,
          flags: tokenFlagNames(v.t.token.flags),
          pinPad: (v.t.token.flags & CKF_PROTECTED_AUTHENTICATION_PATH) !== 0,
        })),
      },
    };
  },
});

function pinVerdict(t: FoundToken): { code: PinCode; message: Msg; remedy: Msg[] } {
  const f = t.token.flags;
  const token = tokenName(t);
  if (f & CKF_USER_PIN_LOCKED) {
    return {
      code: "PIN_LOCKED",
      message: { key: "token.pin.locked", values: { token } },
      remedy: [{ key: "token.remedy.call157Puk" }],
    };
  }
  if (f & CKF_USER_PIN_FINAL_TRY) {
    return {
      code: "PIN_FINAL_TRY",
      message: { key: "token.pin.finalTry", values: { token } },
      remedy: [{ key: "token.remedy.finalTry" }, { key: "token.remedy.call157Puk" }],
    };
  }
  if (f & CKF_USER_PIN_COUNT_LOW) {
    return {
      code: "PIN_COUNT_LOW",
      message: { key: "token.pin.countLow", values: { token } },
      remedy: [{ key: "token.remedy.finalTry" }],
    };
  }
  if (f & CKF_USER_PIN_TO_BE_CHANGED) {
    return {
      code: "PIN_TO_BE_CHANGED",
      message: { key: "token.pin.toBeChanged", values: { token } },
      remedy: [{ key: "token.remedy.changePin" }],
    };
  }
  return { code: "PIN_OK", message: { key: "token.pin.ok", values: { token } }, remedy: [] };
}
