/**
 * koffi's native part in the single executable. Node.js can load a native add-on only
 * from a real file (process.dlopen), so the executable carries koffi.node as an SEA
 * asset and writes it, once, to the user's cache folder under a name that carries its
 * SHA-256:
 *   Windows  %LOCALAPPDATA%\guzestli-check\koffi-<sha256>.node
 *   Linux    $XDG_CACHE_HOME/guzestli-check/koffi-<sha256>.node (~/.cache when unset)
 * Before every load the file there is read and hashed; anything else than a regular
 * file with exactly the carried bytes (changed, truncated, a link, a folder) is not
 * loaded: it is replaced by the carried bytes, which are checked again. This is the only
 * file the executable writes unasked (README, "What the exe writes").
 */
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";

export const CACHE_FOLDER_NAME = "guzestli-check";

/** The folder for koffi's file: per user, a cache (deleting it costs only a rewrite). */
export function koffiCacheDir(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>, home: string): string {
  if (platform === "win32") {
    const local = env.LOCALAPPDATA;
    return join(local && isAbsolute(local) ? local : join(home, "AppData", "Local"), CACHE_FOLDER_NAME);
  }
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, ".cache"), CACHE_FOLDER_NAME);
}

export function koffiFileName(sha256: string): string {
  return `koffi-${sha256}.node`;
}

function sha256(b: Buffer): string {
  return createHash("sha256").update(b).digest("hex");
}

/** The file at `path` holds exactly `expected` bytes (sha256) and is a regular file. */
export function holdsExactly(path: string, size: number, expected: string): boolean {
  try {
    const st = lstatSync(path);
    if (!st.isFile() || st.size !== size) return false;
    return sha256(readFileSync(path)) === expected;
  } catch {
    return false;
  }
}

/**
 * The path of a verified koffi.node in `dir`, written from `bytes` when missing or not
 * exactly those bytes. `expectedSha256` is fixed at build time: the carried bytes are
 * checked against it too. Throws when no verified file can be had.
 */
export function ensureKoffiFile(dir: string, bytes: Buffer, expectedSha256: string): string {
  if (sha256(bytes) !== expectedSha256) throw new Error("the executable's koffi.node does not match its SHA-256");
  const path = join(dir, koffiFileName(expectedSha256));
  if (holdsExactly(path, bytes.length, expectedSha256)) return path;
  mkdirSync(dir, { recursive: true });
  // Written beside, then renamed over: a reader never sees half a file.
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, bytes, { flag: "wx", mode: 0o644 });
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      /* in use by another run (Windows): the rename below tells */
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    // Another run (a probe child beside this one) may have just written it.
    if (!holdsExactly(path, bytes.length, expectedSha256)) throw e;
  }
  if (!holdsExactly(path, bytes.length, expectedSha256)) throw new Error(`${path} does not hold koffi.node as written`);
  return path;
}
