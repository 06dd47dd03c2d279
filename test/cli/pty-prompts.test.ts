import { beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { BIN, REPO_ROOT } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";
import { buildTestModule, loginCount } from "../token/parts.js";
import { makePki, type Pki } from "../certs/helpers/pki.js";
import { makeNssHome } from "../certs/helpers/nss.js";

/**
 * Issue 18.7, on a real pseudo-terminal (util-linux script(1)), keys sent as a person
 * presses them once the question is on the screen:
 * - Ctrl+C at the `token --login` PIN prompt ends the run with 130, no second PIN
 *   prompt, and the token's login counter (the C test module counts every C_Login) unchanged;
 * - Ctrl+D at the `certs --fix` question is "no", on a line of its own, nothing written;
 * - Ctrl+D at `asan --interactive` ends the run instead of hanging.
 */

const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
const dir = tempDir("gc-pty-prompts-");
let testModule: string;
let pki: Pki;
beforeAll(() => {
  testModule = buildTestModule(dir);
  const c = "http://127.0.0.1:9";
  pki = makePki(join(dir, "pki"), { ocsp: c, crl: c + "/c.crl", caIssuers: c + "/i.cer", closed: c, rogueOcsp: c, hanging: c });
}, 120_000);

/** Runs the CLI under script(1); `key` is written once `when` appears on the screen. */
function onTerminal(
  args: string[],
  env: Record<string, string>,
  when: RegExp,
  key: string,
): Promise<{ code: number | null; text: string }> {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn("script", ["-qec", quoted, "/dev/null"], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: "1", LANG: "en_US.UTF-8", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let text = "";
    let sent = false;
    child.stdout.on("data", (b: Buffer) => {
      text += b.toString("utf8");
      if (!sent && when.test(text)) {
        sent = true;
        // A moment for the program to put the terminal in its reading mode after the question.
        setTimeout(() => child.stdin.write(key), 300);
      }
    });
    // A guard against a hang, not a speed assertion.
    const guard = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the run did not end after the key; output so far:\n${text}`));
    }, 60_000);
    child.on("close", (code) => {
      clearTimeout(guard);
      resolve({ code, text: text.replace(/\r/g, "") });
    });
  });
}

describe.skipIf(!hasScript && !process.env.CI)("Ctrl+C and Ctrl+D at the tool's questions (issue 18.7)", () => {
  it("Ctrl+C at the token --login PIN prompt: exit 130, no second prompt, no login tried", async () => {
    const counter = join(dir, "logins-ctrl-c");
    const r = await onTerminal(
      ["token", "--login", "--module", testModule, "--offline", "--lang", "en", "--no-color"],
      { TESTP11_LOGIN_COUNT: counter },
      /PIN/,
      "\x03",
    );
    expect(r.code).toBe(130);
    expect(r.text.match(/PIN/g)?.length ?? 0).toBe(1);
    expect(loginCount(counter)).toBe(0);
  });

  it("a PIN typed after Ctrl+C can reach nothing: the run has ended", async () => {
    const counter = join(dir, "logins-ctrl-c-then-pin");
    const r = await onTerminal(
      ["token", "--login", "--module", testModule, "--offline", "--lang", "en", "--no-color"],
      { TESTP11_LOGIN_COUNT: counter },
      /PIN/,
      "\x031234\r",
    );
    expect(r.code).toBe(130);
    expect(loginCount(counter)).toBe(0);
  });

  it("Ctrl+D at the token --login PIN prompt: no login tried, the run ends", async () => {
    const counter = join(dir, "logins-ctrl-d");
    const r = await onTerminal(
      ["token", "--login", "--module", testModule, "--offline", "--lang", "en", "--no-color"],
      { TESTP11_LOGIN_COUNT: counter },
      /PIN/,
      "\x04",
    );
    expect(r.code).not.toBe(13);
    expect(r.code).not.toBe(130);
    expect(r.text.match(/PIN:/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(loginCount(counter)).toBe(0);
  });

  it('Ctrl+D at the certs --fix question is "no", on a line of its own; nothing is written', async () => {
    const home = join(dir, "fix-home");
    mkdirSync(home, { recursive: true });
    makeNssHome(home, []);
    const before = spawnSync("certutil", ["-L", "-d", `sql:${join(home, ".pki", "nssdb")}`], { encoding: "utf8" }).stdout;
    const r = await onTerminal(
      ["certs", "--fix", "--offline", "--lang", "en", "--no-color", "--ca", pki.bundle],
      { HOME: home },
      /\[y = yes[^\]]*\] /,
      "\x04",
    );
    expect(r.code).not.toBe(13);
    // The answer line ends where the question does (readline may move the cursor there first).
    expect(r.text).toMatch(/Enter = no\] (\x1b\[\d+G)?\n/);
    expect(r.text).toContain("nothing was written");
    expect(spawnSync("certutil", ["-L", "-d", `sql:${join(home, ".pki", "nssdb")}`], { encoding: "utf8" }).stdout).toBe(before);
  });

  it("Ctrl+C at the certs --fix question: exit 130, nothing written", async () => {
    const home = join(dir, "fix-home-c");
    mkdirSync(home, { recursive: true });
    makeNssHome(home, []);
    const before = spawnSync("certutil", ["-L", "-d", `sql:${join(home, ".pki", "nssdb")}`], { encoding: "utf8" }).stdout;
    const r = await onTerminal(
      ["certs", "--fix", "--offline", "--lang", "en", "--no-color", "--ca", pki.bundle],
      { HOME: home },
      /\[y = yes[^\]]*\] /,
      "\x03",
    );
    expect(r.code).toBe(130);
    expect(spawnSync("certutil", ["-L", "-d", `sql:${join(home, ".pki", "nssdb")}`], { encoding: "utf8" }).stdout).toBe(before);
  });

  it("Ctrl+D at asan --interactive ends the run with its report, instead of hanging", async () => {
    const r = await onTerminal(["asan", "--interactive", "--lang", "en", "--no-color"], {}, /\[y = yes[^\]]*\] /, "\x04");
    expect(r.code).not.toBe(13);
    expect(r.code).not.toBeNull();
    // The report was printed: the run went to its end.
    expect(r.text).toMatch(/Asan İmza subscription/);
    // Its closing lines (issue 20: the answer last, then whom to call), wrapped to the terminal.
    expect(r.text).toMatch(/Nothing\s+was\s+verified|Ready\s+for\s+the\s+sale|Not\s+ready|Not\s+known/);
    expect(r.text).toMatch(/housing\s+system[\s\S]*call\s+108/);
  });
});
