import type { CheckResult, Group, Status, Summary } from "../core/types.js";
import { GROUPS } from "../core/types.js";
import { EXIT } from "../core/exit-code.js";

/**
 * The answer a person wants first: is this PC ready for the sale, and what is fixed
 * first. Worked out from the results the runner gave, for every renderer (console,
 * JSON, HTML report, `summary`).
 *
 * - `ready`: nothing failed and nothing was left unknown, and something was verified.
 * - `not-ready`: a check failed (or warned, with --strict): exit code 1.
 * - `unknown`: nothing failed, but a check could not be completed (exit code 2), or
 *   nothing at all was verified (only guides and skipped checks). Never "ready".
 */
export type Verdict = "ready" | "not-ready" | "unknown";

export function verdictOf(s: Summary): Verdict {
  if (s.exitCode === EXIT.PROBLEM) return "not-ready";
  if (s.exitCode === EXIT.INCOMPLETE || s.pass === 0) return "unknown";
  return "ready";
}

/**
 * The notice's install order ("Güzəştli mənzil" notice, docs/notice-guzestli-menzil.az.txt):
 * the token in the USB port, its driver, the root certificate, trusting it, the PCA and
 * ICA certificates, the signer program, the browser. Fixing in this order unblocks the
 * most: every later step needs the earlier ones. Checks not named here follow their
 * group's place (the citizen's own certificate after the CAs it is checked against;
 * network, Asan İmza and the plan last).
 */
const STAGE: ReadonlyArray<readonly string[]> = [
  ["token.usb-device", "token.smartcard-service", "token.present"],
  ["token.module"],
  ["token.pin-state", "token.certificates", "token.login"],
  ["certs.stores", "certs.root-installed"],
  ["certs.root-trusted"],
  ["certs.intermediates", "certs.ca-validity"],
  ["certs.clock", "certs.user-validity", "certs.user-chain", "certs.user-revocation"],
];
const GROUP_STAGE: Readonly<Record<Group, number>> = {
  token: 2,
  certs: 6,
  signer: 7,
  browser: 8,
  network: 9,
  asan: 10,
  plan: 11,
};

export function installRank(r: { id: string; group: string }): number {
  const i = STAGE.findIndex((ids) => ids.includes(r.id));
  if (i >= 0) return i;
  return GROUP_STAGE[r.group as Group] ?? GROUPS.length + 10;
}

/** Statuses that put a check on the list of what to do (a warning too, with --strict). */
function isToDo(status: Status, strict: boolean): boolean {
  return status === "fail" || status === "error" || status === "timeout" || (strict && status === "warn");
}

/**
 * The root causes, in the order to deal with them: failures (and under --strict
 * warnings) and checks that could not be completed, in the install order; a check
 * skipped because of another one is not on the list (its root cause is). Within one
 * stage, failures before "could not check", then the order the checks are shown in.
 */
export function fixFirst<T extends { id: string; group: string; status: string; code?: string }>(
  results: readonly T[],
  strict = false,
): T[] {
  const weight = (s: string) => (s === "fail" ? 0 : s === "warn" ? 1 : 2);
  return results
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => isToDo(r.status as Status, strict) && !isDependant(r.code))
    .sort((a, b) => installRank(a.r) - installRank(b.r) || weight(a.r.status) - weight(b.r.status) || a.i - b.i)
    .map(({ r }) => r);
}

/** The warnings that are not on the fix list, in the same order. */
export function warningsOf<T extends { id: string; group: string; status: string }>(results: readonly T[], strict = false): T[] {
  if (strict) return [];
  return results
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.status === "warn")
    .sort((a, b) => installRank(a.r) - installRank(b.r) || a.i - b.i)
    .map(({ r }) => r);
}

/**
 * A check the runner did not run because of another one: skipped after a failure
 * (DEPENDENCY_NOT_MET), or "could not check" after one that could not run
 * (DEPENDENCY_NOT_CHECKED). Its root cause is on the list, not it.
 */
function isDependant(code: string | undefined): boolean {
  return code === "DEPENDENCY_NOT_MET" || code === "DEPENDENCY_NOT_CHECKED";
}

/** How many checks wait for this one (the runner names the root cause in data.blockedBy). */
export function blockedBy(results: readonly { code: string; data: Record<string, unknown> }[], id: string): number {
  return results.filter((r) => isDependant(r.code) && r.data.blockedBy === id).length;
}

/** A group's worst status, for its one line at the top: fail, then unknown, then warn, pass, guide, skip. */
export function groupStatus(results: readonly Pick<CheckResult, "status">[]): Status {
  const order: Status[] = ["fail", "error", "timeout", "warn", "pass", "info", "skip"];
  for (const s of order) if (results.some((r) => r.status === s)) return s;
  return "skip";
}
