#!/usr/bin/env node
// Benchmark of the single executables (not a test: timings depend on the machine).
// Median ratio of interleaved pairs, so that load from elsewhere hits both sides alike:
//  1. Windows: `guzestli-check-…-win-x64.exe --version` against a bare `node.exe -e 0` of
//     the same Node version, under Wine in a fresh prefix (goal: within 1.5x);
//  2. Linux: the Linux executable's `--version` against the same Node's `node -e 0`;
//  3. Linux: the executable's `all --offline` against the npm package's
//     (`node bin/guzestli-check.js all --offline`, the system's node) (goal: within 1.10x).
// Needs `npm run build:exe` (release/) and `npm run build` (dist/); wine for part 1.
//   node scripts/bench-exe.mjs [--pairs 11] [--no-wine]
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { EXE_NODE_VERSION, RELEASE_DIR, TARGETS } from "./build-exe.mjs";
import { ensureNodeBinary } from "./node-binary.mjs";

const args = process.argv.slice(2);
const pairs = Number(args[args.indexOf("--pairs") + 1]) || 11;
const root = fileURLToPath(new URL("..", import.meta.url));
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
const winExe = join(RELEASE_DIR, TARGETS.win.file(version));
const linuxExe = join(RELEASE_DIR, TARGETS.linux.file(version));
for (const f of [winExe, linuxExe, join(root, "dist", "cli.js")])
  if (!existsSync(f)) throw new Error(`${f} is missing: npm run build && npm run build:exe`);

const scratch = mkdtempSync(join(tmpdir(), "gc-bench-exe-"));
const env = { ...process.env, NO_COLOR: "1", LANG: "en_US.UTF-8", XDG_CACHE_HOME: join(scratch, "cache") };
delete env.NODE_OPTIONS;

/** ms of one run; output to files (node.exe under Wine cannot write to a pipe). */
function time(cmd, argv, e = env, okCodes = [0]) {
  const out = openSync(join(scratch, "out"), "w");
  const inp = openSync("/dev/null", "r");
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { env: e, stdio: [inp, out, out] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  closeSync(out);
  closeSync(inp);
  if (!okCodes.includes(r.status))
    throw new Error(`${cmd} ${argv.join(" ")} exited ${r.status}: ${readFileSync(join(scratch, "out"), "utf8").slice(0, 500)}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function interleaved(name, a, b, goal) {
  a();
  b(); // warm caches once
  const ta = [];
  const tb = [];
  const ratios = [];
  for (let i = 0; i < pairs; i++) {
    const x = a();
    const y = b();
    ta.push(x);
    tb.push(y);
    ratios.push(x / y);
  }
  const r = median(ratios);
  console.log(`${name}: ${median(ta).toFixed(0)} ms vs ${median(tb).toFixed(0)} ms, median ratio ${r.toFixed(2)} (goal <= ${goal})`);
}

try {
  if (!args.includes("--no-wine")) {
    const prefix = join(scratch, "prefix");
    const wenv = { ...env, WINEPREFIX: prefix, WINEDEBUG: "-all", WINEDLLOVERRIDES: "mscoree,mshtml=" };
    execFileSync("wineboot", ["-i"], { env: wenv, stdio: "ignore" });
    execFileSync("wine", ["winecfg", "-v", "win10"], { env: wenv, stdio: "ignore" });
    const nodeExe = ensureNodeBinary("win", EXE_NODE_VERSION);
    interleaved(
      `Wine: exe --version vs node.exe ${EXE_NODE_VERSION} -e 0`,
      () => time("wine", [winExe, "--version"], wenv),
      () => time("wine", [nodeExe, "-e", "0"], wenv),
      1.5,
    );
    try {
      execFileSync("wineserver", ["-k"], { env: wenv, stdio: "ignore" });
    } catch {
      /* already gone */
    }
  }
  const node22 = ensureNodeBinary("linux", EXE_NODE_VERSION);
  interleaved(
    `Linux: exe --version vs node ${EXE_NODE_VERSION} -e 0`,
    () => time(linuxExe, ["--version"]),
    () => time(node22, ["-e", "0"]),
    1.5,
  );
  interleaved(
    "Linux: exe all --offline vs node bin/guzestli-check.js all --offline",
    () => time(linuxExe, ["all", "--offline"], env, [0, 1, 2]),
    () => time(process.execPath, [join(root, "bin", "guzestli-check.js"), "all", "--offline"], env, [0, 1, 2]),
    1.1,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
