import { describe, expect, it } from "vitest";
import { renderHuman } from "../../src/render/human.js";
import { renderReport } from "../../src/render/report.js";
import { toJsonDocument } from "../../src/render/rendered.js";
import { colorLevel, makeChalk } from "../../src/render/style.js";
import { summarize } from "../../src/core/exit-code.js";
import type { CheckResult, RunReport, Status } from "../../src/core/types.js";

function res(id: string, status: Status, extra: Partial<CheckResult> = {}): CheckResult {
  return {
    id, group: "token", status, covers: [], title: { key: "group.token" },
    message: { key: "engine.timeout", values: { ms: 7 } }, remedy: [], code: "CODE_" + status.toUpperCase(),
    dependsOn: [], durationMs: 3, data: {}, ...extra,
  };
}
function report(results: CheckResult[], lang: RunReport["lang"] = "en"): RunReport {
  return { command: "all", generatedAt: new Date("2026-11-25T12:00:00Z"), lang, results, summary: summarize(results, false) };
}
const plain = { chalk: makeChalk(0), verbose: false, redacted: true };

describe("human renderer", () => {
  it("shows one symbol a check, the steps under problems only, and a closing verdict", () => {
    const out = renderHuman(
      report([
        res("a", "pass", { remedy: [{ key: "engine.crashedRemedy" }] }),
        res("b", "fail", { remedy: [{ key: "engine.timeoutRemedy" }, { key: "engine.crashedRemedy" }] }),
        res("c", "skip", { message: { key: "engine.dependencyNotMet", values: { dependency: "b" } } }),
      ]),
      plain,
    );
    expect(out).toContain("✓ E-İmza token and card reader");
    expect(out).toContain("✗ E-İmza token and card reader");
    expect(out).toContain('Not checked, because of the problem reported by "b" above.');
    expect(out.match(/What to do:/g)).toHaveLength(1);
    expect(out).toContain("1. Run the check again");
    expect(out).toContain("2. This is a fault of guzestli-check");
    expect(out).toContain("1 passed, 0 warnings, 1 failed, 1 skipped");
    expect(out).toContain("Fix the problems marked ✗ before the sale day.");
    expect(out).not.toMatch(/\u001b\[/);
  });

  it("never says all is well when nothing was verified", () => {
    const out = renderHuman(report([res("a", "skip"), res("b", "info")]), plain);
    expect(out).toContain("Nothing was verified");
    expect(out).not.toContain("Nothing blocks signing");
  });

  it("says an incomplete run is unknown, not good", () => {
    expect(renderHuman(report([res("a", "pass"), res("b", "timeout")]), plain)).toContain("their result is unknown, not good");
  });

  it("shows data, timings and stacks only with --verbose", () => {
    const r = res("a", "error", { data: { module: "/usr/lib/x.so" }, errorStack: "Error: boom\n    at x (y.js:1:1)" });
    const quiet = renderHuman(report([r]), plain);
    const loud = renderHuman(report([r]), { ...plain, verbose: true });
    expect(quiet).not.toContain("/usr/lib/x.so");
    expect(quiet).not.toContain("at x (y.js");
    expect(loud).toContain('"module": "/usr/lib/x.so"');
    expect(loud).toContain("at x (y.js:1:1)");
    expect(loud).toContain("(3 ms)");
  });

  it("colours only when asked to", () => {
    const out = renderHuman(report([res("a", "fail")]), { ...plain, chalk: makeChalk(1) });
    expect(out).toMatch(/\u001b\[31m✗/);
  });
});

describe("colorLevel", () => {
  const base = { json: false, noColor: false, isTTY: true, env: {} as NodeJS.ProcessEnv };
  it("is off for --json, --no-color, NO_COLOR and pipes", () => {
    expect(colorLevel({ ...base, json: true })).toBe(0);
    expect(colorLevel({ ...base, noColor: true })).toBe(0);
    expect(colorLevel({ ...base, env: { NO_COLOR: "1" } })).toBe(0);
    expect(colorLevel({ ...base, isTTY: false })).toBe(0);
  });
  it("follows FORCE_COLOR, even into a pipe, but never into JSON", () => {
    expect(colorLevel({ ...base, isTTY: false, env: { FORCE_COLOR: "2" } })).toBe(2);
    expect(colorLevel({ ...base, env: { FORCE_COLOR: "0" } })).toBe(0);
    expect(colorLevel({ ...base, json: true, env: { FORCE_COLOR: "3" } })).toBe(0);
  });
  it("is on for a terminal", () => {
    expect(colorLevel(base)).toBeGreaterThan(0);
  });
});

describe("support report", () => {
  it("lists every check that did not pass with its steps, then the JSON", () => {
    const rep = report(
      [res("ok", "pass"), res("broken", "fail", { remedy: [{ key: "engine.timeoutRemedy" }] }), res("guide", "info")],
      "az",
    );
    const doc = toJsonDocument(rep, { version: "9.9.9", platform: { os: "linux", release: "6", arch: "x64", node: "v20" }, redacted: true });
    const md = renderReport(rep, doc);
    expect(md).toMatch(/^# guzestli-check dəstək hesabatı/);
    expect(md).toContain("`broken`");
    expect(md).not.toContain("`ok`");
    expect(md).not.toContain("`guide`");
    expect(md).toContain("1. Yoxlamanı yenidən işə salın");
    expect(JSON.parse(/```json\n([\s\S]+)\n```/.exec(md)![1]!)).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
