import type { KeysUnder, MessageKey } from "../../i18n/keys.js";
import type { ExplainEntry } from "../types.js";

import { LNA_SOURCE, noticePoint } from "../sources.js";
/** Values as defined in OASIS PKCS #11 v2.40 pkcs11t.h (the header pkcs11js ships). */
const PKCS11 = "OASIS PKCS #11 Cryptographic Token Interface Base Specification v2.40, pkcs11t.h";
/** Chromium's net/base/net_error_list.h. */
const CHROMIUM = "Chromium net/base/net_error_list.h";

const CALL_157 = "explain.ext.remedy.call157";
const REPLUG = "explain.ext.remedy.replug";
const RUN_TOKEN = "explain.ext.remedy.runToken";

function ckr(name: KeysUnder<"explain.">, hex: string, remedy: readonly MessageKey[]): ExplainEntry {
  const short = `0x${hex.replace(/^0+/, "") || "0"}`;
  return { code: name, meaning: `explain.${name}`, remedy, texts: [`0x${hex}`, short], source: `${PKCS11}: ${name} = 0x${hex}` };
}

function net(name: KeysUnder<"explain.">, value: number, remedy: readonly MessageKey[], texts: readonly string[] = []): ExplainEntry {
  return {
    code: name,
    meaning: `explain.${name}`,
    remedy,
    texts: [`NET::${name}`, `net::${name}`, String(value), ...texts],
    source: `${CHROMIUM}: ${name} = ${value}`,
  };
}

/**
 * Errors a citizen meets outside the tool: the portal's own messages named in the
 * notice, PKCS#11 return values that token software prints, and the browser's
 * certificate errors on the e-Government portal.
 */
