import type { Host } from "../host.js";
import type { ProcessInfo, ProcessListOptions } from "./types.js";
import { parseJsonList, powershell } from "./powershell.js";

/**
 * Windows: Win32_Process through CIM, as JSON. ConvertTo-Json writes an array of
 * objects like {"ProcessId":4,"Name":"System","ExecutablePath":null}, or a single
 * object when there is only one.
 */
export const WIN_PROCESS_SCRIPT =
  "Get-CimInstance -ClassName Win32_Process | Select-Object ProcessId,Name,ExecutablePath | ConvertTo-Json -Compress";

export async function listWindowsProcesses(host: Host, opts: ProcessListOptions): Promise<ProcessInfo[]> {
  try {
    return parseWin32ProcessJson(await powershell(host, WIN_PROCESS_SCRIPT, opts));
  } catch (psError) {
    // PowerShell can be blocked by policy or antivirus; tasklist is always there.
    const r = await host.exec("tasklist", ["/fo", "csv", "/nh"], { timeoutMs: opts.timeoutMs, signal: opts.signal });
    if (r.exitCode !== 0) throw psError;
    return parseTasklistCsv(r.stdout);
  }
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

export function parseWin32ProcessJson(json: string): ProcessInfo[] {
  return parseJsonList(json).flatMap((o) => {
    const pid = Number(o.ProcessId);
    const name = typeof o.Name === "string" ? o.Name : "";
    if (!Number.isInteger(pid) || !name) return [];
    const exe = typeof o.ExecutablePath === "string" && o.ExecutablePath ? o.ExecutablePath : undefined;
    return [{ pid, name, exe }];
  });
}
