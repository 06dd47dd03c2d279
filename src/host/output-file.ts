import { constants, promises as fsp } from "node:fs";
import path from "node:path";

/** Why a file the user asked to be written cannot be. */
export type OutputProblem =
  | { kind: "missingFolder"; folder: string }
  | { kind: "isDirectory" }
  | { kind: "notRegularFile" }
  | { kind: "notWritable"; code?: string; reason: string };

/**
 * Finds out, before any work, whether `file` can be written — without changing it:
 * - an existing file must be a regular file (not a folder, not a device such as
 *   /dev/full or a pipe) that opens for writing; it is opened without truncating
 *   (O_WRONLY | O_APPEND, nothing written) so its content survives until the new one is ready;
 * - a new file needs an existing folder where a file can be created and written: a
 *   one-byte probe file is made there with O_EXCL and removed at once.
 */
export async function checkOutputFile(file: string): Promise<OutputProblem | undefined> {
  const target = path.resolve(file);
  let st: import("node:fs").Stats | undefined;
  try {
    st = await fsp.stat(target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR") return { kind: "missingFolder", folder: path.dirname(target) };
    if (code !== "ENOENT") return notWritable(e);
  }
  if (st) {
    if (st.isDirectory()) return { kind: "isDirectory" };
    if (!st.isFile()) return { kind: "notRegularFile" };
    try {
      // Non-blocking: were the file swapped for a FIFO since the stat, open would wait for a reader.
      const fh = await fsp.open(target, constants.O_WRONLY | constants.O_APPEND | (constants.O_NONBLOCK ?? 0));
      await fh.close();
    } catch (e) {
      return notWritable(e);
    }
    // The new text is written beside the file and renamed over it (writeFileReplacing):
    // the folder must take a new file too, or the run would fail only at its end. Where it
    // cannot for want of permission the file is written in place, as writeFileReplacing does;
    // any other failure (/proc/self/mem: the folder takes no files at all) is said now.
    const real = await fsp.realpath(target).catch(() => target);
    // The kernel's own files look regular (size 0) but are not a place for a report.
    if (process.platform === "linux" && /^\/(proc|sys|dev)\//.test(real)) return { kind: "notRegularFile" };
    const problem = await probeFolder(path.dirname(real), path.basename(real));
    if (
      problem &&
      !(problem.kind === "notWritable" && (problem.code === "EACCES" || problem.code === "EPERM" || problem.code === "EROFS"))
    ) {
      return problem.kind === "notWritable" ? { kind: "notRegularFile" } : problem;
    }
    return undefined;
  }
  return probeFolder(path.dirname(target), path.basename(target));
}

/** Whether a new file can be made and written in `folder` (a one-byte probe, removed at once). */
async function probeFolder(folder: string, name: string): Promise<OutputProblem | undefined> {
  const fst = await fsp.stat(folder).catch(() => undefined);
  if (!fst?.isDirectory()) return { kind: "missingFolder", folder };
  const probe = path.join(folder, `.${name}.${process.pid}.probe`);
  try {
    const fh = await fsp.open(probe, "wx");
    try {
      await fh.write(Buffer.from("\n"));
    } finally {
      await fh.close();
    }
  } catch (e) {
    return notWritable(e);
  } finally {
    await fsp.rm(probe, { force: true }).catch(() => {});
  }
  return undefined;
}

/** The same file under two names (a link, "./a" and "a"): compared by device and inode when both exist. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([fsp.stat(a).catch(() => undefined), fsp.stat(b).catch(() => undefined)]);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

function notWritable(e: unknown): OutputProblem {
  const err = e as NodeJS.ErrnoException;
  return {
    kind: "notWritable",
    code: err?.code,
    reason: String(err?.message ?? e)
      .split("\n")[0]!
      .slice(0, 200),
  };
}

/**
 * Writes `data` to `file` so that a failure leaves the old file as it was: the text goes
 * to a temporary file beside it, which then replaces the target in one rename. A
 * symbolic link is followed, so the link stays a link.
 */
export async function writeFileReplacing(file: string, data: string | Buffer): Promise<void> {
  const target = await fsp.realpath(file).catch(() => path.resolve(file));
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fsp.writeFile(tmp, data, { flag: "wx" });
  } catch (e) {
    await fsp.rm(tmp, { force: true }).catch(() => {});
    const code = (e as NodeJS.ErrnoException).code;
    // A folder where new files cannot be made but the file itself is writable.
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") return fsp.writeFile(target, data);
    throw e;
  }
  try {
    await fsp.rename(tmp, target);
  } catch (e) {
    await fsp.rm(tmp, { force: true }).catch(() => {});
    throw e;
  }
}
