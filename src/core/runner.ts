import type {
  CheckContext,
  CheckDefinition,
  CheckHandle,
  CheckResult,
  CodeSpec,
  Msg,
  MsgValue,
  Outcome,
  RunOptions,
  Status,
} from "./types.js";
import { duration } from "./duration.js";
import { ENGINE_CODES, type EngineCode } from "./engine-codes.js";
import type { Host } from "../host/host.js";
import { windowsInventoryWaitMs } from "../host/windows/inventory.js";

/** Statuses after which a dependant may run: the dependency produced what it needed. */
const SATISFIED: ReadonlySet<Status> = new Set(["pass", "warn", "info"]);
/** Statuses that mean "could not check" (README, exit code 2): the result is unknown. */
const COULD_NOT_CHECK: ReadonlySet<string> = new Set(["error", "timeout"]);

export interface RunnerOptions {
  host: Host;
  options: RunOptions;
  /** Called as each check finishes (for a progress spinner). */
  onResult?: (result: CheckResult) => void;
}

/**
 * Runs checks concurrently. Each check waits only for its own dependencies, gets its
 * own budget (a check that never resolves ends as `timeout` when the budget is spent),
 * and an exception becomes `error`: one failing check never takes the report down.
 * Results come back in the order the checks were given.
 */
export async function runChecks(checks: readonly CheckDefinition[], ro: RunnerOptions): Promise<CheckResult[]> {
  const byId = new Map(checks.map((c) => [c.id, c]));
  const pending = new Map<string, Promise<CheckResult>>();

  const runOne = (check: CheckDefinition): Promise<CheckResult> => {
    let p = pending.get(check.id);
    if (!p) {
      p = (async () => {
        const deps = [...(check.dependsOn ?? []), ...(check.uses ?? [])].filter((id) => byId.has(id));
        const depResults = new Map<string, CheckResult>();
        for (const id of deps) depResults.set(id, await runOne(byId.get(id)!));
        const result = await execute(check, depResults, ro, byId);
        ro.onResult?.(result);
        return result;
      })();
      pending.set(check.id, p);
    }
    return p;
  };

  assertNoCycles(checks, byId);
  return Promise.all(checks.map(runOne));
}

