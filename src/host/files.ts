import { constants, promises as fsp } from "node:fs";
import nodePath from "node:path";
import type { FileHost, FileStat, RangeFile } from "./host.js";
import { writeFileReplacing } from "./output-file.js";

const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
const DEFAULT_RANGE_BYTES = 1024 * 1024;

export class FileTooLargeError extends Error {
  constructor(path: string, max: number) {
    super(`${path} is larger than ${max} bytes`);
    this.name = "FileTooLargeError";
  }
}

/** A path that is not a regular file (a FIFO, a device, a socket, a folder): never read. */
export class NotRegularFileError extends Error {
  /** EISDIR for a folder, as a plain read of one says; ENOTREG for the rest. */
  readonly code: string;
  constructor(path: string, what: string) {
    super(what === "a folder" ? `EISDIR: ${path} is a directory` : `${path} is not a regular file (${what})`);
    this.name = "NotRegularFileError";
    this.code = what === "a folder" ? "EISDIR" : "ENOTREG";
  }
}

/**
 * Opens `path` for reading only if it is a regular file. A plain open() of a FIFO with
 * no writer blocks a libuv worker for ever, and process.exit() then waits for that
 * worker: SIGTERM no longer ends the run. O_NONBLOCK makes open() return at once for a
 * FIFO (open(2), fifo(7)); fstat on the open descriptor then decides, with no window
 * between a check and the open. Devices (/dev/zero), sockets and folders are refused
 * the same way. procfs and sysfs files are regular files and pass. Windows has no
 * O_NONBLOCK (the constant is undefined there) and no FIFOs in the file system.
 */
export async function openRegularFile(path: string): Promise<fsp.FileHandle> {
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
  const fh = await fsp.open(path, flags);
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new NotRegularFileError(path, fileKind(st));
    return fh;
  } catch (e) {
    await fh.close().catch(() => undefined);
    throw e;
  }
}

function fileKind(st: import("node:fs").Stats): string {
  if (st.isFIFO()) return "a named pipe";
  if (st.isDirectory()) return "a folder";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  if (st.isSocket()) return "a socket";
  return "not a file";
}

/** File access with a size cap: a check never reads an unbounded file into memory. */
export const nodeFiles: FileHost = {
  async readFile(path, options = {}) {
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    options.signal?.throwIfAborted();
    const fh = await openRegularFile(path);
    try {
      const st = await fh.stat();
      if (st.size > max) throw new FileTooLargeError(path, max);
      // Read one byte past the cap: special files (sysfs, /proc) report size 0.
      const buf = Buffer.alloc(Math.min(max + 1, st.size > 0 ? st.size + 1 : max + 1));
      let total = 0;
      for (;;) {
        options.signal?.throwIfAborted();
        const { bytesRead } = await fh.read(buf, total, buf.length - total, null);
        if (bytesRead === 0) break;
        total += bytesRead;
        if (total > max) throw new FileTooLargeError(path, max);
        if (total === buf.length) break;
      }
      return buf.subarray(0, total);
    } finally {
      await fh.close();
    }
  },
  async readText(path, options) {
    return (await nodeFiles.readFile(path, options)).toString("utf8");
  },
  async readRanges<T>(path: string, use: (file: RangeFile) => Promise<T>, options: { maxBytes?: number; signal?: AbortSignal } = {}) {
    const max = options.maxBytes ?? DEFAULT_RANGE_BYTES;
    options.signal?.throwIfAborted();
    const fh = await openRegularFile(path);
    try {
      const size = (await fh.stat()).size;
      let spent = 0;
      const file: RangeFile = {
        size,
        async read(offset, length) {
          options.signal?.throwIfAborted();
          if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
            throw new RangeError(`bad range ${offset}+${length} of ${path}`);
          }
          const want = Math.max(0, Math.min(length, size - offset));
          if (spent + want > max) throw new FileTooLargeError(`${path} (ranges read)`, max);
          spent += want;
          if (want === 0) return Buffer.alloc(0);
          const buf = Buffer.alloc(want);
          let total = 0;
          while (total < want) {
            const { bytesRead } = await fh.read(buf, total, want - total, offset + total);
            if (bytesRead === 0) break;
            total += bytesRead;
          }
          return buf.subarray(0, total);
        },
      };
      return await use(file);
    } finally {
      await fh.close();
    }
  },
  async exists(path) {
    try {
      await fsp.access(path);
      return true;
    } catch {
      return false;
    }
  },
  async stat(path): Promise<FileStat | undefined> {
    try {
      const l = await fsp.lstat(path);
      const s = l.isSymbolicLink() ? await fsp.stat(path).catch(() => l) : l;
      return {
        isFile: s.isFile(),
        isDirectory: s.isDirectory(),
        isSymbolicLink: l.isSymbolicLink(),
        size: s.size,
        mtime: s.mtime,
      };
    } catch {
      return undefined;
    }
  },
  async list(path) {
    try {
      return (await fsp.readdir(path)).sort();
    } catch {
      return [];
    }
  },
  async readLink(path) {
    try {
      return await fsp.readlink(path);
    } catch {
      return undefined;
    }
  },
  async realPath(path) {
    try {
      return await fsp.realpath(path);
    } catch {
      return undefined;
    }
  },
  async writeFile(path, data) {
    // A failed write (disk full) must not leave the user's old file emptied.
    await writeFileReplacing(path, data);
  },
  async mkdir(path) {
    await makeDirs(path);
  },
};

/**
 * `mkdir -p`, one level at a time. Node's own recursive mkdir never returns for some
 * paths (under /proc/self it retries ENOENT for ever); here each level is one bounded
 * call, and the first real error is thrown.
 */
async function makeDirs(target: string): Promise<void> {
  const full = nodePath.resolve(target);
  const missing: string[] = [];
  let dir = full;
  for (;;) {
    const st = await fsp.stat(dir).catch((e: NodeJS.ErrnoException) => (e.code === "ENOENT" ? undefined : Promise.reject(e)));
    if (st) {
      if (!st.isDirectory()) throw Object.assign(new Error(`${dir} is not a folder`), { code: "ENOTDIR" });
      break;
    }
    missing.unshift(dir);
    const parent = nodePath.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of missing) {
    await fsp.mkdir(d).catch((e: NodeJS.ErrnoException) => (e.code === "EEXIST" ? undefined : Promise.reject(e)));
  }
}

/** Why a file given to read was not read. */
export type RegularFileProblem = "notFound" | "notRegularFile" | "tooLarge" | "unreadable";

/**
 * Reads a file a person named (a report to summarise) as hostile input: only a regular
 * file (openRegularFile), at most `maxBytes`, and why not as a value instead of a throw.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<{ data: Buffer } | { problem: RegularFileProblem }> {
  let fh: fsp.FileHandle;
  try {
    fh = await openRegularFile(path);
  } catch (e) {
    if (e instanceof NotRegularFileError) return { problem: "notRegularFile" };
    const code = (e as NodeJS.ErrnoException).code;
    return { problem: code === "ENOENT" || code === "ENOTDIR" ? "notFound" : code === "EISDIR" ? "notRegularFile" : "unreadable" };
  }
  try {
    const st = await fh.stat();
    if (st.size > maxBytes) return { problem: "tooLarge" };
    const buf = Buffer.alloc(Math.min(st.size + 1, maxBytes + 1));
    let total = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, total, buf.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return { problem: "tooLarge" };
      if (total === buf.length) break;
    }
    return { data: buf.subarray(0, total) };
  } catch {
    return { problem: "unreadable" };
  } finally {
    await fh.close().catch(() => {});
  }
}
