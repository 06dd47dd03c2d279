import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ALL_CHECKS } from "../../src/checks/registry.js";
import { summarize } from "../../src/core/exit-code.js";
import type { CheckResult, Status } from "../../src/core/types.js";
import { toJsonDocument } from "../../src/render/rendered.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

/**
 * Issue 20.4: `summary` over 50 generated reports, made by the real JSON renderer from
 * results of real checks: ready PCs, PCs with different root causes, PCs where a check
 * could not run, reports of another schemaVersion, a broken file, a FIFO (which must
 * not block), run through the built CLI.
 */
const dir = tempDir("gc-summary-");
const reports = join(dir, "reports");

function res(id: string, status: Status, code = `CODE_${status.toUpperCase()}`): CheckResult {
  const def = ALL_CHECKS.find((c) => c.id === id)!;
  return {
    id,
    group: def.group,
    status,
    covers: [],
    title: { key: def.title },
    message: { key: "engine.crashed" },
    remedy: [],
    code,
    dependsOn: [],
    durationMs: 1,
    data: {},
  };
}
function doc(results: CheckResult[], label?: string) {
  return toJsonDocument(
    { command: "all", generatedAt: new Date("2026-12-01T10:00:00Z"), lang: "en", results, summary: summarize(results, false) },
    { version: "0.1.0", platform: { os: "win32", release: "10.0.19045", arch: "x64", node: "v20" }, redacted: true, label },
  );
}
const READY = () => [
  res("token.module", "pass", "PKCS11_MODULE_LOADED"),
  res("certs.root-installed", "pass", "ROOT_INSTALLED"),
  res("browser.installed", "pass", "BROWSER_FOUND"),
];
const NO_TOKEN = () => [
  res("token.module", "pass"),
  res("token.present", "fail", "NOTHING_PLUGGED_IN"),
  { ...res("token.pin-state", "skip", "DEPENDENCY_NOT_MET"), data: { blockedBy: "token.present" } },
  res("browser.installed", "fail", "NO_RECOMMENDED_BROWSER"),
];
const NO_ROOT = () => [
  res("token.module", "pass"),
  res("browser.default", "warn", "DEFAULT_BROWSER_NOT_RECOMMENDED"),
  res("certs.root-installed", "fail", "ROOT_NOT_INSTALLED"),
];
const TIMED_OUT = () => [res("token.module", "timeout", "CHECK_TIMEOUT"), res("certs.root-installed", "pass")];

const truth = new Map<string, { verdict: string; first?: string; codes: string[] }>();

beforeAll(() => {
  mkdirSync(reports, { recursive: true });
  const put = (name: string, d: unknown, t?: { verdict: string; first?: string; codes: string[] }) => {
    writeFileSync(join(reports, name), JSON.stringify(d, null, 2));
    if (t) truth.set(name, t);
  };
  for (let i = 1; i <= 20; i++) put(`ready-${String(i).padStart(2, "0")}.json`, doc(READY()), { verdict: "ready", codes: [] });
  for (let i = 1; i <= 12; i++)
    put(`notoken-${i}.json`, doc(NO_TOKEN(), `Room ${i}`), {
      verdict: "not-ready",
      first: "token.present",
      codes: ["NOTHING_PLUGGED_IN", "NO_RECOMMENDED_BROWSER"],
    });
  for (let i = 1; i <= 8; i++)
    put(`noroot-${i}.json`, doc(NO_ROOT()), {
      verdict: "not-ready",
      first: "certs.root-installed",
      codes: ["DEFAULT_BROWSER_NOT_RECOMMENDED", "ROOT_NOT_INSTALLED"],
    });
  for (let i = 1; i <= 5; i++)
    put(`timeout-${i}.json`, doc(TIMED_OUT()), { verdict: "unknown", first: "token.module", codes: ["CHECK_TIMEOUT"] });
  // A report made before summary.verdict existed: worked out from its counts and checks.
  const old = doc(NO_ROOT()) as unknown as { summary: Record<string, unknown> };
  delete old.summary.verdict;
  delete old.summary.fixFirst;
  put("old-format.json", old, {
    verdict: "not-ready",
    first: "certs.root-installed",
    codes: ["DEFAULT_BROWSER_NOT_RECOMMENDED", "ROOT_NOT_INSTALLED"],
  });
  for (let i = 1; i <= 2; i++) put(`future-${i}.json`, { ...doc(READY()), schemaVersion: 2 });
  writeFileSync(join(reports, "broken.json"), JSON.stringify(doc(READY())).slice(0, 300));
  writeFileSync(join(reports, "label-\u001b[31mred.json"), JSON.stringify(doc(READY(), "PC \u001b]0;pwned\u0007 9")));
  truth.set("label-\u001b[31mred.json", { verdict: "ready", codes: [] });
  execFileSync("mkfifo", [join(reports, "fifo.json")]);
});

