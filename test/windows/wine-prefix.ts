import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ExecOptions, Host } from "../../src/host/host.js";
import { createNodeHost } from "../../src/host/node-host.js";
import { runProcess } from "../../src/host/process.js";

/**
 * A throw-away Wine prefix for registry tests. Wine's reg.exe is the real program
 * (it reads and writes the prefix's registry files), so what these tests see is what
 * reg.exe prints, not a recording. Only reg.exe is needed here; running node.exe
 * under Wine is test/windows/wine.ts's job.
 */
export const wineAvailable = spawnSync("wine", ["--version"], { stdio: "ignore" }).status === 0;

export interface WinePrefix {
  dir: string;
  env: Record<string, string>;
  /** Runs `wine reg <args>`; throws when reg.exe fails. */
  reg(...args: string[]): string;
  /** The real node host, on Windows terms: win32, with commands run through wine. */
  host(): Host;
  dispose(): void;
}

export function createWinePrefix(): WinePrefix {
  const dir = mkdtempSync(join(tmpdir(), "gc-wine-"));
  // WINEDEBUG=-all: Wine's fixme lines on stderr are not reg.exe's answer.
  // WINEDLLOVERRIDES keeps wineboot from offering to install Mono and Gecko.
  const env = { WINEPREFIX: dir, WINEDEBUG: "-all", WINEDLLOVERRIDES: "mscoree,mshtml=" };
  const reg = (...args: string[]) =>
    execFileSync("wine", ["reg", ...args], {
      env: { ...process.env, ...env },
      encoding: "utf8",
      timeout: 120_000,
      stdio: ["ignore", "pipe", "pipe"],
    });
  const run = { env: { ...process.env, ...env }, stdio: "ignore" as const, timeout: 300_000 };
  // A persistent wineserver, started first so that it holds none of our pipes open:
  // otherwise each wine command starts its own and waits on it (seconds each).
  spawnSync("wineserver", ["-p"], run);
  // Creates the prefix (15 s on a quiet machine, minutes on a busy one). Under a full
  // test run's load wineboot has failed once (exit 66) where it passes alone: a second
  // try, with the prefix's wineserver restarted, before the test fails on it.
  const failures: string[] = [];
  for (let attempt = 0; attempt < 2 && failures.length === attempt; attempt++) {
    if (attempt > 0) {
      spawnSync("wineserver", ["-k"], run);
      spawnSync("wineserver", ["-p"], run);
    }
    const boot = spawnSync("wine", ["wineboot", "--init"], run);
    if (boot.status !== 0) failures.push(boot.error?.message ?? `exit ${boot.status}`);
  }
  if (failures.length === 2) throw new Error(`wineboot failed twice: ${failures.join("; ")}`);
  // What `winecfg -v win10` writes: node.exe refuses to start on an older Windows.
  reg("add", "HKCU\\Software\\Wine", "/v", "Version", "/t", "REG_SZ", "/d", "win10", "/f");
  return {
    dir,
    env,
    reg,
    host() {
      const base = createNodeHost({ offline: true });
      return {
        ...base,
        platform: { ...base.platform, os: "win32" },
        exec: (command: string, args: readonly string[], o: ExecOptions = {}) =>
          // The environment given is the child's whole environment (ExecOptions.env).
          runProcess("wine", [command, ...args], { ...o, env: { ...process.env, ...o.env, ...env } }),
      };
    },
    dispose() {
      spawnSync("wineserver", ["-k"], { env: { ...process.env, ...env }, stdio: "ignore", timeout: 20_000 });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
