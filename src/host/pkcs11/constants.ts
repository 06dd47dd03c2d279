/**
 * The PKCS#11 (Cryptoki v2.40, OASIS) constants the token group reads, copied as
 * numbers so that the parent process never has to load the pkcs11js binding to make
 * sense of a probe's answer. Source: pkcs11t.h of PKCS #11 v2.40.
 */

/** CK_SLOT_INFO.flags */
export const CKF_TOKEN_PRESENT = 0x1;
export const CKF_REMOVABLE_DEVICE = 0x2;
export const CKF_HW_SLOT = 0x4;

/** CK_TOKEN_INFO.flags */
export const CKF_LOGIN_REQUIRED = 0x4;
export const CKF_USER_PIN_INITIALIZED = 0x8;
export const CKF_PROTECTED_AUTHENTICATION_PATH = 0x100;
export const CKF_TOKEN_INITIALIZED = 0x400;
export const CKF_USER_PIN_COUNT_LOW = 0x10000;
export const CKF_USER_PIN_FINAL_TRY = 0x20000;
export const CKF_USER_PIN_LOCKED = 0x40000;
export const CKF_USER_PIN_TO_BE_CHANGED = 0x80000;
export const CKF_SO_PIN_LOCKED = 0x400000;

/** C_OpenSession flags: a read-only session, which needs no login. */
export const CKF_SERIAL_SESSION = 0x4;

/** Object classes and attributes */
export const CKO_CERTIFICATE = 1;
export const CKO_PUBLIC_KEY = 2;
export const CKO_PRIVATE_KEY = 3;
export const CKA_CLASS = 0x0;
export const CKA_LABEL = 0x3;
export const CKA_VALUE = 0x11;
export const CKA_CERTIFICATE_TYPE = 0x80;
export const CKA_KEY_TYPE = 0x100;
export const CKA_ID = 0x102;
export const CKC_X_509 = 0;

export const CKU_USER = 1;

/** The token flags the report names, in a stable order. */
export const TOKEN_FLAG_NAMES: ReadonlyArray<readonly [number, string]> = [
  [CKF_LOGIN_REQUIRED, "LOGIN_REQUIRED"],
  [CKF_USER_PIN_INITIALIZED, "USER_PIN_INITIALIZED"],
  [CKF_PROTECTED_AUTHENTICATION_PATH, "PROTECTED_AUTHENTICATION_PATH"],
  [CKF_TOKEN_INITIALIZED, "TOKEN_INITIALIZED"],
  [CKF_USER_PIN_COUNT_LOW, "USER_PIN_COUNT_LOW"],
  [CKF_USER_PIN_FINAL_TRY, "USER_PIN_FINAL_TRY"],
  [CKF_USER_PIN_LOCKED, "USER_PIN_LOCKED"],
  [CKF_USER_PIN_TO_BE_CHANGED, "USER_PIN_TO_BE_CHANGED"],
  [CKF_SO_PIN_LOCKED, "SO_PIN_LOCKED"],
];

export function tokenFlagNames(flags: number): string[] {
  return TOKEN_FLAG_NAMES.filter(([bit]) => (flags & bit) !== 0).map(([, name]) => name);
}