describe("guzestli-check summary", () => {
  it("gives one row per report with its verdict, first fix and codes, a count per code, the skipped files named, exit 1", async () => {
    const r = await runCli(["summary", reports, "--json", "--lang", "en"], { timeoutMs: 60_000 });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      pcs: Array<{ file: string; label: string; verdict: string; fixFirst: string[]; codes: string[] }>;
      codes: Record<string, number>;
      skipped: Array<{ file: string; reason: string; schemaVersion?: string }>;
    };
    expect(out.pcs).toHaveLength(truth.size);
    expect(truth.size).toBe(47);
    for (const p of out.pcs) {
      const name = p.file.slice(reports.length + 1);
      const want = truth.get(name)!;
      expect(want, name).toBeDefined();
      expect([p.verdict, p.fixFirst[0], [...p.codes].sort()], name).toEqual([want.verdict, want.first, [...want.codes].sort()]);
    }
    expect(out.pcs.find((p) => p.file.endsWith("notoken-3.json"))!.label).toBe("Room 3");
    expect(out.pcs.find((p) => p.file.endsWith("ready-01.json"))!.label).toBe("ready-01.json");
    // Control characters in a label or a file name are shown, never sent.
    expect(r.stdout).not.toMatch(/\u001b|\u0007/);
    expect(out.codes).toEqual({
      NOTHING_PLUGGED_IN: 12,
      NO_RECOMMENDED_BROWSER: 12,
      DEFAULT_BROWSER_NOT_RECOMMENDED: 9,
      ROOT_NOT_INSTALLED: 9,
      CHECK_TIMEOUT: 5,
    });
    const skipped = Object.fromEntries(out.skipped.map((s) => [s.file.slice(reports.length + 1), s.reason]));
    expect(skipped).toEqual({
      "future-1.json": "otherSchema",
      "future-2.json": "otherSchema",
      "broken.json": "notReport",
      "fifo.json": "notRegularFile",
    });
  }, 90_000);

  it("fits 50 PCs on one screen: one line per PC in the human table, then the counts and the skipped files", async () => {
    const r = await runCli(["summary", reports, "--lang", "en"], { timeoutMs: 60_000 });
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("21 of 47 computers ready for the sale.");
    expect(lines.filter((l) => /^[✓✗?] /.test(l))).toHaveLength(47);
    expect(r.stdout).toMatch(/✗ Room 1 +NOT ready +Token \(or card\) plugged in +NOTHING_PLUGGED_IN NO_RECOMMENDED_BROWSER/);
    expect(r.stdout).toMatch(/\? timeout-1\.json +not known +Token driver/);
    expect(r.stdout).toMatch(/ {2}NOTHING_PLUGGED_IN +12\n/);
    expect(r.stdout).toContain("Skipped " + join(reports, "future-1.json") + ": a report of another format version (schemaVersion 2)");
    expect(r.stdout).toContain("Skipped " + join(reports, "broken.json") + ": not a guzestli-check JSON report");
    expect(r.stdout).not.toMatch(/\u001b|\u0007/);
  }, 90_000);

  it("exits 0 when every PC is ready; writes an HTML page with --report; refuses nothing to read", async () => {
    const html = join(dir, "summary.html");
    const ready = ["ready-01.json", "ready-02.json"].map((f) => join(reports, f));
    const r = await runCli(["summary", ...ready, "--lang", "az", "--report", html]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2 kompüterdən 2 satışa hazırdır.");
    const page = readFileSync(html, "utf8");
    expect(page).toMatch(/^<!doctype html>\n<html lang="az">/);
    expect(page).not.toMatch(/<script|src=|href=/);
    expect(page.match(/<tr class="ready">/g)).toHaveLength(2);
    const none = await runCli(["summary", join(dir, "empty-folder-that-is-not-there"), "--lang", "en"]);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain("no such file or folder");
    mkdirSync(join(dir, "empty"));
    const empty = await runCli(["summary", join(dir, "empty"), "--lang", "en"]);
    expect(empty.code).toBe(64);
    expect(empty.stderr).toContain("no report was found");
  }, 90_000);
});
