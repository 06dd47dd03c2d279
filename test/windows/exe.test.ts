/**
 * The Windows single executable (npm run build:exe) for real, under Wine in this run's
 * prefix: --version, `all --offline` with the verdicts of the npm-installed package,
 * `token --module <dll>` with the test PKCS#11 module (valid certificate, PIN locked, a
 * hanging DLL, a crashing DLL), the exit codes of docs/cli-contract.md, no PIN spent,
 * koffi's file in %LOCALAPPDATA%\guzestli-check (tampered → rewritten), and double-click
 * mode: the signal reader (GetConsoleProcessList, GetUserDefaultUILanguage through
 * koffi) on Wine's real console, and the whole mode on a real pseudo-terminal, where a
 * program started alone holds its console alone, as after a double-click.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "rolldown";
import { ensureExecutables, BUILD_TIMEOUT_MS, EXE_NODE_VERSION, type Executables } from "../exe/executables.js";
import { runInPty } from "../exe/pty.js";
import { REPO_ROOT } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";
import { buildTestModuleDll, loginCount, makeCert, opensslDate } from "../token/parts.js";
import { TARGETS } from "../../scripts/build-exe.mjs";
import {
  prepareWine,
  runCliUnderWine,
  runUnderWine,
  wineEnv,
  winPath,
  WINE_REQUIRED,
  type WineSetup,
  type WineRunOptions,
} from "./wine.js";

interface Doc {
  summary: { exitCode: number };
  platform: { os: string; node: string };
  checks: Array<{ id: string; status: string; code: string; data: Record<string, unknown> }>;
}
const verdicts = (d: Doc) => d.checks.map((c) => `${c.id} ${c.status} ${c.code}`);
const check = (d: Doc, id: string) => d.checks.find((c) => c.id === id);

const WINE_TEST_TIMEOUT_MS = 300_000;
const dir = tempDir("gc-wine-exe-");
let exe: Executables;
let wine: WineSetup;
let dll = "";
let validCert = "";
const loginCounter = join(dir, "logins.txt");
let signalsScript = "";

const runExe = (args: readonly string[], o: WineRunOptions = {}) =>
  runUnderWine(exe.win, args, { ...o, env: { NO_COLOR: "1", LANG: "en_US.UTF-8", TESTP11_LOGIN_COUNT: winPath(loginCounter), ...o.env } });
const json = (r: { stdout: string; stderr: string; code: number | null }): Doc => {
  try {
    return JSON.parse(r.stdout) as Doc;
  } catch {
    throw new Error(`no JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
};

/** The user's %LOCALAPPDATA%\guzestli-check in the prefix (Wine's user is the Unix one). */
function cacheFolder(): string {
  const users = join(wine.prefix, "drive_c", "users");
  const user = readdirSync(users).find((u) => u !== "Public")!;
  return join(users, user, "AppData", "Local", "guzestli-check");
}

