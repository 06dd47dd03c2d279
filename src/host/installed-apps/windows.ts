import type { Host } from "../host.js";
import type { AppListOptions, InstalledApp } from "./types.js";
import { parseJsonList, powershell } from "../processes/powershell.js";

/**
 * Windows: the Uninstall keys that "Apps & features" lists, in both registry views
 * (64-bit and WOW6432Node) and for the machine and the current user. PSParentPath
 * tells which hive each entry came from.
 */
export const WIN_UNINSTALL_SCRIPT = [
  "$paths = @(",
  "'HKLM:\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*',",
  "'HKLM:\\Software\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*',",
  "'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*',",
  "'HKCU:\\Software\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*');",
  "Get-ItemProperty -Path $paths -ErrorAction SilentlyContinue | Where-Object { $_.DisplayName } |",
  "Select-Object DisplayName,DisplayVersion,Publisher,InstallLocation,PSParentPath | ConvertTo-Json -Compress",
].join(" ");

export async function listWindowsApps(host: Host, opts: AppListOptions): Promise<InstalledApp[]> {
  return parseUninstallJson(await powershell(host, WIN_UNINSTALL_SCRIPT, opts));
}

export function parseUninstallJson(json: string): InstalledApp[] {
  return parseJsonList(json).flatMap((o) => {
    const name = typeof o.DisplayName === "string" ? o.DisplayName.trim() : "";
    if (!name) return [];
    const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);
    return [
      {
        name,
        version: str(o.DisplayVersion),
        publisher: str(o.Publisher),
        location: str(o.InstallLocation),
        source: `registry:${hiveOf(str(o.PSParentPath) ?? "")}`,
      },
    ];
  });
}

/** "Microsoft.PowerShell.Core\Registry::HKEY_LOCAL_MACHINE\Software\WOW6432Node\…" → "HKLM32". */
function hiveOf(parent: string): string {
  const hive = /HKEY_CURRENT_USER|HKCU/i.test(parent) ? "HKCU" : "HKLM";
  return /WOW6432Node/i.test(parent) ? `${hive}32` : `${hive}64`;
}
