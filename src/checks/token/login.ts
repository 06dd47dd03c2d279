import type { CheckDefinition, Outcome } from "../../core/types.js";
import { duration } from "../../core/duration.js";
import { TOKEN_CERTIFICATES_CHECK, type TokenCertificatesOutput } from "../../core/handover.js";
import { t } from "../../i18n/catalog.js";
import { loginProbe } from "../../host/pkcs11/probe.js";
import { CKF_USER_PIN_FINAL_TRY, CKF_USER_PIN_LOCKED } from "../../host/pkcs11/constants.js";
import { takePin } from "./pin-handoff.js";
import { LOGIN_CHECK, PIN_STATE_CHECK, PRESENT_CHECK, tokenName, type PresentOutput } from "./common.js";

/**
 * Only with --login: the one check that spends a PIN attempt, because the user asked.
 * It refuses when the token says final try or locked (pin-state fails first and this
 * is skipped; the flags are checked again here), asks the PIN on the terminal without
 * echo, hands it to the probe child on stdin, and confirms the private key behind the
 * certificate. The PIN is never stored, logged or put in a result.
 */
export const loginCheck: CheckDefinition = {
  id: LOGIN_CHECK,
  group: "token",
  covers: ["EIMZA-PIN-LOCK", "EIMZA-VALIDITY"],
  title: "token.title.login",
  dependsOn: [PIN_STATE_CHECK],
  uses: [PRESENT_CHECK, TOKEN_CERTIFICATES_CHECK],
  // Typing a PIN takes a person longer than a machine check.
  budgetFactor: 24,
  codes: {
    TOKEN_LOGIN_OK: "pass",
    TOKEN_PRIVATE_KEY_MISSING: "fail",
    PIN_INCORRECT: "fail",
    PIN_LOCKED_NOW: "fail",
    TOKEN_LOGIN_FAILED: "error",
    TOKEN_LOGIN_TIMEOUT: "timeout",
    TOKEN_LOGIN_NOT_REQUESTED: "skip",
    TOKEN_LOGIN_NEEDS_TERMINAL: "skip",
    TOKEN_LOGIN_REFUSED: "skip",
    TOKEN_LOGIN_CANCELLED: "skip",
  },
  async run(ctx): Promise<Outcome> {
    if (!ctx.options.login) {
      takePin();
      return { status: "skip", code: "TOKEN_LOGIN_NOT_REQUESTED", message: { key: "token.login.notRequested" } };
    }
    const found = ctx.dep<PresentOutput>(PRESENT_CHECK)?.tokens ?? [];
    const target = found[0];
    if (!target) {
      takePin();
      return { status: "skip", code: "TOKEN_LOGIN_CANCELLED", message: { key: "token.login.noToken" } };
    }
    const token = tokenName(target);
    if (target.token.flags & (CKF_USER_PIN_FINAL_TRY | CKF_USER_PIN_LOCKED)) {
      takePin();
      return {
        status: "skip",
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
        return { status: "skip", code: "TOKEN_LOGIN_NEEDS_TERMINAL", message: { key: "token.login.needsTerminal" } };
      }
      try {
        pin = await prompt.askHidden(t(ctx.options.lang, "token.login.prompt", { token }));
      } catch {
        return { status: "skip", code: "TOKEN_LOGIN_CANCELLED", message: { key: "token.login.cancelled" } };
      }
    }
    if (pin === "") return { status: "skip", code: "TOKEN_LOGIN_CANCELLED", message: { key: "token.login.cancelled" } };

    const r = await loginProbe(ctx.host, target.module, target.slot.slotId, pin, {
      timeoutMs: ctx.options.timeoutMs,
      signal: ctx.signal,
    });
    pin = "";
    const data = { token, module: target.module, loginAttempted: true };
    switch (r.kind) {
      case "login-ok": {
        const certs = (ctx.dep<TokenCertificatesOutput>(TOKEN_CERTIFICATES_CHECK)?.certificates ?? []).filter(
          (c) => c.module === target.module && String(c.slotId) === target.slot.slotId,
        );
        const ids = new Set(r.privateKeys.map((k) => k.idHex).filter((x): x is string => x !== undefined));
        const paired = certs.filter((c) => c.idHex !== undefined && ids.has(c.idHex));
        const withData = { ...data, privateKeys: r.privateKeys.length, certificatesWithPrivateKey: paired.length };
        if (r.privateKeys.length === 0 || (certs.length > 0 && paired.length === 0)) {
          return {
            status: "fail",
            code: "TOKEN_PRIVATE_KEY_MISSING",
            message: { key: "token.login.noPrivateKey", values: { token } },
            remedy: [{ key: "token.remedy.call157Certificate" }],
            data: withData,
          };
        }
        return { status: "pass", code: "TOKEN_LOGIN_OK", message: { key: "token.login.ok", values: { token } }, data: withData };
      }
      case "timeout":
        return {
          status: "timeout",
          code: "TOKEN_LOGIN_TIMEOUT",
          message: { key: "token.module.timeout", values: { module: target.module, duration: duration(r.timeoutMs) } },
          remedy: [{ key: "token.remedy.replug" }],
          data: { ...data, timeoutMs: r.timeoutMs },
        };
      case "call-failed":
        if (r.ckr === "CKR_PIN_INCORRECT") {
          return {
            status: "fail",
            code: "PIN_INCORRECT",
            message: { key: "token.login.pinIncorrect", values: { token } },
            remedy: [{ key: "token.remedy.finalTry" }],
            data,
          };
        }
        if (r.ckr === "CKR_PIN_LOCKED") {
          return {
            status: "fail",
            code: "PIN_LOCKED_NOW",
            message: { key: "token.pin.locked", values: { token } },
            remedy: [{ key: "token.remedy.call157Puk" }],
            data,
          };
        }
        return {
          status: "error",
          code: "TOKEN_LOGIN_FAILED",
          message: { key: "token.login.failed", values: { token, reason: r.ckr ?? r.detail } },
          data,
        };
      default:
        return {
          status: "error",
          code: "TOKEN_LOGIN_FAILED",
          message: { key: "token.login.failed", values: { token, reason: r.kind } },
          data,
        };
    }
  },
};
