import type { ExplainEntry } from "../types.js";

/** The runner's own codes (src/core/engine-codes.ts). */
export const engineEntries: readonly ExplainEntry[] = [
  { code: "NOT_APPLICABLE", meaning: "explain.NOT_APPLICABLE", remedy: [] },
  { code: "OFFLINE_SKIPPED", meaning: "explain.OFFLINE_SKIPPED", remedy: ["explain.OFFLINE_SKIPPED.remedy"] },
  { code: "DEPENDENCY_NOT_MET", meaning: "explain.DEPENDENCY_NOT_MET", remedy: ["explain.DEPENDENCY_NOT_MET.remedy"] },
  { code: "DEPENDENCY_NOT_CHECKED", meaning: "explain.DEPENDENCY_NOT_CHECKED", remedy: ["explain.DEPENDENCY_NOT_CHECKED.remedy"] },
  { code: "CHECK_CRASHED", meaning: "explain.CHECK_CRASHED", remedy: ["engine.crashedRemedy"] },
  { code: "CHECK_TIMEOUT", meaning: "explain.CHECK_TIMEOUT", remedy: ["engine.timeoutRemedy"] },
];
