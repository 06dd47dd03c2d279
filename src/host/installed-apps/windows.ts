import type { Host } from "../host.js";
import { PartialAppListError, type AppListOptions, type InstalledApp } from "./types.js";
import { hklmViews, queryRegistry, regValue, type RegKey } from "../windows/registry.js";

/**
 * Windows: the Uninstall keys that "Apps & features" lists, read with reg.exe: the
 * machine's in the 64-bit and the 32-bit registry view (/reg:64, /reg:32 — the latter
 * is WOW6432Node, where 32-bit installers like most signers write) and the user's.
 */
export const UNINSTALL_KEY = "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall";
export function uninstallSources(host: Host): Array<{ source: string; key: string; view?: 32 | 64 }> {
  return [
    ...hklmViews(host).map((view) => ({ source: `HKLM${view ?? ""}`, key: `HKLM\\${UNINSTALL_KEY}`, view })),
    { source: "HKCU", key: `HKCU\\${UNINSTALL_KEY}` },
  ];
}

export async function listWindowsApps(host: Host, opts: AppListOptions): Promise<InstalledApp[]> {
  const answers = await Promise.all(
    uninstallSources(host).map(async (s) => ({
      s,
      r: await queryRegistry(host, s.key, { recursive: true, view: s.view, timeoutMs: opts.timeoutMs, signal: opts.signal }),
    })),
  );
  const apps: InstalledApp[] = [];
  const failures: string[] = [];
  for (const { s, r } of answers) {
    if (r.ok) apps.push(...appsFromUninstallKeys(r.keys, s.source));
    // A missing key is a real answer (no per-user installs, no 32-bit view on 32-bit Windows).
    else if (!r.missing) failures.push(`${s.source}: ${r.reason}`);
  }
  // Windows always lists something under Uninstall (its own components, runtimes,
  // drivers). Nothing at all means the registry was not read, not that nothing is
  // installed: "not installed" must never come from it.
  if (apps.length === 0) {
    throw new Error(
      failures.length > 0 ? `Uninstall keys unreadable: ${failures.join("; ")}` : "the Uninstall keys list no program at all",
    );
  }
  // A view that could not be read might hide the signer: what was read may still show
  // it, but its absence proves nothing.
  if (failures.length > 0) throw new PartialAppListError(`Uninstall keys partly unreadable: ${failures.join("; ")}`, dedupe(apps));
  return dedupe(apps);
}

/**
 * One app a subkey with a DisplayName (entries without one are hidden updates and
 * components that "Apps & features" does not show either).
 */
export function appsFromUninstallKeys(keys: readonly RegKey[], source: string): InstalledApp[] {
  return keys.flatMap((k) => {
    const name = regValue(k, "DisplayName")?.trim();
    if (!name) return [];
    const str = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
    return [
      {
        name,
        version: str(regValue(k, "DisplayVersion")),
        publisher: str(regValue(k, "Publisher")),
        location: str(regValue(k, "InstallLocation")),
        source: `registry:${source}`,
      },
    ];
  });
}

/** On 32-bit Windows /reg:32 and /reg:64 read the same keys: each app once. */
function dedupe(apps: InstalledApp[]): InstalledApp[] {
  const seen = new Set<string>();
  return apps.filter((a) => {
    const k = `${a.name}\u0000${a.version ?? ""}\u0000${a.location ?? ""}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
