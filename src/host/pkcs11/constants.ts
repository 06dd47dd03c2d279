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

/**
 * CK_RV return values by name (pkcs11t.h of PKCS #11 v2.40), so that both bindings
 * name a failed call the same way (pkcs11js says "CKR_DEVICE_ERROR"; the koffi
 * binding gets the number).
 */
const CKR_NAMES: ReadonlyArray<readonly [number, string]> = [
  [0x0, "CKR_OK"],
  [0x1, "CKR_CANCEL"],
  [0x2, "CKR_HOST_MEMORY"],
  [0x3, "CKR_SLOT_ID_INVALID"],
  [0x5, "CKR_GENERAL_ERROR"],
  [0x6, "CKR_FUNCTION_FAILED"],
  [0x7, "CKR_ARGUMENTS_BAD"],
  [0x8, "CKR_NO_EVENT"],
  [0x9, "CKR_NEED_TO_CREATE_THREADS"],
  [0xa, "CKR_CANT_LOCK"],
  [0x10, "CKR_ATTRIBUTE_READ_ONLY"],
  [0x11, "CKR_ATTRIBUTE_SENSITIVE"],
  [0x12, "CKR_ATTRIBUTE_TYPE_INVALID"],
  [0x13, "CKR_ATTRIBUTE_VALUE_INVALID"],
  [0x1b, "CKR_ACTION_PROHIBITED"],
  [0x20, "CKR_DATA_INVALID"],
  [0x21, "CKR_DATA_LEN_RANGE"],
  [0x30, "CKR_DEVICE_ERROR"],
  [0x31, "CKR_DEVICE_MEMORY"],
  [0x32, "CKR_DEVICE_REMOVED"],
  [0x40, "CKR_ENCRYPTED_DATA_INVALID"],
  [0x41, "CKR_ENCRYPTED_DATA_LEN_RANGE"],
  [0x50, "CKR_FUNCTION_CANCELED"],
  [0x51, "CKR_FUNCTION_NOT_PARALLEL"],
  [0x54, "CKR_FUNCTION_NOT_SUPPORTED"],
  [0x60, "CKR_KEY_HANDLE_INVALID"],
  [0x62, "CKR_KEY_SIZE_RANGE"],
  [0x63, "CKR_KEY_TYPE_INCONSISTENT"],
  [0x70, "CKR_MECHANISM_INVALID"],
  [0x71, "CKR_MECHANISM_PARAM_INVALID"],
  [0x82, "CKR_OBJECT_HANDLE_INVALID"],
  [0x90, "CKR_OPERATION_ACTIVE"],
  [0x91, "CKR_OPERATION_NOT_INITIALIZED"],
  [0xa0, "CKR_PIN_INCORRECT"],
  [0xa1, "CKR_PIN_INVALID"],
  [0xa2, "CKR_PIN_LEN_RANGE"],
  [0xa3, "CKR_PIN_EXPIRED"],
  [0xa4, "CKR_PIN_LOCKED"],
  [0xb0, "CKR_SESSION_CLOSED"],
  [0xb1, "CKR_SESSION_COUNT"],
  [0xb3, "CKR_SESSION_HANDLE_INVALID"],
  [0xb4, "CKR_SESSION_PARALLEL_NOT_SUPPORTED"],
  [0xb5, "CKR_SESSION_READ_ONLY"],
  [0xb6, "CKR_SESSION_EXISTS"],
  [0xb7, "CKR_SESSION_READ_ONLY_EXISTS"],
  [0xb8, "CKR_SESSION_READ_WRITE_SO_EXISTS"],
  [0xd0, "CKR_TEMPLATE_INCOMPLETE"],
  [0xd1, "CKR_TEMPLATE_INCONSISTENT"],
  [0xe0, "CKR_TOKEN_NOT_PRESENT"],
  [0xe1, "CKR_TOKEN_NOT_RECOGNIZED"],
  [0xe2, "CKR_TOKEN_WRITE_PROTECTED"],
  [0x100, "CKR_USER_ALREADY_LOGGED_IN"],
  [0x101, "CKR_USER_NOT_LOGGED_IN"],
  [0x102, "CKR_USER_PIN_NOT_INITIALIZED"],
  [0x103, "CKR_USER_TYPE_INVALID"],
  [0x104, "CKR_USER_ANOTHER_ALREADY_LOGGED_IN"],
  [0x105, "CKR_USER_TOO_MANY_TYPES"],
  [0x150, "CKR_BUFFER_TOO_SMALL"],
  [0x160, "CKR_SAVED_STATE_INVALID"],
  [0x170, "CKR_INFORMATION_SENSITIVE"],
  [0x190, "CKR_CRYPTOKI_NOT_INITIALIZED"],
  [0x191, "CKR_CRYPTOKI_ALREADY_INITIALIZED"],
  [0x1a0, "CKR_MUTEX_BAD"],
  [0x1a1, "CKR_MUTEX_NOT_LOCKED"],
  [0x1b7, "CKR_LIBRARY_LOAD_FAILED"],
  [0x1b8, "CKR_PIN_TOO_WEAK"],
  [0x200, "CKR_FUNCTION_REJECTED"],
];
const CKR_BY_NUMBER = new Map(CKR_NAMES);

export const CKR_OK = 0x0;
export const CKR_BUFFER_TOO_SMALL = 0x150;
export const CKR_FUNCTION_NOT_SUPPORTED = 0x54;
/** CK_UNAVAILABLE_INFORMATION: ~0 in a CK_ULONG of either width. */
export function isUnavailable(len: bigint, ulongBytes: number): boolean {
  return len === (1n << BigInt(ulongBytes * 8)) - 1n;
}

/** "CKR_PIN_LOCKED"; a number the standard does not name stays readable and matchable as CKR_…. */
export function ckrName(rv: number): string {
  const name = CKR_BY_NUMBER.get(rv);
  if (name) return name;
  if (rv >= 0x80000000) return `CKR_VENDOR_DEFINED_${rv.toString(16).toUpperCase()}`;
  return `CKR_UNKNOWN_${rv.toString(16).toUpperCase()}`;
}