describe.skipIf(!WINE_REQUIRED)("the Windows single executable under Wine", () => {
  beforeAll(async () => {
    dll = buildTestModuleDll(dir);
    validCert = makeCert(dir, "valid", { cn: "Test User", fin: "1AB2C3D", start: opensslDate(-20), end: opensslDate(400) }).certDer;
    signalsScript = join(dir, "windows-signals.mjs");
    await build({
      cwd: REPO_ROOT,
      input: join(REPO_ROOT, "test", "windows", "fixtures", "windows-signals.ts"),
      platform: "node",
      external: [/^node:/],
      logLevel: "warn",
      output: { file: signalsScript, format: "esm", codeSplitting: false },
    });
    [wine, exe] = await Promise.all([prepareWine(), ensureExecutables()]);
  }, BUILD_TIMEOUT_MS);

  it(
    "answers --version (exit 0)",
    async () => {
      const r = await runExe(["--version"]);
      expect(r.stdout).toBe(`${exe.version}\n`);
      expect(r.code).toBe(0);
    },
    WINE_TEST_TIMEOUT_MS,
  );

  it(
    "`all --offline --json` gives the verdicts of the npm-installed package on the same prefix",
    async () => {
      // A generous per-check budget: the registry reads of a Wine prefix's first runs are slow
      // on a loaded machine, and a timeout there is not what is compared.
      const args = ["all", "--offline", "--json", "--timeout", "60000"];
      const fromPackage = json(await runCliUnderWine(args));
      const fromExe = json(await runExe(args));
      expect(fromExe.platform).toMatchObject({ os: "win32", node: `v${EXE_NODE_VERSION}` });
      expect(verdicts(fromExe)).toEqual(verdicts(fromPackage));
      expect(fromExe.summary.exitCode).toBe(fromPackage.summary.exitCode);
    },
    WINE_TEST_TIMEOUT_MS,
  );

  it(
    "`token --module <dll>`: a valid certificate passes, read by the executable's own koffi (exit 2: Wine shows no USB list or smart-card service)",
    async () => {
      const r = await runExe(["token", "--json", "--timeout", "60000", "--module", winPath(dll)], {
        env: { TESTP11_CERT: winPath(validCert) },
      });
      const doc = json(r);
      for (const id of ["token.module", "token.present", "token.pin-state", "token.certificates"])
        expect(check(doc, id)?.status, id).toBe("pass");
      expect(check(doc, "token.certificates")?.code).toBe("TOKEN_CERT_OK");
      expect(check(doc, "token.module")?.data).toMatchObject({ binding: "koffi" });
      // Wine's powershell.exe prints nothing and it has no smart-card service to ask, so the USB list
      // and the service state could not be read: those alone are "could not check" (#19.15), and
      // the run says exit 2, never 1.
      const unread = doc.checks.filter((c) => c.status === "error" || c.status === "timeout").map((c) => c.code);
      expect(unread).toContain("USB_LIST_UNAVAILABLE");
      expect(unread.filter((c) => c !== "USB_LIST_UNAVAILABLE" && c !== "PCSC_STATE_UNKNOWN")).toEqual([]);
      expect(r.code).toBe(2);
    },
    WINE_TEST_TIMEOUT_MS,
  );

  it(
    "PIN locked fails (exit 1)",
    async () => {
      const r = await runExe(["token", "--json", "--timeout", "60000", "--module", winPath(dll)], { env: { TESTP11_FLAGS: "LOCKED" } });
      expect([check(json(r), "token.pin-state")?.status, check(json(r), "token.pin-state")?.code]).toEqual(["fail", "PIN_LOCKED"]);
      expect(r.code).toBe(1);
    },
    WINE_TEST_TIMEOUT_MS,
  );

  it(
    "a hanging DLL is bounded by --timeout (exit 2)",
    async () => {
      const r = await runExe(["token", "--json", "--timeout", "8000", "--module", winPath(dll)], {
        env: { TESTP11_HANG: "C_GetSlotList" },
      });
      const mod = check(json(r), "token.module");
      expect([mod?.status, mod?.code]).toEqual(["timeout", "MODULE_TIMEOUT"]);
      expect(r.code).toBe(2);
      expect(r.timedOut).toBe(false);
    },
    WINE_TEST_TIMEOUT_MS,
  );

  it(
    "a crashing DLL is contained in the probe child, which is the executable itself (exit 2)",
    async () => {
      const r = await runExe(["token", "--json", "--timeout", "60000", "--module", winPath(dll)], {
        env: { TESTP11_CRASH: "C_GetTokenInfo" },
      });
      const mod = check(json(r), "token.module");
      expect([mod?.status, mod?.code]).toEqual(["error", "MODULE_CRASHED"]);
      expect((mod!.data as { modules: unknown[] }).modules[0]).toMatchObject({ result: "crashed", exitCode: 0xc0000005 });
      expect(r.code).toBe(2);
    },
    WINE_TEST_TIMEOUT_MS,
  );

  it(
    "a bad argument: one line in the user's language, exit 64",
    async () => {
      const r = await runExe(["--lang", "xx", "all"]);
      expect(r.code).toBe(64);
      expect(r.stderr).toContain("guzestli-check --help");
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
    WINE_TEST_TIMEOUT_MS,
  );

  it("spent no PIN try: C_Login was never called", () => {
    expect(loginCount(loginCounter)).toBe(0);
  });

  it(
    "writes only koffi-<sha256>.node to %LOCALAPPDATA%\\guzestli-check, and refuses and rewrites a tampered one",
    async () => {
      const koffi = readFileSync(TARGETS.win.koffi());
      const name = `koffi-${createHash("sha256").update(koffi).digest("hex")}.node`;
      const folder = cacheFolder();
      expect(readdirSync(folder)).toEqual([name]);
      expect(readFileSync(join(folder, name)).equals(koffi)).toBe(true);
      const tampered = Buffer.from(koffi);
      tampered.writeUInt8(tampered.readUInt8(tampered.length - 100) ^ 0xff, tampered.length - 100);
      writeFileSync(join(folder, name), tampered);
      const r = await runExe(["token", "--json", "--timeout", "60000", "--module", winPath(dll)]);
      expect(check(json(r), "token.present")?.status).toBe("pass");
      expect(readFileSync(join(folder, name)).equals(koffi)).toBe(true);
      expect(readdirSync(folder)).toEqual([name]);
    },
    WINE_TEST_TIMEOUT_MS,
  );

  describe("double-click mode", () => {
    const signals = async (env: Record<string, string>) => {
      const r = await runUnderWine(wine.nodeExe, [winPath(signalsScript), winPath(join(wine.appDir, "package.json"))], { env });
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as { consoleProcessCount: number; langId: number; lang: string; desktop?: string; documents?: string };
    };

    it(
      "reads the user's Desktop and Documents folders as Windows names them (SHGetKnownFolderPath) through koffi",
      async () => {
        const s = await signals({ LC_ALL: "en_US.UTF-8" });
        // Wine's user profile: C:\users\<Unix user>\Desktop and ...\Documents.
        expect(s.desktop).toMatch(/^C:\\users\\[^\\]+\\Desktop$/);
        expect(s.documents).toMatch(/^C:\\users\\[^\\]+\\Documents$/);
      },
      WINE_TEST_TIMEOUT_MS,
    );

    it(
      "reads the Windows UI language (GetUserDefaultUILanguage) through koffi",
      async () => {
        // Wine takes the user's UI language from the Unix locale of the process.
        expect(await signals({ LC_ALL: "ru_RU.UTF-8" })).toMatchObject({ langId: 0x419, lang: "ru" });
        expect(await signals({ LC_ALL: "az_AZ.UTF-8@latin" })).toMatchObject({ langId: 0x42c, lang: "az" });
        expect(await signals({ LC_ALL: "en_US.UTF-8" })).toMatchObject({ langId: 0x409, lang: "en" });
      },
      WINE_TEST_TIMEOUT_MS,
    );

    it(
      "reads the console's processes (GetConsoleProcessList): 1 when started alone, more from cmd.exe, 0 with no console",
      async () => {
        const script = [winPath(signalsScript), winPath(join(wine.appDir, "package.json"))];
        const env = wineEnv(wine.prefix, { LC_ALL: "en_US.UTF-8" });
        // Wine's console wraps the JSON line at 80 columns: read with the breaks taken out.
        const parse = (out: string) =>
          JSON.parse(/\{.*\}/.exec(out.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").replace(/[\r\n]/g, ""))![0]) as {
            consoleProcessCount: number;
          };
        const alone = await runInPty(["wine", wine.nodeExe, ...script], { env, timeoutMs: 120_000 });
        expect(parse(alone.output).consoleProcessCount).toBe(1);
        const fromCmd = await runInPty(["wine", "cmd", "/c", wine.nodeExe, ...script], { env, timeoutMs: 120_000 });
        expect(parse(fromCmd.output).consoleProcessCount).toBeGreaterThan(1);
        // Output to files (no console at all).
        expect((await signals({ LC_ALL: "en_US.UTF-8" })).consoleProcessCount).toBe(0);
      },
      WINE_TEST_TIMEOUT_MS,
    );

    it(
      "started alone on a console: runs `all` in the UI language, waits for Enter, exits with the run's code",
      async () => {
        const env = wineEnv(wine.prefix, { LC_ALL: "en_US.UTF-8", NO_COLOR: "1" });
        const r = await runInPty(["wine", exe.win], {
          env,
          enterWhen: /To close this window, press Enter/,
          holdMs: 3000,
          timeoutMs: 280_000,
        });
        expect(r.prompted, r.output.slice(-2000)).toBe(true);
        expect(r.waitedAfterPrompt).toBe(true);
        // `all`'s own end: the legend of the report (redaction) was printed before the prompt.
        expect(r.output.indexOf("--no-redact")).toBeGreaterThan(0);
        expect(r.output.indexOf("--no-redact")).toBeLessThan(r.output.indexOf("press Enter"));
        // Enter at the offer to save the report closes the window: no second wait.
        expect(r.output).not.toContain("Press Enter to close this window");
        expect([0, 1, 2]).toContain(r.code);
      },
      WINE_TEST_TIMEOUT_MS,
    );

    it(
      "S and Enter at the offer save the HTML report to the Desktop Windows names (SHGetKnownFolderPath), then wait for Enter",
      async () => {
        const env = wineEnv(wine.prefix, { LC_ALL: "en_US.UTF-8", NO_COLOR: "1" });
        const r = await runInPty(["wine", exe.win], {
          env,
          enterWhen: /To close this window, press Enter/,
          answer: "s\r",
          enterAlsoWhen: /Press Enter to close this window/,
          holdMs: 3000,
          timeoutMs: 280_000,
        });
        // Wine's console wraps at 80 columns: the path is read with the line breaks taken out.
        const plain = r.output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").replace(/[\r\n]/g, "");
        const saved =
          /The report is saved in this file: (C:\\users\\[^\\\n]+\\Desktop\\guzestli-check-report-\d{4}-\d{2}-\d{2}(?: \(\d+\))?\.html)/.exec(
            plain,
          );
        expect(saved, plain.slice(-2000)).not.toBeNull();
        expect(r.waitedAfterThen).toBe(true);
        const unix = join(wine.prefix, "drive_c", ...saved![1]!.slice(3).split("\\"));
        const html = readFileSync(unix, "utf8");
        expect(html).toMatch(/^<!doctype html>/i);
        expect(html).toContain("guzestli-check support report");
        rmSync(unix);
        expect([0, 1, 2]).toContain(r.code);
      },
      WINE_TEST_TIMEOUT_MS,
    );

    it(
      "from cmd.exe, with an argument, or with output redirected it never waits",
      async () => {
        const env = wineEnv(wine.prefix, { LC_ALL: "en_US.UTF-8", NO_COLOR: "1" });
        // No argument from cmd.exe: `all` as today (the CLI's default), and no wait.
        const fromCmd = await runInPty(["wine", "cmd", "/c", exe.win, "--offline"].slice(0, 4), { env, timeoutMs: 280_000 });
        expect(fromCmd.timedOut).toBe(false);
        expect(fromCmd.output).toContain("--no-redact");
        expect(fromCmd.output).not.toContain("Press Enter");
        const withArg = await runInPty(["wine", exe.win, "list"], { env, timeoutMs: 120_000 });
        expect(withArg.timedOut).toBe(false);
        expect(withArg.output).not.toContain("Press Enter");
        // The forced signal (the tests' one way) with output to files: still the plain CLI.
        const redirected = await runExe([], { env: { GUZESTLI_TEST_DOUBLE_CLICK: "1" }, timeoutMs: 120_000 });
        expect(redirected.timedOut).toBe(false);
        expect(redirected.stdout + redirected.stderr).not.toContain("Press Enter");
      },
      2 * WINE_TEST_TIMEOUT_MS,
    );
  });
});
