import type { Host } from "../host.js";
import type { ProcessInfo, ProcessListOptions } from "./types.js";
import { requireOwnProcess } from "./own-process.js";

/**
 * macOS: `ps -axo pid=,comm=` (the `=` drops the header). On macOS `comm` is the
 * executable's path, e.g. "  312 /Applications/Safari.app/Contents/MacOS/Safari".
 */
export async function listMacProcesses(host: Host, opts: ProcessListOptions): Promise<ProcessInfo[]> {
  const r = await host.exec("ps", ["-axww", "-o", "pid=,comm="], { timeoutMs: opts.timeoutMs, signal: opts.signal });
  if (r.exitCode !== 0) throw new Error(`ps failed: ${r.notFound ? "not found" : r.stderr.trim() || `exit ${r.exitCode}`}`);
  return requireOwnProcess(host, parsePsPidComm(r.stdout), "ps");
}

export function parsePsPidComm(text: string): ProcessInfo[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const m = /^\s*(\d+)\s+(.+?)\s*$/.exec(line);
    if (!m) return [];
    const path = m[2]!;
    const name = path.split("/").pop() ?? path;
    return [{ pid: Number(m[1]), name, exe: path.includes("/") ? path : undefined }];
  });
}
