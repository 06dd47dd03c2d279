import { checkHandle } from "../../src/core/define-check.js";
import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/core/runner.js";
import { summarize } from "../../src/core/exit-code.js";
import { createNodeHost } from "../../src/host/node-host.js";
import type { CheckDefinition, Msg, Outcome } from "../../src/core/types.js";
import { runOptions } from "../helpers/options.js";
import { t } from "../../src/i18n/catalog.js";

const host = createNodeHost({ offline: true });

function check(id: string, run: CheckDefinition["run"], extra: Partial<CheckDefinition> = {}): CheckDefinition {
  return {
    id,
    group: "token",
    covers: [],
    title: "group.token",
    codes: { OK: { status: "pass" }, BAD: { status: "fail" }, WARNED: { status: "warn" } },
    run,
    ...extra,
  };
}
const ok = async (): Promise<Outcome> => ({ code: "OK", message: { key: "group.token" }, output: 42 });
const bad = async (): Promise<Outcome> => ({ code: "BAD", message: { key: "group.token" } });

describe("runChecks", () => {
  it("ends a check that never resolves as timeout within its budget, and the others still report", async () => {
    const started = Date.now();
    const results = await runChecks([check("hangs", () => new Promise(() => {})), check("fine", ok)], {
      host,
      options: runOptions({ timeoutMs: 300 }),
    });
    expect(results.map((r) => [r.id, r.status, r.code])).toEqual([
      ["hangs", "timeout", "CHECK_TIMEOUT"],
      ["fine", "pass", "OK"],
    ]);
    expect(results[0]!.message.values).toEqual({ duration: { $ms: 300 } });
    expect(results[0]!.data).toEqual({ budgetMs: 300 });
    // The budget, not the test's own timeout, ended it.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("aborts the check's signal when its budget runs out, so its host calls stop", async () => {
    let aborted = false;
    await runChecks(
      [
        check("waits", (ctx) => {
          ctx.signal.addEventListener("abort", () => (aborted = true));
          return new Promise(() => {});
        }),
      ],
      { host, options: runOptions({ timeoutMs: 150 }) },
    );
    expect(aborted).toBe(true);
  });

  it("kills a child process started by a check that ran out of time", async () => {
    let exec: Promise<Awaited<ReturnType<typeof host.exec>>> | undefined;
    const [r] = await runChecks(
      [
        check("sleeper", async (ctx) => {
          exec = ctx.host.exec("sleep", ["30"], { signal: ctx.signal, timeoutMs: 60_000 });
          await exec;
          return ok();
        }),
      ],
      { host, options: runOptions({ timeoutMs: 200 }) },
    );
    expect(r!.status).toBe("timeout");
    const killed = await exec!;
    expect(killed.timedOut).toBe(true);
    expect(killed.durationMs).toBeLessThan(5_000);
  });

  it("turns an exception into error and keeps the reason and stack", async () => {
    const results = await runChecks(
      [
        check("throws", async () => {
          throw new Error("module exploded\nsecond line");
        }),
        check("fine", ok),
      ],
      { host, options: runOptions() },
    );
    expect(results[0]).toMatchObject({ code: "CHECK_CRASHED", message: { values: { reason: "module exploded" } } });
    expect(results[0]!.errorStack).toContain("module exploded");
    expect(results[1]!.status).toBe("pass");
  });

  it("treats a code the check did not declare as the check's own error", async () => {
    const [r] = await runChecks([check("liar", async () => ({ code: "NEVER_DECLARED", message: { key: "group.token" } }))], {
      host,
      options: runOptions(),
    });
    expect(r!.status).toBe("error");
    expect(r!.message.values?.reason).toContain("NEVER_DECLARED");
  });

  it("skips a dependant of a failed check and names the root cause, through a chain", async () => {
    const results = await runChecks(
      [
        check("root", bad),
        check("middle", ok, { dependsOn: ["root"] }),
        check("leaf", ok, { dependsOn: ["middle"] }),
        check("independent", ok),
      ],
      { host, options: runOptions() },
    );
    const byId = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(byId.middle).toMatchObject({ code: "DEPENDENCY_NOT_MET", data: { blockedBy: "root" } });
    expect(byId.leaf).toMatchObject({ status: "skip", data: { blockedBy: "root", blockedByStatus: "fail" } });
    expect(byId.leaf!.message).toEqual({ key: "engine.dependencyNotMet", values: { dependency: { key: "group.token" } } });
    expect(byId.independent!.status).toBe("pass");
  });

  it("a dependant of a check that could not run could not be checked either (error, not a skip), through a chain", async () => {
    const crashes = async (): Promise<Outcome> => {
      throw new Error("driver exploded");
    };
    const results = await runChecks(
      [
        check("root", crashes),
        check("middle", ok, { dependsOn: ["root"] }),
        check("leaf", ok, { dependsOn: ["middle"] }),
        check("hangs", () => new Promise(() => {})),
        check("after-timeout", ok, { dependsOn: ["hangs"] }),
      ],
      { host, options: runOptions({ timeoutMs: 300 }) },
    );
    const byId = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(byId.middle).toMatchObject({
      code: "DEPENDENCY_NOT_CHECKED",
      data: { blockedBy: "root", blockedByStatus: "error" },
    });
    expect(byId.middle!.message).toEqual({ key: "engine.dependencyNotChecked", values: { dependency: { key: "group.token" } } });
    expect(byId.leaf).toMatchObject({
      code: "DEPENDENCY_NOT_CHECKED",
      data: { blockedBy: "root", blockedByStatus: "error" },
    });
    expect(byId["after-timeout"]).toMatchObject({
      code: "DEPENDENCY_NOT_CHECKED",
      data: { blockedBy: "hangs", blockedByStatus: "timeout" },
    });
    // Counted as "could not check": exit 2, nothing counted as skipped.
    expect(summarize(results, false)).toMatchObject({ skip: 0, error: 4, timeout: 1, exitCode: 2 });
  });

  it("a failure upstream of a check that could not run is still named as the thing to fix", async () => {
    const results = await runChecks(
      [check("root", bad), check("middle", ok, { dependsOn: ["root"] }), check("leaf", ok, { dependsOn: ["middle"] })],
      { host, options: runOptions() },
    );
    expect(results.map((r) => [r.id, r.status, r.code])).toEqual([
      ["root", "fail", "BAD"],
      ["middle", "skip", "DEPENDENCY_NOT_MET"],
      ["leaf", "skip", "DEPENDENCY_NOT_MET"],
    ]);
  });

  it("hands a dependency's output to its dependant, and runs soft dependants regardless", async () => {
    const results = await runChecks(
      [
        check("producer", ok),
        check(
          "consumer",
          async (ctx) => ({ code: "OK", message: { key: "group.token" }, data: { got: ctx.dep(checkHandle("producer")) } }),
          {
            dependsOn: ["producer"],
          },
        ),
        check("failing", bad),
        check(
          "soft",
          async (ctx) => ({
            code: "OK",
            message: { key: "group.token" },
            data: { got: ctx.dep(checkHandle("failing")) ?? null, status: ctx.depResult(checkHandle("failing"))?.status },
          }),
          {
            uses: ["failing"],
          },
        ),
      ],
      { host, options: runOptions() },
    );
    expect(results[1]!.data).toEqual({ got: 42 });
    expect(results[3]).toMatchObject({ status: "pass", data: { got: null, status: "fail" } });
  });

  it("runs independent checks concurrently", async () => {
    const running = new Set<string>();
    let maxTogether = 0;
    const slow = (id: string) =>
      check(id, async () => {
        running.add(id);
        maxTogether = Math.max(maxTogether, running.size);
        await new Promise((r) => setTimeout(r, 100));
        running.delete(id);
        return ok();
      });
    await runChecks([slow("a"), slow("b"), slow("c")], { host, options: runOptions() });
    expect(maxTogether).toBe(3);
  });

  it("skips checks for another OS and network checks under --offline without running them", async () => {
    let ran = 0;
    const counted = async () => {
      ran++;
      return ok();
    };
    const other = host.platform.os === "win32" ? "darwin" : "win32";
    const results = await runChecks([check("elsewhere", counted, { platforms: [other] }), check("net", counted, { network: true })], {
      host,
      options: runOptions({ offline: true }),
    });
    expect(results.map((r) => r.code)).toEqual(["NOT_APPLICABLE", "OFFLINE_SKIPPED"]);
    expect(ran).toBe(0);
  });

  it("refuses a dependency cycle instead of hanging", async () => {
    await expect(
      runChecks([check("a", ok, { dependsOn: ["b"] }), check("b", ok, { dependsOn: ["a"] })], { host, options: runOptions() }),
    ).rejects.toThrow(/cycle/);
  });
});