export const externalEntries: readonly ExplainEntry[] = [
  {
    // The console line Chrome prints when a public page's request to this computer is refused.
    code: "LNA_PERMISSION_DENIED",
    meaning: "browser.explain.LNA_PERMISSION_DENIED",
    remedy: ["browser.remedy.siteSettingsChrome", "browser.remedy.siteSettingsOpera", "browser.remedy.pressAllowLna"],
    texts: [
      "Permission was denied for this request to access the `loopback` address space",
      "Permission was denied for this request to access the `local` address space",
      "Permission was denied for this request to access the `unknown` address space",
    ],
    source: LNA_SOURCE,
  },
  {
    // The permission prompt (chromium components/permissions_strings.grdp:
    // IDS_LOOPBACK_NETWORK_PERMISSION_FRAGMENT, IDS_LOCAL_NETWORK_PERMISSION_FRAGMENT,
    // IDS_LOCAL_NETWORK_ACCESS_PERMISSION_FRAGMENT, IDS_LOOPBACK_NETWORK_INFOBAR_TEXT).
    code: "LNA_PROMPT",
    meaning: "browser.explain.LNA_PROMPT",
    remedy: ["browser.remedy.pressAllowLna"],
    texts: [
      "Access other apps and services on this device",
      "wants to access other apps and services on this device",
      "Access other devices on your local network",
      "Look for and connect to any device on your local network",
    ],
    source: "chromium components/permissions_strings.grdp (LOOPBACK_NETWORK / LOCAL_NETWORK / LOCAL_NETWORK_ACCESS permission fragments)",
  },
  {
    code: "PORTAL_SIGNATURE_LOGIN_FAILED",
    meaning: "explain.PORTAL_SIGNATURE_LOGIN_FAILED",
    remedy: [
      "explain.PORTAL_SIGNATURE_LOGIN_FAILED.remedy.close",
      "explain.PORTAL_SIGNATURE_LOGIN_FAILED.remedy.ready",
      "explain.PORTAL_SIGNATURE_LOGIN_FAILED.remedy.again",
      RUN_TOKEN,
      CALL_157,
    ],
    texts: ["Portala imza ilə giriş mümkün olmadı", "Portala imza ile giris mumkun olmadi"],
    source: noticePoint("E-İmza", 5),
  },
  {
    code: "SERVICE_SUSPENDED",
    meaning: "explain.SERVICE_SUSPENDED",
    remedy: ["asan.suspended.remedy.debt", "asan.suspended.remedy.operator", "asan.suspended.remedy.loginEarly"],
    texts: ["Service suspended", "Xidmət dayandırılmışdır", "Xidmət dayandırılıb", "Услуга приостановлена"],
    source: noticePoint("Asan İmza", 5),
  },
  {
    code: "PIN_PROMPT_CANCELLED",
    meaning: "explain.PIN_PROMPT_CANCELLED",
    remedy: ["explain.PIN_PROMPT_CANCELLED.remedy"],
    texts: ["İmtina", "istifadəçi PIN kodu imtina", "cancelled the user PIN prompt", "pressed Cancel at the PIN prompt"],
    source: noticePoint("E-İmza", 2),
  },
  ckr("CKR_CANCEL", "00000001", ["explain.PIN_PROMPT_CANCELLED.remedy"]),
  ckr("CKR_SLOT_ID_INVALID", "00000003", [REPLUG, RUN_TOKEN]),
  ckr("CKR_GENERAL_ERROR", "00000005", [REPLUG, "explain.ext.remedy.reinstallDriver", RUN_TOKEN]),
  ckr("CKR_FUNCTION_FAILED", "00000006", [REPLUG, "explain.ext.remedy.reinstallDriver", RUN_TOKEN]),
  ckr("CKR_DEVICE_ERROR", "00000030", [REPLUG, "explain.ext.remedy.otherPort", "explain.ext.remedy.reinstallDriver"]),
  ckr("CKR_DEVICE_REMOVED", "00000032", [REPLUG, "explain.ext.remedy.otherPort"]),
  ckr("CKR_FUNCTION_CANCELED", "00000050", ["explain.PIN_PROMPT_CANCELLED.remedy"]),
  ckr("CKR_PIN_INCORRECT", "000000A0", ["explain.CKR_PIN_INCORRECT.remedy", CALL_157]),
  ckr("CKR_PIN_INVALID", "000000A1", ["explain.CKR_PIN_INVALID.remedy"]),
  ckr("CKR_PIN_LEN_RANGE", "000000A2", ["explain.CKR_PIN_INVALID.remedy"]),
  ckr("CKR_PIN_EXPIRED", "000000A3", ["explain.CKR_PIN_EXPIRED.remedy", CALL_157]),
  ckr("CKR_PIN_LOCKED", "000000A4", ["explain.CKR_PIN_LOCKED.remedy"]),
  ckr("CKR_TOKEN_NOT_PRESENT", "000000E0", [REPLUG, "explain.ext.remedy.otherPort", RUN_TOKEN]),
  ckr("CKR_TOKEN_NOT_RECOGNIZED", "000000E1", ["explain.ext.remedy.reinstallDriver", RUN_TOKEN, CALL_157]),
  ckr("CKR_USER_NOT_LOGGED_IN", "00000101", ["explain.CKR_USER_NOT_LOGGED_IN.remedy"]),
  ckr("CKR_USER_PIN_NOT_INITIALIZED", "00000102", [CALL_157]),
  ckr("CKR_CRYPTOKI_NOT_INITIALIZED", "00000190", ["explain.ext.remedy.restartSigner", "explain.ext.remedy.reinstallDriver"]),
  {
    code: "CONNECTION_NOT_PRIVATE",
    meaning: "explain.CONNECTION_NOT_PRIVATE",
    remedy: [
      "explain.CONNECTION_NOT_PRIVATE.remedy.code",
      "explain.ERR_CERT_DATE_INVALID.remedy.clock",
      "explain.ERR_CERT_AUTHORITY_INVALID.remedy.address",
      "explain.ERR_CERT_AUTHORITY_INVALID.remedy.antivirus",
    ],
    // Chrome's own words: components_strings_{az,ru}.xtb, message 3566021033012934673 (issue #21.4).
    texts: ["Your connection is not private", "Bağlantınız məxfi deyil", "Ваше подключение не защищено", "Подключение не защищено"],
    source: "Chrome's certificate error page; the NET::ERR_… code under it is from Chromium net/base/net_error_list.h",
  },
  net("ERR_CERT_DATE_INVALID", -201, ["explain.ERR_CERT_DATE_INVALID.remedy.clock", "explain.ext.remedy.runCerts"]),
  net("ERR_CERT_AUTHORITY_INVALID", -202, [
    "explain.ERR_CERT_AUTHORITY_INVALID.remedy.address",
    "explain.ext.remedy.runCerts",
    "explain.ERR_CERT_AUTHORITY_INVALID.remedy.antivirus",
  ]),
  net("ERR_CERT_COMMON_NAME_INVALID", -200, [
    "explain.ERR_CERT_AUTHORITY_INVALID.remedy.address",
    "explain.ERR_CERT_AUTHORITY_INVALID.remedy.antivirus",
  ]),
  net("ERR_CERT_REVOKED", -206, ["explain.ERR_CERT_AUTHORITY_INVALID.remedy.address", "explain.ext.remedy.call108"]),
  net("ERR_SSL_CLIENT_AUTH_CERT_NEEDED", -110, [
    "explain.ERR_SSL_CLIENT_AUTH_CERT_NEEDED.remedy",
    RUN_TOKEN,
    "explain.ext.remedy.restartBrowser",
  ]),
  net("ERR_BAD_SSL_CLIENT_AUTH_CERT", -117, ["explain.ERR_BAD_SSL_CLIENT_AUTH_CERT.remedy", "explain.ext.remedy.runCerts", CALL_157]),
  net("ERR_SSL_CLIENT_AUTH_SIGNATURE_FAILED", -141, [REPLUG, "explain.ext.remedy.restartBrowser", RUN_TOKEN]),
  net("ERR_SSL_PROTOCOL_ERROR", -107, ["explain.ext.remedy.restartBrowser", "explain.ERR_SSL_PROTOCOL_ERROR.remedy.update"]),
];
