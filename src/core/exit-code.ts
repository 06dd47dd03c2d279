import type { CheckResult, Summary } from "./types.js";

/** Exit codes of the contract (docs/cli-contract.md). */
export const EXIT = {
  OK: 0,
  PROBLEM: 1,
  INCOMPLETE: 2,
  USAGE: 64,
} as const;

export function summarize(results: readonly CheckResult[], strict: boolean): Summary {
  const s: Summary = { pass: 0, warn: 0, fail: 0, skip: 0, error: 0, timeout: 0, info: 0, exitCode: 0 };
  for (const r of results) s[r.status]++;
  if (s.fail > 0 || (strict && s.warn > 0)) s.exitCode = EXIT.PROBLEM;
  else if (s.error > 0 || s.timeout > 0) s.exitCode = EXIT.INCOMPLETE;
  else s.exitCode = EXIT.OK;
  return s;
}
