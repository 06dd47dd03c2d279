import type { CheckDefinition, Msg, Status } from "../../core/types.js";
import {
  CKF_PROTECTED_AUTHENTICATION_PATH,
  CKF_USER_PIN_COUNT_LOW,
  CKF_USER_PIN_FINAL_TRY,
  CKF_USER_PIN_LOCKED,
  CKF_USER_PIN_TO_BE_CHANGED,
  tokenFlagNames,
} from "../../host/pkcs11/constants.js";
import { PIN_STATE_CHECK, PRESENT_CHECK, severity, tokenName, type FoundToken, type PresentOutput } from "./common.js";

/**
 * How many PIN tries are left, read from the token flags only (C_GetTokenInfo):
 * no PIN attempt is ever spent here. Ten wrong PINs block an E-İmza token; then only
 * 157 with the PUK helps.
 */
export const pinStateCheck: CheckDefinition = {
  id: PIN_STATE_CHECK,
  group: "token",
  covers: ["EIMZA-PIN-LOCK"],
  title: "token.title.pinState",
  dependsOn: [PRESENT_CHECK],
  codes: {
    PIN_OK: "pass",
    PIN_COUNT_LOW: "warn",
    PIN_TO_BE_CHANGED: "warn",
    PIN_FINAL_TRY: "fail",
    PIN_LOCKED: "fail",
  },
  async run(ctx) {
    const tokens = ctx.dep<PresentOutput>(PRESENT_CHECK)?.tokens ?? [];
    const verdicts = tokens.map((t) => ({ t, ...pinVerdict(t) }));
    const worst = verdicts.reduce((a, b) => (severity(b.status) > severity(a.status) ? b : a), verdicts[0]!);
    return {
      status: worst.status,
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
};

function pinVerdict(t: FoundToken): { status: Status; code: string; message: Msg; remedy: Msg[] } {
  const f = t.token.flags;
  const token = tokenName(t);
  if (f & CKF_USER_PIN_LOCKED) {
    return {
      status: "fail",
      code: "PIN_LOCKED",
      message: { key: "token.pin.locked", values: { token } },
      remedy: [{ key: "token.remedy.call157Puk" }],
    };
  }
  if (f & CKF_USER_PIN_FINAL_TRY) {
    return {
      status: "fail",
      code: "PIN_FINAL_TRY",
      message: { key: "token.pin.finalTry", values: { token } },
      remedy: [{ key: "token.remedy.finalTry" }, { key: "token.remedy.call157Puk" }],
    };
  }
  if (f & CKF_USER_PIN_COUNT_LOW) {
    return {
      status: "warn",
      code: "PIN_COUNT_LOW",
      message: { key: "token.pin.countLow", values: { token } },
      remedy: [{ key: "token.remedy.finalTry" }],
    };
  }
  if (f & CKF_USER_PIN_TO_BE_CHANGED) {
    return {
      status: "warn",
      code: "PIN_TO_BE_CHANGED",
      message: { key: "token.pin.toBeChanged", values: { token } },
      remedy: [{ key: "token.remedy.changePin" }],
    };
  }
  return { status: "pass", code: "PIN_OK", message: { key: "token.pin.ok", values: { token } }, remedy: [] };
}
