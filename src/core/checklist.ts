/**
 * The stable ids of the official notice's points, as listed in
 * docs/checklist.md. A check's `covers` may only name these; the
 * coverage test compares this list with the file itself.
 */
export const CHECKLIST_IDS = [
  "EIMZA-BROWSER",
  "EIMZA-PIN-CANCEL",
  "EIMZA-PIN-LOCK",
  "EIMZA-VALIDITY",
  "EIMZA-READY-BEFORE-LOGIN",
  "EIMZA-DEVICE",
  "EIMZA-DRIVER",
  "EIMZA-ROOT-INSTALLED",
  "EIMZA-ROOT-TRUSTED",
  "EIMZA-INTERMEDIATES",
  "EIMZA-SIGNER-INSTALLED",
  "EIMZA-SIGNER-WORKING",
  "EIMZA-SIGNING-TESTED",
  "EIMZA-GUIDES",
  "ASAN-BROWSER",
  "ASAN-SUBSCRIPTION",
  "ASAN-PHONE",
  "ASAN-PIN1",
  "ASAN-SUSPENDED",
  "ASAN-CODE",
  "ASAN-PIN2",
  "SESSION-SINGLE",
  "SESSION-500",
  "HOTLINES",
] as const;

export type ChecklistId = (typeof CHECKLIST_IDS)[number];