describe("summarize", () => {
  const r = (status: string) => ({ status }) as never;
  it("follows the contract's exit codes", () => {
    expect(summarize([r("pass"), r("info"), r("skip")], false).exitCode).toBe(0);
    expect(summarize([r("pass"), r("warn")], false).exitCode).toBe(0);
    expect(summarize([r("pass"), r("warn")], true).exitCode).toBe(1);
    expect(summarize([r("fail"), r("error")], false).exitCode).toBe(1);
    expect(summarize([r("pass"), r("timeout")], false).exitCode).toBe(2);
    expect(summarize([r("error")], false)).toMatchObject({ error: 1, exitCode: 2 });
  });
});

describe("the dependency line names the check above as a check (#21.6)", () => {
  const dependency: Msg = { key: "token.title.present" };
  it("a problem above: fix the problem that check found first", () => {
    expect(t("az", { key: "engine.dependencyNotMet", values: { dependency } })).toBe(
      'Yoxlanılmadı: əvvəlcə yuxarıdakı "Token (və ya kart) qoşulub" yoxlamasındakı problemi aradan qaldırın.',
    );
    expect(t("ru", { key: "engine.dependencyNotMet", values: { dependency } })).toBe(
      "Не проверено: сначала устраните проблему, найденную проверкой выше «Токен (или карта) подключён».",
    );
    expect(t("en", { key: "engine.dependencyNotMet", values: { dependency } })).toBe(
      'Not checked: first fix the problem found by the check "Token (or card) plugged in" above.',
    );
  });
  it("a check above that could not run: says so, and asks for no fix", () => {
    for (const lang of ["az", "en", "ru"] as const) {
      const text = t(lang, { key: "engine.dependencyNotChecked", values: { dependency } });
      expect(text).toContain(t(lang, "token.title.present"));
      expect(text).not.toBe(t(lang, { key: "engine.dependencyNotMet", values: { dependency } }));
    }
    expect(t("az", { key: "engine.dependencyNotChecked", values: { dependency } })).toMatch(/^Yoxlanıla bilmədi: .*başa çatmadı/);
    expect(t("ru", { key: "engine.dependencyNotChecked", values: { dependency } })).toMatch(
      /^Не удалось проверить: .*не смогла выполниться/,
    );
    expect(t("en", { key: "engine.dependencyNotChecked", values: { dependency } })).toMatch(/^Could not be checked: .*could not run/);
  });
});
