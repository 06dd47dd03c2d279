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
  const out = await powershell(host, WIN_PROCESS_SCRIPT, opts);
  return parseWin32ProcessJson(out);
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
