import type { Host } from "../host.js";
import type { ProcessInfo, ProcessListOptions } from "./types.js";
import { requireOwnProcess } from "./own-process.js";
import { inBatches } from "../batches.js";

/**
 * Linux: /proc/<pid>/comm (the kernel's name, cut to 15 bytes) and /proc/<pid>/cmdline
 * (argv, NUL-separated). Processes of other users are listed too; only their exe link
 * is unreadable, which is why argv[0] is kept as well.
 */
export async function listLinuxProcesses(host: Host, opts: ProcessListOptions): Promise<ProcessInfo[]> {
  const entries = (await host.fs.list("/proc")).filter((e) => /^\d+$/.test(e));
  const read = async (p: string, max: number) => {
    try {
      return await host.fs.readText(p, { maxBytes: max, signal: opts.signal });
    } catch {
      return undefined; // the process ended meanwhile, or is not ours to read
    }
  };
  const one = async (pidText: string): Promise<ProcessInfo | undefined> => {
    // Both files at once: each read is several round trips to the fs thread pool.
    const [comm, cmdline] = await Promise.all([read(`/proc/${pidText}/comm`, 256), read(`/proc/${pidText}/cmdline`, 16 * 1024)]);
    if (comm === undefined) return undefined;
    return parseLinuxProcess(Number(pidText), comm, cmdline);
  };
  const found = await inBatches(entries, (pid) => {
    opts.signal?.throwIfAborted();
    return one(pid);
  });
  return requireOwnProcess(
    host,
    found.filter((p): p is ProcessInfo => p !== undefined),
    "/proc",
  );
}

export function parseLinuxProcess(pid: number, comm: string, cmdline: string | undefined): ProcessInfo {
  const argv0 = cmdline ? cmdline.split("\0")[0] : undefined;
  return { pid, name: comm.replace(/\n$/, ""), argv0: argv0 || undefined };
}

/**
 * The file a process runs, from the /proc/<pid>/exe link (proc(5)); read only for the
 * few processes that need it. Undefined when the link cannot be read (another user's
 * process without privileges, or the process ended). A binary deleted after start
 * shows " (deleted)" after its path; that mark is dropped.
 */
export async function linuxProcessExe(host: Host, pid: number): Promise<string | undefined> {
  const link = await host.fs.readLink(`/proc/${pid}/exe`).catch(() => undefined);
  return link ? link.replace(/ \(deleted\)$/, "") : undefined;
}
