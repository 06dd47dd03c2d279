import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { CHECKLIST_IDS } from "../../src/core/checklist.js";
import { STATUSES } from "../../src/core/types.js";

const STATUS_SET = new Set<string>(STATUSES);

/** Asserts the JSON document's shape of docs/cli-contract.md. */
function expectContractDocument(doc: any, command: string) {
  expect(doc.schemaVersion).toBe(1);
  expect(doc.tool).toEqual({ name: "guzestli-check", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  expect(doc.command).toBe(command);
  expect(Number.isNaN(Date.parse(doc.generatedAt))).toBe(false);
  expect(["az", "en", "ru"]).toContain(doc.lang);
  expect(doc.platform).toEqual({
    os: expect.any(String),
    release: expect.any(String),
    arch: expect.any(String),
    node: expect.stringMatching(/^v\d+/),
  });
  const counts: Record<string, number> = { pass: 0, warn: 0, fail: 0, skip: 0, error: 0, timeout: 0, info: 0 };
  for (const c of doc.checks) {
    expect(Object.keys(c).sort()).toEqual(
      ["code", "covers", "data", "detail", "dependsOn", "durationMs", "group", "id", "message", "remedy", "status", "title"].sort(),
    );
    expect(STATUS_SET.has(c.status)).toBe(true);
    for (const id of c.covers) expect(CHECKLIST_IDS).toContain(id);
    expect(typeof c.title).toBe("string");
    expect(c.title.length).toBeGreaterThan(0);
    expect(typeof c.message).toBe("string");
    expect(c.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
    expect(Array.isArray(c.remedy)).toBe(true);
    expect(Number.isInteger(c.durationMs)).toBe(true);
    counts[c.status]!++;
  }
  const { exitCode, verdict, fixFirst, ...summaryCounts } = doc.summary;
  expect(summaryCounts).toEqual(counts);
  // The verdict and the root causes to fix (issue 20): each id a check of this run that did not pass.
  expect(verdict).toBe(exitCode === 0 ? (counts.pass! > 0 ? "ready" : "unknown") : exitCode === 1 ? "not-ready" : "unknown");
  for (const id of fixFirst) expect(doc.checks.find((c: { id: string }) => c.id === id)?.status).toMatch(/^(fail|warn|error|timeout)$/);
  expect(fixFirst.length > 0).toBe(
    verdict !== "ready" && doc.checks.some((c: { status: string }) => ["fail", "error", "timeout"].includes(c.status)),
  );
  return exitCode as number;
}

describe("the CLI contract", () => {
  it("--help lists every command and exits 0", async () => {
    const r = await runCli(["--help", "--lang", "en"]);
    expect(r.code).toBe(0);
    for (const cmd of ["all", "token", "certs", "signer", "browser", "asan", "explain", "plan", "list"]) expect(r.stdout).toContain(cmd);
    expect(r.stdout).toContain("Exit codes");
  });

  it("--version prints the package version only", async () => {
    const r = await runCli(["--version"]);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(r.code).toBe(0);
  });

  it("all --json --offline prints only a contract document, and the exit code matches its summary", async () => {
    const r = await runCli(["all", "--json", "--offline"], { timeoutMs: 120_000 });
    const doc = JSON.parse(r.stdout);
    const exitCode = expectContractDocument(doc, "all");
    expect(r.code).toBe(exitCode);
    expect(doc.checks.length).toBeGreaterThan(0);
    // Nothing but JSON on stdout: no spinner, no colour codes.
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout.trim().startsWith("{")).toBe(true);
  });

  it("with no command runs `all`", async () => {
    const r = await runCli(["--json", "--offline"], { timeoutMs: 120_000 });
    expect(JSON.parse(r.stdout).command).toBe("all");
  });

  it("list --json shows every check with id, group and valid covers", async () => {
    const r = await runCli(["list", "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.checks.length).toBeGreaterThan(0);
    for (const c of doc.checks) {
      expect(c.id).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
      for (const id of c.covers) expect(CHECKLIST_IDS).toContain(id);
    }
    expect(Object.keys(doc.coverage).sort()).toEqual([...CHECKLIST_IDS].sort());
  });

  it("renders different, complete text in az, en and ru", async () => {
    const runs = await Promise.all(
      (["az", "en", "ru"] as const).map((lang) => runCli(["list", "--lang", lang]).then((r) => [lang, r.stdout] as const)),
    );
    const human = await Promise.all(
      (["az", "en", "ru"] as const).map((lang) =>
        runCli(["all", "--offline", "--lang", lang], { timeoutMs: 120_000 }).then((r) => r.stdout),
      ),
    );
    expect(new Set(human).size).toBe(3);
    expect(new Set(runs.map(([, s]) => s)).size).toBe(3);
    // No catalogue key leaks into the text (an unknown key renders as itself).
    for (const text of human) expect(text).not.toMatch(/\b(engine|render|group|status|cli)\.[a-zA-Z]+\b/);
    expect(human[0]).toMatch(/[əığşçöü]/);
    expect(human[2]).toMatch(/[а-я]/);
  });

  it("takes the language from the locale, Azerbaijani when unknown", async () => {
    const ru = await runCli(["list"], { env: { LANG: "ru_RU.UTF-8", LC_ALL: undefined, LC_MESSAGES: undefined } });
    expect(ru.stdout).toContain("Проверки");
    const unknown = await runCli(["list"], { env: { LANG: "de_DE.UTF-8", LC_ALL: undefined, LC_MESSAGES: undefined } });
    expect(unknown.stdout).toContain("Yoxlamalar");
  });

  describe("bad usage exits 64 with one clear line in the user's language and no stack trace", () => {
    const cases: [string[], RegExp][] = [
      [["--bogus"], /unknown option --bogus/],
      [["tokn"], /unknown command tokn/],
      [["--lang", "fr"], /unknown language "fr"/],
      [["--timeout", "soon"], /--timeout must be/],
      [["--timeout", "5"], /--timeout must be/],
      [["all", "--sale", "tomorrow"], /cannot read the date "tomorrow"/],
      [["token", "--fix"], /--fix applies only to: certs/],
      [["certs", "--cert", "/nonexistent/user.pem"], /cannot read \/nonexistent\/user.pem: there is no such file or folder/],
      [["certs", "--cert", "package.json"], /package.json is not a certificate/],
      [["plan"], /needs the sale time/],
      [["explain"], /say what to explain: an error code or the text of the error/],
      [["--module"], /--module needs a value/],
    ];
    it.each(cases)("%j", async (args, message) => {
      const r = await runCli(["--lang", "en", ...args]);
      expect(r.code).toBe(64);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
    });

    it("in Azerbaijani by default and in Russian on request", async () => {
      const az = await runCli(["--bogus"], { env: { LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined } });
      // The test machine's Intl locale decides when no variable is set; force az by locale instead.
      const azByLocale = await runCli(["--bogus"], { env: { LANG: "az_AZ.UTF-8" } });
      expect(azByLocale.stderr).toContain("naməlum seçim --bogus");
      expect(az.code).toBe(64);
      const ru = await runCli(["--bogus", "--lang", "ru"]);
      expect(ru.stderr).toContain("неизвестный параметр --bogus");
    });
  });

  it("--report writes a Markdown report with the JSON attached", async () => {
    const { mkdtempSync, readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const file = join(mkdtempSync(join(tmpdir(), "gc-report-")), "report.md");
    const r = await runCli(["all", "--offline", "--json", "--report", file], { timeoutMs: 120_000 });
    const md = readFileSync(file, "utf8");
    expect(md).toMatch(/^# guzestli-check support report/);
    const json = /```json\n([\s\S]+)\n```/.exec(md)?.[1];
    expect(JSON.parse(json!)).toMatchObject({ schemaVersion: 1, command: "all" });
    expect(JSON.parse(r.stdout).summary).toEqual(JSON.parse(json!).summary);
  });
});
