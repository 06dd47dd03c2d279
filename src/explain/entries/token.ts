import type { ExplainEntry } from "../types.js";

/**
 * The token group's codes (src/checks/token/). Remedies here are the group's
 * placeholder-free remedy texts; the checks' own remedies name the device, driver
 * and date. PKCS#11 CKR_* return values are in external.ts.
 */
const e = (code: string, remedy: string[] = []): ExplainEntry => ({
  code,
  meaning: `token.explain.${code}`,
  remedy: remedy.map((r) => `token.remedy.${r}`),
});

export const tokenEntries: readonly ExplainEntry[] = [
  // token.usb-device
  e("USB_TOKEN_FOUND"),
  e("USB_DEVICE_PROBLEM", ["installDriverGeneric", "replug"]),
  e("NO_USB_DEVICE", ["plugToken"]),
  e("USB_LIST_UNAVAILABLE"),
  // token.smartcard-service
  e("PCSC_RUNNING"),
  e("PCSC_IDLE"),
  e("PCSC_INACTIVE", ["checkService"]),
  e("PCSC_STOPPED", ["checkService"]),
  e("PCSC_DISABLED", ["checkService"]),
  e("PCSC_NOT_INSTALLED", ["installPcscd"]),
  e("PCSC_STATE_UNKNOWN", ["checkService"]),
  // token.module
  e("MODULES_OK"),
  e("SOME_MODULES_FAILED", ["installDriverGeneric"]),
  e("NO_MODULE", ["plugToken", "installDriverGeneric"]),
  e("DRIVER_MISSING_FOR_DEVICE", ["installDriverGeneric", "replug"]),
  e("MODULE_NOT_FOUND", ["installDriverGeneric"]),
  e("MODULE_MISSING_DEPENDENCY", ["installDriverGeneric"]),
  e("MODULE_NOT_PKCS11", ["installDriverGeneric"]),
  e("MODULE_WRONG_ARCH", ["matchingArch"]),
  e("MODULE_NOT_A_LIBRARY", ["installDriverGeneric"]),
  e("MODULE_LOAD_FAILED", ["installDriverGeneric"]),
  e("MODULE_CALL_FAILED", ["replug", "installDriverGeneric"]),
  e("MODULE_CRASHED", ["replug", "installDriverGeneric"]),
  e("MODULE_TIMEOUT", ["replug", "installDriverGeneric"]),
  e("PKCS11_BINDING_MISSING", ["installBinding"]),
  // token.present
  e("TOKEN_PRESENT"),
  e("NOTHING_PLUGGED_IN", ["plugToken", "replug"]),
  e("TOKEN_NOT_SEEN_BY_DRIVER", ["installDriverGeneric", "replug", "checkService"]),
  e("NO_CARD_IN_READER", ["insertCard"]),
  e("TOKEN_NOT_INITIALIZED", ["call157Token"]),
  e("TOKEN_UNREADABLE", ["replug", "installDriverGeneric"]),
  // token.pin-state
  e("PIN_OK"),
  e("PIN_COUNT_LOW", ["finalTry"]),
  e("PIN_TO_BE_CHANGED", ["changePin"]),
  e("PIN_FINAL_TRY", ["finalTry", "call157Puk"]),
  e("PIN_LOCKED", ["call157Puk"]),
  // token.certificates
  e("TOKEN_CERT_OK"),
  e("TOKEN_CERT_EXPIRING_SOON", ["renewSoon"]),
  e("TOKEN_CERT_EXPIRES_BEFORE_SALE", ["renewSoon"]),
  e("TOKEN_CERT_EXPIRED", ["renewExpired"]),
  e("TOKEN_CERT_NOT_YET_VALID", ["checkClock", "call157Certificate"]),
  e("TOKEN_CERT_WRONG_KEY_USAGE", ["call157Certificate"]),
  e("TOKEN_NO_CERTIFICATE", ["call157Certificate"]),
  // token.login
  e("TOKEN_LOGIN_OK"),
  e("TOKEN_PRIVATE_KEY_MISSING", ["call157Certificate"]),
  e("PIN_INCORRECT", ["finalTry"]),
  e("PIN_LOCKED_NOW", ["call157Puk"]),
  e("TOKEN_LOGIN_FAILED", ["replug"]),
  e("TOKEN_LOGIN_TIMEOUT", ["replug", "installDriverGeneric"]),
  e("TOKEN_LOGIN_NOT_REQUESTED"),
  e("TOKEN_LOGIN_NEEDS_TERMINAL"),
  e("TOKEN_LOGIN_REFUSED", ["call157Puk"]),
  e("TOKEN_LOGIN_CANCELLED"),
];
