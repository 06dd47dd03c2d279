/**
 * The Linux single executable (npm run build:exe) natively: the same verdicts as
 * `node bin/guzestli-check.js` for `all --offline` and for a real SoftHSM2 token, koffi's
 * file in the cache folder exactly as the README says (a tampered one is refused and
 * rewritten), and double-click mode on a real pseudo-terminal with the signal forced
 * the one way tests force it (GUZESTLI_TEST_DOUBLE_CLICK=1, src/sea/double-click.ts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT, runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";
import { importCert, makeCert, opensslDate, softHsm, SOFTHSM_MODULE } from "../token/parts.js";
import { BUILD_TIMEOUT_MS, ensureExecutables, EXE_NODE_VERSION, type Executables } from "./executables.js";
import { runInPty } from "./pty.js";

interface Doc {
  summary: { exitCode: number };
  platform: { node: string };
  checks: Array<{ id: string; status: string; code: string; data: Record<string, unknown> }>;
}
const verdicts = (d: Doc) => d.checks.map((c) => `${c.id} ${c.status} ${c.code}`);

const dir = tempDir("gc-exe-linux-");
let exe: Executables;
let hsmEnv: Record<string, string>;
const KOFFI = join(REPO_ROOT, "node_modules", "@koromix", "koffi-linux-x64", "linux_x64", "koffi.node");
const koffiSha = () => createHash("sha256").update(readFileSync(KOFFI)).digest("hex");

function runExe(args: readonly string[], env: Record<string, string | undefined> = {}, timeoutMs = 120_000) {
  const started = Date.now();
  return new Promise<{ code: number | null; stdout: string; stderr: string; durationMs: number }>((resolve, reject) => {
    const e: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", LANG: "en_US.UTF-8", NODE_OPTIONS: undefined, ...env };
    for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
    const child = spawn(exe.linux, args, { env: e as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    // Decoded as a stream: a chunk may end inside a letter's UTF-8 sequence (ə, ğ, Cyrillic).
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (b) => (stdout += b));
    child.stderr.on("data", (b) => (stderr += b));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`executable did not finish: ${args.join(" ")}\n${stderr}`));
    }, timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, durationMs: Date.now() - started });
    });
  });
}

describe.skipIf(process.platform !== "linux" || process.arch !== "x64")("the Linux single executable", () => {
  beforeAll(async () => {
    exe = await ensureExecutables();
    const hsm = softHsm(join(dir, "hsm"), "E-imza Test");
    importCert(
      hsm,
      makeCert(join(dir, "hsm"), "user", { cn: "Test Holder", fin: "1ABCDEF", start: opensslDate(-20), end: opensslDate(400) }),
      {
        id: "01",
        label: "Test Holder",
        publicKey: true,
      },
    );
    hsmEnv = hsm.env;
  }, BUILD_TIMEOUT_MS);

  it("answers --version with the package's version", async () => {
    const r = await runExe(["--version"]);
    expect(r.stdout).toBe(`${exe.version}\n`);
    expect(r.code).toBe(0);
  });

  it("`all --offline --json` gives the verdicts of node bin/guzestli-check.js, on the embedded Node", async () => {
    const cache = join(dir, "cache-all");
    const [a, b] = await Promise.all([
      runExe(["all", "--offline", "--json"], { XDG_CACHE_HOME: cache }),
      runCli(["all", "--offline", "--json"], { env: { XDG_CACHE_HOME: cache } }),
    ]);
    const fromExe = JSON.parse(a.stdout) as Doc;
    const fromNode = JSON.parse(b.stdout) as Doc;
    expect(fromExe.platform.node).toBe(`v${EXE_NODE_VERSION}`);
    expect(verdicts(fromExe)).toEqual(verdicts(fromNode));
    expect(a.code).toBe(b.code);
    expect(a.code).toBe(fromExe.summary.exitCode);
  });

  it("`token --module <SoftHSM>` reads a real token through koffi with the verdicts of the npm package", async () => {
    const cache = join(dir, "cache-token");
    const a = await runExe(["token", "--module", SOFTHSM_MODULE, "--json"], { ...hsmEnv, XDG_CACHE_HOME: cache });
    const b = await runCli(["token", "--module", SOFTHSM_MODULE, "--json"], { env: hsmEnv });
    const fromExe = JSON.parse(a.stdout) as Doc;
    expect(verdicts(fromExe)).toEqual(verdicts(JSON.parse(b.stdout) as Doc));
    for (const id of ["token.module", "token.present", "token.pin-state", "token.certificates"]) {
      expect(fromExe.checks.find((c) => c.id === id)?.status, id).toBe("pass");
    }
    expect(JSON.stringify(fromExe.checks.find((c) => c.id === "token.module")?.data)).toContain('"koffi"');
    // Where the USB list cannot be read (a container without /sys/bus/usb), that check alone could not be done: exit 2.
    const usbReadable = existsSync("/sys/bus/usb/devices");
    const unread = fromExe.checks.filter((c) => c.status === "error" || c.status === "timeout").map((c) => c.code);
    expect(unread).toEqual(usbReadable ? [] : ["USB_LIST_UNAVAILABLE"]);
    expect(a.code).toBe(usbReadable ? 0 : 2);
  });

  it("writes exactly one file, koffi-<sha256>.node in the cache folder, and refuses and rewrites a tampered one", async () => {
    const cache = join(dir, "cache-koffi");
    const folder = join(cache, "guzestli-check");
    const name = `koffi-${koffiSha()}.node`;
    const tokenRun = () => runExe(["token", "--module", SOFTHSM_MODULE, "--json"], { ...hsmEnv, XDG_CACHE_HOME: cache });
    const ok = (r: { stdout: string }) => (JSON.parse(r.stdout) as Doc).checks.find((c) => c.id === "token.present")?.status;

    expect(ok(await tokenRun())).toBe("pass");
    expect(readdirSync(folder)).toEqual([name]);
    expect(readFileSync(join(folder, name)).equals(readFileSync(KOFFI))).toBe(true);

    // Same size, one byte changed: a file that would load (or crash) is not loaded as it is.
    const tampered = Buffer.from(readFileSync(KOFFI));
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 100) ^ 0xff, tampered.length - 100);
    writeFileSync(join(folder, name), tampered);
    expect(ok(await tokenRun())).toBe("pass");
    expect(readFileSync(join(folder, name)).equals(readFileSync(KOFFI))).toBe(true);

    // Garbage, and a link to another file, are replaced too.
    writeFileSync(join(folder, name), "not a library");
    expect(ok(await tokenRun())).toBe("pass");
    expect(readFileSync(join(folder, name)).equals(readFileSync(KOFFI))).toBe(true);
    rmSync(join(folder, name));
    writeFileSync(join(dir, "elsewhere.node"), tampered);
    symlinkSync(join(dir, "elsewhere.node"), join(folder, name));
    expect(ok(await tokenRun())).toBe("pass");
    expect(readFileSync(join(folder, name)).equals(readFileSync(KOFFI))).toBe(true);
    expect(readFileSync(join(dir, "elsewhere.node")).equals(tampered)).toBe(true);
    expect(readdirSync(folder)).toEqual([name]);
  });

  it("exits 64 with a clear line for a bad argument", async () => {
    const r = await runExe(["--lang", "xx", "all"]);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("guzestli-check --help");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  describe("double-click mode (signal forced with GUZESTLI_TEST_DOUBLE_CLICK=1)", () => {
    const env = () => {
      const e: NodeJS.ProcessEnv = {
        ...process.env,
        NO_COLOR: "1",
        LANG: "ru_RU.UTF-8",
        GUZESTLI_TEST_DOUBLE_CLICK: "1",
        XDG_CACHE_HOME: join(dir, "cache-dc"),
      };
      delete e.NODE_OPTIONS;
      delete e.LC_ALL;
      return e;
    };

    it("runs `all`, says in the user's language to press Enter, waits for it, then exits with the run's code", async () => {
      const home = join(dir, "home-close");
      mkdirSync(join(home, "Desktop"), { recursive: true });
      const r = await runInPty([exe.linux], {
        env: { ...env(), HOME: home },
        enterWhen: /Чтобы закрыть это окно, нажмите Enter/,
        timeoutMs: 180_000,
      });
      expect(r.prompted).toBe(true);
      expect(r.waitedAfterPrompt).toBe(true);
      expect(r.output).toContain("Проверка закончена");
      // Enter at the offer closes: nothing saved, no second wait.
      expect(readdirSync(join(home, "Desktop"))).toEqual([]);
      expect(r.output).not.toContain("Нажмите Enter, чтобы закрыть");
      // What `all` says at its end, in Russian: the run was `all`.
      const plain = await runInPty([exe.linux, "all", "--lang", "ru"], { env: env(), timeoutMs: 180_000 });
      expect(plain.code).toBe(r.code);
      expect([0, 1, 2]).toContain(r.code);
    }, 400_000);

    it("С and Enter at the offer save the redacted HTML report to the Desktop, say where, and wait for Enter", async () => {
      const home = join(dir, "home-save");
      mkdirSync(join(home, "Desktop"), { recursive: true });
      const r = await runInPty([exe.linux], {
        env: { ...env(), HOME: home },
        enterWhen: /Чтобы закрыть это окно, нажмите Enter/,
        answer: "с\r",
        enterAlsoWhen: /Нажмите Enter, чтобы закрыть это окно/,
        timeoutMs: 180_000,
      });
      const saved = readdirSync(join(home, "Desktop"));
      expect(saved, r.output.slice(-1500)).toHaveLength(1);
      expect(saved[0]).toMatch(/^guzestli-check-report-\d{4}-\d{2}-\d{2}\.html$/);
      const file = join(home, "Desktop", saved[0]!);
      expect(r.output).toContain(`Отчёт сохранён в файл: ${file}`);
      expect(r.output.indexOf("Отчёт сохранён")).toBeLessThan(r.output.indexOf("Нажмите Enter, чтобы закрыть это окно"));
      expect(r.waitedAfterThen).toBe(true);
      const html = readFileSync(file, "utf8");
      expect(html).toMatch(/^<!doctype html>/i);
      expect(html).toContain("Отчёт guzestli-check для поддержки");
      // Redacted like every report: the home folder's path is not in it.
      expect(html).not.toContain(home);
      expect([0, 1, 2]).toContain(r.code);
    }, 400_000);

    it("Ctrl+C at the offer ends the run with 130 and saves nothing", async () => {
      const home = join(dir, "home-interrupt");
      mkdirSync(join(home, "Desktop"), { recursive: true });
      const r = await runInPty([exe.linux], {
        env: { ...env(), HOME: home },
        enterWhen: /Чтобы закрыть это окно, нажмите Enter/,
        answer: "\x03",
        timeoutMs: 180_000,
      });
      expect(r.prompted).toBe(true);
      expect(r.code).toBe(130);
      expect(readdirSync(join(home, "Desktop"))).toEqual([]);
    }, 400_000);

    it("never waits with an argument, or with output redirected", async () => {
      const withArg = await runInPty([exe.linux, "list"], { env: env(), timeoutMs: 60_000 });
      expect(withArg.timedOut).toBe(false);
      expect(withArg.output).not.toContain("Нажмите Enter");
      expect(withArg.code).toBe(0);
      const redirected = await runInPty(["sh", "-c", `'${exe.linux}' > '${join(dir, "out.txt")}'`], { env: env(), timeoutMs: 60_000 });
      expect(redirected.timedOut).toBe(false);
      expect(readFileSync(join(dir, "out.txt"), "utf8")).not.toContain("Нажмите Enter");
    }, 150_000);
  });
});
