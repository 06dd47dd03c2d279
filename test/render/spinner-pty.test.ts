import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BIN, REPO_ROOT } from "../helpers/cli.js";

const hasScript = existsSync("/usr/bin/script");
/** More than a whole report with a spinner ever writes; the 0-column hang wrote hundreds of MB. */
const MAX_OUTPUT = 256 * 1024;

/**
 * Runs the CLI on a real pseudo-terminal made by script(1), sized with stty first.
 * The wait is bounded and the output capped: a runaway spinner ends as a failure, not
 * a hung test.
 */
function onPty(
  cols: number,
  rows: number,
  args: string,
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; out: string; killed: boolean }> {
  return new Promise((resolve) => {
    const full: NodeJS.ProcessEnv = { ...process.env, LANG: "en_US.UTF-8", ...env };
    for (const k of Object.keys(full)) if (full[k] === undefined) delete full[k];
    const cmd = `stty cols ${cols} rows ${rows}; exec "${process.execPath}" "${BIN}" ${args}`;
    const child = spawn("script", ["-qfec", cmd, "/dev/null"], {
      cwd: REPO_ROOT,
      env: full,
      stdio: ["pipe", "pipe", "pipe"],
      detached: true,
    });
    let out = "";
    let killed = false;
    const kill = () => {
      killed = true;
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* gone */
      }
    };
    child.stdout.on("data", (b: Buffer) => {
      out += b.toString("utf8");
      if (out.length > MAX_OUTPUT) kill();
    });
    const timer = setTimeout(kill, 30_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, out, killed });
    });
    child.stdin.end();
  });
}

describe.skipIf(!hasScript && !process.env.CI)("progress spinner on a real terminal (script(1))", () => {
  it("a terminal of 0 columns gets no spinner: the run ends with a bounded output", async () => {
    const r = await onPty(0, 0, "browser --offline --lang en", { NO_COLOR: "1", FORCE_COLOR: undefined });
    expect(r.killed).toBe(false);
    expect(r.out.length).toBeLessThan(MAX_OUTPUT);
    expect(r.out).toContain("Google Chrome or Opera installed");
    expect(r.out).not.toContain("Checking…");
    expect([0, 1, 2]).toContain(r.code);
  });

  it("with NO_COLOR the spinner on a normal terminal has no colour", async () => {
    const r = await onPty(80, 24, "browser --offline --lang en", { NO_COLOR: "1", FORCE_COLOR: undefined });
    expect(r.killed).toBe(false);
    expect(r.out).toContain("Checking…");
    // No SGR colour sequence anywhere (ESC [ <n> m with a colour code).
    expect(r.out).not.toMatch(/\x1b\[(3\d|9\d|38;[\d;]+)m/);
  });

  it("without NO_COLOR the same spinner is coloured (the check above can fail)", async () => {
    const r = await onPty(80, 24, "browser --offline --lang en", { NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: "xterm-256color" });
    expect(r.killed).toBe(false);
    expect(r.out).toContain("Checking…");
    expect(r.out).toMatch(/\x1b\[36m/);
  });
});
