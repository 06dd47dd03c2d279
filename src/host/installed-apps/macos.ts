import type { Host } from "../host.js";
import type { AppListOptions, InstalledApp } from "./types.js";

/** macOS: the .app bundles in /Applications and ~/Applications (one level deep). */
export async function listMacApps(host: Host, _opts: AppListOptions): Promise<InstalledApp[]> {
  const dirs = ["/Applications", `${host.platform.homedir}/Applications`];
  const out: InstalledApp[] = [];
  for (const dir of dirs) {
    for (const entry of await host.fs.list(dir)) {
      if (entry.endsWith(".app")) out.push({ name: entry.slice(0, -4), location: `${dir}/${entry}`, source: "applications" });
    }
  }
  return out;
}
