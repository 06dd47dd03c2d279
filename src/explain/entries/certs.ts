import { NOTICE_SOURCE } from "../sources.js";
import type { ExplainEntry } from "../types.js";

const meaning = (code: string) => `certs.explain.${code}`;
const CALL_157 = "certs.remedy.call157";
const RESTART = "certs.remedy.restartBrowser";

/** Every code the certs checks declare (src/checks/certs/*). */
export const certsEntries: readonly ExplainEntry[] = [
  { code: "STORES_READ", meaning: meaning("STORES_READ"), remedy: [] },
  {
    code: "STORES_UNREADABLE",
    meaning: meaning("STORES_UNREADABLE"),
    remedy: ["certs.stores.remedy.tool.linux", "certs.stores.remedy.retry", "certs.stores.remedy.retryLater"],
  },
  {
    code: "ROOT_INSTALLED",
    meaning: meaning("ROOT_INSTALLED"),
    remedy: [],
  },
  {
    code: "ROOT_NOT_INSTALLED",
    meaning: meaning("ROOT_NOT_INSTALLED"),
    remedy: ["certs.explain.remedy.installRoot", RESTART],
    source: NOTICE_SOURCE,
  },
  {
    code: "ROOT_MISMATCH",
    meaning: meaning("ROOT_MISMATCH"),
    remedy: ["certs.explain.remedy.removeOldCopy", "certs.explain.remedy.installRoot"],
  },
  {
    code: "ROOT_MISSING_IN_OTHER_BROWSER",
    meaning: meaning("ROOT_MISSING_IN_OTHER_BROWSER"),
    remedy: ["certs.explain.remedy.installRoot"],
  },
  { code: "ROOT_TRUSTED", meaning: meaning("ROOT_TRUSTED"), remedy: [] },
  {
    code: "ROOT_UNTRUSTED_IN_OTHER_BROWSER",
    meaning: meaning("ROOT_UNTRUSTED_IN_OTHER_BROWSER"),
    remedy: ["certs.explain.remedy.trustRoot"],
  },
  { code: "ROOT_DISTRUSTED", meaning: meaning("ROOT_DISTRUSTED"), remedy: ["certs.explain.remedy.undistrust", RESTART] },
  {
    code: "ROOT_TRUSTED_COPY_EXPIRED",
    meaning: meaning("ROOT_TRUSTED_COPY_EXPIRED"),
    remedy: ["certs.explain.remedy.renewCa", "certs.explain.remedy.removeLeftover"],
  },
  {
    code: "ROOT_NOT_TRUSTED",
    meaning: meaning("ROOT_NOT_TRUSTED"),
    remedy: ["certs.explain.remedy.trustRoot", RESTART],
    source: NOTICE_SOURCE,
  },
  { code: "INTERMEDIATES_INSTALLED", meaning: meaning("INTERMEDIATES_INSTALLED"), remedy: [] },
  {
    code: "INTERMEDIATES_MISSING",
    meaning: meaning("INTERMEDIATES_MISSING"),
    remedy: ["certs.explain.remedy.installIntermediates", RESTART],
    source: NOTICE_SOURCE,
  },
  {
    code: "INTERMEDIATES_MISSING_IN_OTHER_BROWSER",
    meaning: meaning("INTERMEDIATES_MISSING_IN_OTHER_BROWSER"),
    remedy: ["certs.explain.remedy.installIntermediates"],
  },
  { code: "INTERMEDIATE_DISTRUSTED", meaning: meaning("INTERMEDIATE_DISTRUSTED"), remedy: ["certs.explain.remedy.undistrust", RESTART] },
  {
    code: "INTERMEDIATE_MISMATCH",
    meaning: meaning("INTERMEDIATE_MISMATCH"),
    remedy: ["certs.explain.remedy.removeOldCopy", "certs.explain.remedy.installIntermediates"],
  },
  { code: "CA_VALID", meaning: meaning("CA_VALID"), remedy: [] },
  { code: "CA_LEFTOVER", meaning: meaning("CA_LEFTOVER"), remedy: ["certs.explain.remedy.removeLeftover"] },
  { code: "CA_EXPIRING", meaning: meaning("CA_EXPIRING"), remedy: ["certs.explain.remedy.renewCa", CALL_157] },
  { code: "CA_EXPIRED", meaning: meaning("CA_EXPIRED"), remedy: ["certs.explain.remedy.renewCa", CALL_157] },
  { code: "CA_NOT_YET_VALID", meaning: meaning("CA_NOT_YET_VALID"), remedy: ["certs.remedy.checkClock"] },
  { code: "CA_EXPIRES_BEFORE_SALE", meaning: meaning("CA_EXPIRES_BEFORE_SALE"), remedy: ["certs.explain.remedy.renewCa", CALL_157] },
  { code: "CA_NONE_FOUND", meaning: meaning("CA_NONE_FOUND"), remedy: ["certs.caValidity.none.remedy"] },
  { code: "CLOCK_OK", meaning: meaning("CLOCK_OK"), remedy: [] },
  { code: "CLOCK_SKEW", meaning: meaning("CLOCK_SKEW"), remedy: ["certs.remedy.checkClock"] },
  { code: "CLOCK_WRONG", meaning: meaning("CLOCK_WRONG"), remedy: ["certs.remedy.checkClock"] },
  { code: "CLOCK_UNCHECKED", meaning: meaning("CLOCK_UNCHECKED"), remedy: [] },
  { code: "CERT_VALID", meaning: meaning("CERT_VALID"), remedy: [] },
  { code: "CERT_EXPIRING", meaning: meaning("CERT_EXPIRING"), remedy: ["certs.userValidity.renew.remedy", CALL_157] },
  { code: "CERT_EXPIRED", meaning: meaning("CERT_EXPIRED"), remedy: ["certs.userValidity.renew.remedy", CALL_157], source: NOTICE_SOURCE },
  { code: "CERT_NOT_YET_VALID", meaning: meaning("CERT_NOT_YET_VALID"), remedy: ["certs.remedy.checkClock"] },
  { code: "CERT_EXPIRES_BEFORE_SALE", meaning: meaning("CERT_EXPIRES_BEFORE_SALE"), remedy: ["certs.userValidity.renew.remedy", CALL_157] },
  { code: "CERT_CLOCK_WRONG", meaning: meaning("CERT_CLOCK_WRONG"), remedy: ["certs.remedy.checkClock"] },
  { code: "NO_USER_CERT", meaning: meaning("NO_USER_CERT"), remedy: ["certs.noUserCert.remedy"] },
  { code: "CHAIN_OK", meaning: meaning("CHAIN_OK"), remedy: [] },
  { code: "CHAIN_INCOMPLETE", meaning: meaning("CHAIN_INCOMPLETE"), remedy: ["certs.explain.remedy.installIntermediates"] },
  { code: "CHAIN_BAD_SIGNATURE", meaning: meaning("CHAIN_BAD_SIGNATURE"), remedy: ["certs.explain.remedy.removeOldCopy", CALL_157] },
  { code: "CHAIN_DISTRUSTED", meaning: meaning("CHAIN_DISTRUSTED"), remedy: ["certs.explain.remedy.undistrust", RESTART] },
  { code: "CHAIN_ROOT_EXPIRED", meaning: meaning("CHAIN_ROOT_EXPIRED"), remedy: ["certs.explain.remedy.renewCa", CALL_157] },
  { code: "CHAIN_ROOT_UNTRUSTED", meaning: meaning("CHAIN_ROOT_UNTRUSTED"), remedy: ["certs.explain.remedy.trustRoot"] },
  { code: "CERT_SELF_SIGNED", meaning: meaning("CERT_SELF_SIGNED"), remedy: ["certs.userChain.selfSigned.remedy", CALL_157] },
  { code: "NOT_REVOKED", meaning: meaning("NOT_REVOKED"), remedy: [] },
  {
    code: "REVOKED",
    meaning: meaning("REVOKED"),
    remedy: ["certs.userRevocation.revoked.remedy", CALL_157],
    source: NOTICE_SOURCE,
  },
  { code: "REVOCATION_UNKNOWN", meaning: meaning("REVOCATION_UNKNOWN"), remedy: [CALL_157] },
  {
    code: "REVOCATION_UNREACHABLE",
    meaning: meaning("REVOCATION_UNREACHABLE"),
    remedy: ["certs.userRevocation.unreachable.remedy", CALL_157],
  },
  { code: "REVOCATION_STALE", meaning: meaning("REVOCATION_STALE"), remedy: ["certs.userRevocation.stale.remedy", CALL_157] },
  { code: "CA_REVOKED", meaning: meaning("CA_REVOKED"), remedy: ["certs.userRevocation.caRevoked.remedy", CALL_157] },
  { code: "NO_REVOCATION_INFO", meaning: meaning("NO_REVOCATION_INFO"), remedy: [CALL_157] },
  { code: "ISSUER_NOT_FOUND", meaning: meaning("ISSUER_NOT_FOUND"), remedy: ["certs.explain.remedy.installIntermediates"] },
  { code: "ISSUER_NOT_LOOKED_UP", meaning: meaning("ISSUER_NOT_LOOKED_UP"), remedy: ["certs.stores.remedy.retryLater"] },
];