async function execute(
  check: CheckDefinition,
  depResults: Map<string, CheckResult>,
  { host, options }: RunnerOptions,
  byId: ReadonlyMap<string, CheckDefinition>,
): Promise<CheckResult> {
  const started = performance.now();
  // The status follows from the code: the check's own `codes`, or the engine's (ENGINE_CODES).
  const finish = (o: Outcome, status: Status, extra: Partial<CheckResult> = {}): CheckResult => ({
    id: check.id,
    group: check.group,
    status,
    covers: [...check.covers],
    title: { key: check.title, values: check.titleValues?.(host) },
    message: o.message,
    remedy: o.remedy ?? [],
    code: o.code,
    dependsOn: [...(check.dependsOn ?? [])],
    durationMs: Math.round(performance.now() - started),
    data: o.data ?? {},
    output: o.output,
    ...extra,
  });
  const engine = (o: Outcome<unknown, EngineCode>, extra: Partial<CheckResult> = {}): CheckResult => finish(o, ENGINE_CODES[o.code], extra);

  if (check.platforms && !check.platforms.includes(host.platform.os)) {
    return engine({
      code: "NOT_APPLICABLE",
      message: { key: "engine.notApplicable", values: { os: host.platform.os } },
    });
  }
  if (check.network && options.offline) {
    return engine({
      code: "OFFLINE_SKIPPED",
      message: { key: "engine.offline" },
    });
  }
  for (const id of check.dependsOn ?? []) {
    const dep = depResults.get(id);
    if (dep && !SATISFIED.has(dep.status)) {
      // Point at the root cause, not at the dependency that was itself skipped.
      const root = rootCause(dep);
      // Named by its title, in the reader's language; the id stays in data for scripts.
      const title = byId.get(root.id)?.title;
      const dependency: MsgValue = title ? { key: title } : root.id;
      const data = { blockedBy: root.id, blockedByStatus: root.status };
      if (COULD_NOT_CHECK.has(root.status)) {
        // The check above could not run (error/timeout): nothing is known about it, so
        // nothing is known here either. That is "could not check" (exit 2), not a skip
        // behind a problem the citizen could "deal with first".
        return engine({
          code: "DEPENDENCY_NOT_CHECKED",
          message: { key: "engine.dependencyNotChecked", values: { dependency } },
          data,
        });
      }
      return engine({
        code: "DEPENDENCY_NOT_MET",
        message: { key: "engine.dependencyNotMet", values: { dependency } },
        data,
      });
    }
  }

  const ownBudgetMs = Math.max(1, Math.round(options.timeoutMs * (check.budgetFactor ?? 1)));
  const budgetMs =
    check.readsWindowsInventory && host.platform.os === "win32"
      ? Math.max(ownBudgetMs, windowsInventoryWaitMs(options.timeoutMs))
      : ownBudgetMs;
  const controller = new AbortController();
  const ctx: CheckContext = {
    host,
    options,
    signal: controller.signal,
    budgetMs,
    // The handle carries the output's type; the dependency's definition (defineCheck,
    // `id: handle`) made that very type, so reading it back is safe.
    dep: <T>(h: CheckHandle<T>) => {
      const r = depResults.get(h.id);
      return r && SATISFIED.has(r.status) ? (r.output as T | undefined) : undefined;
    },
    depOutput: <T>(h: CheckHandle<T>) => depResults.get(h.id)?.output as T | undefined,
    depResult: (h) => depResults.get(h.id),
  };

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), budgetMs);
  });
  try {
    const outcome = await Promise.race([check.run(ctx), timeout]);
    if (outcome === "timeout") {
      controller.abort(new Error(`check ${check.id} exceeded ${budgetMs} ms`));
      return engine({
        code: "CHECK_TIMEOUT",
        message: { key: "engine.timeout", values: { duration: duration(budgetMs) } },
        remedy: [{ key: "engine.timeoutRemedy" }],
        // The message says seconds; scripts read the budget here, in milliseconds.
        data: { budgetMs },
      });
    }
    const declared: CodeSpec | undefined = check.codes[outcome.code];
    if (declared === undefined) {
      throw new Error(`check ${check.id} returned undeclared code ${outcome.code}`);
    }
    return finish(outcome, declared.status);
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    return engine(
      {
        code: "CHECK_CRASHED",
        message: { key: "engine.crashed", values: { reason: firstLine(e.message) } },
        remedy: [{ key: "engine.crashedRemedy" }],
      },
      { errorStack: e.stack },
    );
  } finally {
    clearTimeout(timer);
    // Anything the check left running (child processes, sockets) is told to stop.
    if (!controller.signal.aborted) controller.abort(new Error("check finished"));
  }
}

/** A skipped dependency already names its own root cause; otherwise it is the root. */
function rootCause(dep: CheckResult): { id: string; status: string } {
  if ((dep.code === "DEPENDENCY_NOT_MET" || dep.code === "DEPENDENCY_NOT_CHECKED") && typeof dep.data.blockedBy === "string") {
    return { id: dep.data.blockedBy, status: String(dep.data.blockedByStatus) };
  }
  return { id: dep.id, status: dep.status };
}

function firstLine(s: string): string {
  return (s.split("\n")[0] ?? "").slice(0, 300);
}

function assertNoCycles(checks: readonly CheckDefinition[], byId: Map<string, CheckDefinition>): void {
  const state = new Map<string, 1 | 2>();
  const visit = (c: CheckDefinition, path: string[]): void => {
    if (state.get(c.id) === 2) return;
    if (state.get(c.id) === 1) throw new Error(`dependency cycle: ${[...path, c.id].join(" -> ")}`);
    state.set(c.id, 1);
    for (const d of [...(c.dependsOn ?? []), ...(c.uses ?? [])]) {
      const dc = byId.get(d);
      if (dc) visit(dc, [...path, c.id]);
    }
    state.set(c.id, 2);
  };
  for (const c of checks) visit(c, []);
}

export type { Msg };
