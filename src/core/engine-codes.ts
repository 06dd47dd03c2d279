import type { Status } from "./types.js";

/** Codes the runner itself gives to checks it did not let finish normally. */
export const ENGINE_CODES = {
  NOT_APPLICABLE: "skip",
  OFFLINE_SKIPPED: "skip",
  DEPENDENCY_NOT_MET: "skip",
  /** A dependency could not run (error/timeout): this one could not be checked either. */
  DEPENDENCY_NOT_CHECKED: "error",
  CHECK_CRASHED: "error",
  CHECK_TIMEOUT: "timeout",
} as const satisfies Record<string, Status>;

export type EngineCode = keyof typeof ENGINE_CODES;
