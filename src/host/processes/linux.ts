import type { Host } from "../host.js";
import type { ProcessInfo, ProcessListOptions } from "./types.js";
import { requireOwnProcess } from "./own-process.js";

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
    const comm = await read(`/proc/${pidText}/comm`, 256);
    if (comm === undefined) return undefined;
    const cmdline = await read(`/proc/${pidText}/cmdline`, 16 * 1024);
    return parseLinuxProcess(Number(pidText), comm, cmdline);
  };
  // In batches: the fs thread pool has four threads anyway, and a thousand reads in
  // flight at once only stall the event loop that other checks' deadlines run on.
  const found: ProcessInfo[] = [];
  for (let i = 0; i < entries.length; i += 32) {
    opts.signal?.throwIfAborted();
    for (const p of await Promise.all(entries.slice(i, i + 32).map(one))) if (p) found.push(p);
  }
  return requireOwnProcess(host, found, "/proc");
}

export function parseLinuxProcess(pid: number, comm: string, cmdline: string | undefined): ProcessInfo {
  const argv0 = cmdline ? cmdline.split("\0")[0] : undefined;
  return { pid, name: comm.replace(/\n$/, ""), argv0: argv0 || undefined };
}
