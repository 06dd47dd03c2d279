import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BIN, CLI_NODE, REPO_ROOT, runCli, checksOf } from "../helpers/cli.js";

describe("guzestli-check asan (built CLI)", () => {
  it('--phone "Nokia 6110" --json warns', async () => {
    const r = await runCli(["asan", "--phone", "Nokia 6110", "--json"]);
    expect(r.code).toBe(0);
    const phone = checksOf(r.stdout).find((c) => c.id === "asan.phone")!;
    expect(phone.status).toBe("warn");
    expect(phone.code).toBe("ASAN_PHONE_LISTED");
  });

  it('--phone "Samsung Galaxy A54" does not claim compatibility', async () => {
    const r = await runCli(["asan", "--phone", "Samsung Galaxy A54", "--json", "--lang", "en"]);
    const phone = checksOf(r.stdout).find((c) => c.id === "asan.phone")!;
    expect(phone.status).toBe("info");
    expect(phone.message).toContain("not on the notice's list");
    expect(phone.message.toLowerCase()).not.toContain("compatible");
    const human = await runCli(["asan", "--phone", "Samsung Galaxy A54", "--lang", "en"]);
    expect(human.stdout).not.toMatch(/✓.*Phone/);
  });

  it("--json never asks, even with --interactive: the guide comes as info results", async () => {
    const r = await runCli(["asan", "--interactive", "--json"]);
    expect(r.code).toBe(0);
    const checks = checksOf(r.stdout);
    expect(checks.length).toBeGreaterThanOrEqual(7);
    for (const c of checks) expect(c.status, c.id).toBe("info");
  });

  it("--interactive without a terminal says so on stderr and shows the guide", async () => {
    const r = await runCli(["asan", "--interactive", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("No terminal to ask questions on");
    expect(r.stdout).toContain("PIN1 entered wrongly 3 times");
  });

  it("all --phone also checks the phone", async () => {
    const r = await runCli(["all", "--offline", "--phone", "nokia6110", "--json", "--timeout", "20000"], { timeoutMs: 120_000 });
    const phone = checksOf(r.stdout).find((c) => c.id === "asan.phone")!;
    expect(phone.code).toBe("ASAN_PHONE_LISTED");
  });
});

const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

/**
 * The guided run end to end under a real pseudo-terminal (util-linux script): the
 * answers are typed one by one as each question appears, as a person would.
 */
describe.skipIf(!hasScript && !process.env.CI)("asan --interactive on a real terminal", () => {
  it("asks the notice's questions and reports the answers", async () => {
    const answers = ["y", "n", "Nokia 6110", "y", "n", "y", "n", "y", "y"];
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn("script", ["-qec", `${CLI_NODE} ${BIN} asan --interactive --lang en --no-color`, "/dev/null"], {
        cwd: REPO_ROOT,
        env: { ...process.env, NO_COLOR: "1", LANG: "en_US.UTF-8" },
        stdio: ["pipe", "pipe", "pipe"],
      });
      let text = "";
      let typed = 0;
      child.stdout.on("data", (b: Buffer) => {
        text += b.toString("utf8");
        const prompts = (text.match(/\[y = yes[^\]]*\]|press Enter to skip:/g) ?? []).length;
        while (typed < prompts && typed < answers.length) child.stdin.write(`${answers[typed++]}\r`);
      });
      // A guard against a hang, not a speed assertion.
      const guard = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`no end of the guided run; output so far:\n${text}`));
      }, 60_000);
      child.on("close", () => {
        clearTimeout(guard);
        resolve(text.replace(/\r/g, ""));
      });
    });
    expect(out).toContain("Is your Asan İmza subscription");
    expect(out).toContain("Which phone holds your Asan İmza SIM?");
    // "n" to the certificate question: a failure, and the listed phone: a warning.
    expect(out).toMatch(/✗ Asan İmza subscription, balance and certificate\n\s+You said your Asan İmza certificate has expired/);
    expect(out).toMatch(/! Phone suitable for Asan İmza\n\s+"Nokia 6110" is on the official list/);
    expect(out).toMatch(/✓ Asan İmza PIN2 \(signing\)/);
    expect(out).toMatch(/1 problem, 1 warning/);
    expect(out).toMatch(/✗ Not ready for the sale: 1 problem to fix\./);
  });

  it("Ctrl+C at a question ends the run (exit 130), it does not hang", async () => {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn("script", ["-qec", `${CLI_NODE} ${BIN} asan --interactive --lang en --no-color`, "/dev/null"], {
        cwd: REPO_ROOT,
        env: { ...process.env, NO_COLOR: "1", LANG: "en_US.UTF-8" },
        stdio: ["pipe", "pipe", "pipe"],
      });
      let text = "";
      let sent = false;
      child.stdout.on("data", (b: Buffer) => {
        text += b.toString("utf8");
        if (!sent && text.includes("[y = yes")) {
          sent = true;
          child.stdin.write("\x03");
        }
      });
      const guard = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`still asking after Ctrl+C:\n${text}`));
      }, 60_000);
      child.on("close", (c) => {
        clearTimeout(guard);
        resolve(c);
      });
    });
    expect(code).toBe(130);
  });
});
