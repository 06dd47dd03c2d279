import type { Host } from "../host.js";
import type { ProcessInfo, ProcessListOptions } from "./types.js";
import { parseJsonList } from "../windows/powershell.js";
import { windowsInventory } from "../windows/inventory.js";
import { requireOwnProcess } from "./own-process.js";

/**
 * Windows: Win32_Process from the run's one PowerShell inventory (it carries the
 * executable path). Where PowerShell is blocked by policy or antivirus, `tasklist`
 * is asked instead. Either answer must hold this very program, or it was not read:
 * Wine's powershell.exe and tasklist.exe are stubs that print nothing and exit 0.
 */
export async function listWindowsProcesses(host: Host, opts: ProcessListOptions): Promise<ProcessInfo[]> {
  const inv = await windowsInventory(host, opts);
  if (inv.processes.ok) {
    const list = inv.processes.items.flatMap(win32ProcessOf);
    if (ownProcessListed(host, list)) return list;
  }
  const psReason = inv.processes.ok ? "Win32_Process list without this program's own process" : inv.processes.reason;
  const r = await host.exec("tasklist.exe", ["/fo", "csv", "/nh"], { timeoutMs: opts.timeoutMs, signal: opts.signal });
  if (r.notFound || r.timedOut || r.exitCode !== 0) {
    const why = r.notFound ? "not found" : r.timedOut ? "no answer in time" : `exit ${r.exitCode}`;
    throw new Error(`process list unreadable: PowerShell: ${psReason}; tasklist: ${why}`);
  }
  const list = parseTasklistCsv(r.stdout);
  return requireOwnProcess(host, list, `PowerShell: ${psReason}; tasklist`);
}

function ownProcessListed(host: Host, list: ProcessInfo[]): boolean {
  return list.length > 0 && (host.platform.pid === undefined || list.some((p) => p.pid === host.platform.pid));
}

/**
 * `tasklist /fo csv /nh`: one quoted CSV row a process, columns Image Name, PID,
 * Session Name, Session#, Mem Usage (the memory column holds a comma: "3,568 K").
 */
export function parseTasklistCsv(text: string): ProcessInfo[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const cells = [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
    const pid = Number(cells[1]);
    return cells.length >= 2 && cells[0] && Number.isInteger(pid) ? [{ pid, name: cells[0] }] : [];
  });
}

/** Win32_Process rows as ConvertTo-Json writes them: {"ProcessId":4,"Name":"System","ExecutablePath":null}. */
export function parseWin32ProcessJson(json: string): ProcessInfo[] {
  return parseJsonList(json).flatMap(win32ProcessOf);
}

function win32ProcessOf(o: Record<string, unknown>): ProcessInfo[] {
  const pid = Number(o.ProcessId);
  const name = typeof o.Name === "string" ? o.Name : "";
  if (!Number.isInteger(pid) || !name) return [];
  const exe = typeof o.ExecutablePath === "string" && o.ExecutablePath ? o.ExecutablePath : undefined;
  return [{ pid, name, exe }];
}
