import { defineCheck } from "../../core/define-check.js";
import { duration } from "../../core/duration.js";
import { TOKEN_CERTIFICATES_CHECK } from "../../core/handover.js";
import { t } from "../../i18n/catalog.js";
import { loginProbe } from "../../host/pkcs11/probe.js";
import { CKF_USER_PIN_FINAL_TRY, CKF_USER_PIN_LOCKED } from "../../host/pkcs11/constants.js";
import { takePin } from "./pin-handoff.js";
import { LOGIN_CHECK, PIN_STATE_CHECK, PRESENT_CHECK, tokenName } from "./common.js";

/**
 * Only with --login: the one check that spends a PIN attempt, because the user asked.
 * It refuses when the token says final try or locked (pin-state fails first and this
 * is skipped; the flags are checked again here), asks the PIN on the terminal without
 * echo, hands it to the probe child on stdin, and confirms the private key behind the
 * certificate. The PIN is never stored, logged or put in a result.
 */
export const loginCheck = defineCheck({
  id: LOGIN_CHECK,
  group: "token",
  covers: ["EIMZA-PIN-LOCK", "EIMZA-VALIDITY"],
  title: "token.title.login",
  dependsOn: [PIN_STATE_CHECK],
  uses: [PRESENT_CHECK, TOKEN_CERTIFICATES_CHECK],
  // Typing a PIN takes a person longer than a machine check.
  budgetFactor: 24,
  codes: {
    TOKEN_LOGIN_OK: { status: "pass" },
    TOKEN_PRIVATE_KEY_MISSING: { status: "fail", remedy: ["token.remedy.call157Certificate"] },
    PIN_INCORRECT: { status: "fail", remedy: ["token.remedy.finalTry"] },
    PIN_LOCKED_NOW: { status: "fail", remedy: ["token.remedy.call157Puk"] },
    TOKEN_LOGIN_FAILED: { status: "error", remedy: ["token.remedy.replug"] },
    TOKEN_LOGIN_TIMEOUT: { status: "timeout", remedy: ["token.remedy.replug", "token.remedy.installDriverGeneric"] },
    TOKEN_LOGIN_NOT_REQUESTED: { status: "skip" },
    TOKEN_LOGIN_NEEDS_TERMINAL: { status: "skip" },
    TOKEN_LOGIN_REFUSED: { status: "skip", remedy: ["token.remedy.call157Puk"] },
    TOKEN_LOGIN_CANCELLED: { status: "skip" },
  },
  async run(ctx) {
    if (!ctx.options.login) {
      takePin();
      return { code: "TOKEN_LOGIN_NOT_REQUESTED", message: { key: "token.login.notRequested" } };
    }
    const found = ctx.dep(PRESENT_CHECK)?.tokens ?? [];
    const target = found[0];
    if (!target) {
      takePin();
      return { code: "TOKEN_LOGIN_CANCELLED", message: { key: "token.login.noToken" } };
    }
    const token = tokenName(target);
    if (target.token.flags & (CKF_USER_PIN_FINAL_TRY | CKF_USER_PIN_LOCKED)) {
      takePin();
      return {
        code: "TOKEN_LOGIN_REFUSED",
        message: { key: "token.login.refused", values: { token } },
        remedy: [{ key: "token.remedy.call157Puk" }],
      };
    }
    // The `token` command asks before the checks start (see pin-handoff.ts); otherwise ask here.
    let pin = takePin();
    if (pin === undefined) {
      const prompt = ctx.host.prompt;
      if (!prompt || !ctx.options.interactiveTerminal) {
        return { code: "TOKEN_LOGIN_NEEDS_TERMINAL", message: { key: "token.login.needsTerminal" } };
      }
      try {
        pin = await prompt.askHidden(t(ctx.options.lang, "token.login.prompt", { token }));
      } catch {
        return { code: "TOKEN_LOGIN_CANCELLED", message: { key: "token.login.cancelled" } };
      }
    }
    if (pin === "") return { code: "TOKEN_LOGIN_CANCELLED", message: { key: "token.login.cancelled" } };

    const r = await loginProbe(ctx.host, target.module, target.slot.slotId, pin, {
      timeoutMs: ctx.options.timeoutMs,
      signal: ctx.signal,
    });
    pin = "";
    const data = { token, module: target.module, loginAttempted: true };
    switch (r.kind) {
      case "login-ok": {
        const certs = (ctx.dep(TOKEN_CERTIFICATES_CHECK)?.certificates ?? []).filter(
          (c) => c.module === target.module && String(c.slotId) === target.slot.slotId,
        );
        const ids = new Set(r.privateKeys.map((k) => k.idHex).filter((x): x is string => x !== undefined));
        const paired = certs.filter((c) => c.idHex !== undefined && ids.has(c.idHex));
        const withData = { ...data, privateKeys: r.privateKeys.length, certificatesWithPrivateKey: paired.length };
        if (r.privateKeys.length === 0 || (certs.length > 0 && paired.length === 0)) {
          return {
            code: "TOKEN_PRIVATE_KEY_MISSING",
            message: { key: "token.login.noPrivateKey", values: { token } },
            remedy: [{ key: "token.remedy.call157Certificate" }],
            data: withData,
          };
        }
        return { code: "TOKEN_LOGIN_OK", message: { key: "token.login.ok", values: { token } }, data: withData };
      }
      case "timeout":
        return {
          code: "TOKEN_LOGIN_TIMEOUT",
          message: { key: "token.module.timeout", values: { module: target.module, duration: duration(r.timeoutMs) } },
          remedy: [{ key: "token.remedy.replug" }],
          data: { ...data, timeoutMs: r.timeoutMs },
        };
      case "call-failed":
        if (r.ckr === "CKR_PIN_INCORRECT") {
          return {
            code: "PIN_INCORRECT",
            message: { key: "token.login.pinIncorrect", values: { token } },
            remedy: [{ key: "token.remedy.finalTry" }],
            data,
          };
        }
        if (r.ckr === "CKR_PIN_LOCKED") {
          return {
            code: "PIN_LOCKED_NOW",
            message: { key: "token.pin.locked", values: { token } },
            remedy: [{ key: "token.remedy.call157Puk" }],
            data,
          };
        }
        return {
          code: "TOKEN_LOGIN_FAILED",
          message: { key: "token.login.failed", values: { token, reason: r.ckr ?? r.detail } },
          data,
        };
      default:
        return {
          code: "TOKEN_LOGIN_FAILED",
          message: { key: "token.login.failed", values: { token, reason: r.kind } },
          data,
        };
    }
  },
});
