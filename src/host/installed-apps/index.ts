import type { Host } from "../host.js";
import type { AppListOptions, InstalledApp } from "./types.js";
import { listWindowsApps } from "./windows.js";
import { listMacApps } from "./macos.js";
import { listLinuxApps } from "./linux.js";
import { UnsupportedPlatformError } from "../processes/index.js";

export type { AppListOptions, InstalledApp } from "./types.js";
export { PartialAppListError } from "./types.js";
export { appsFromUninstallKeys, uninstallSources } from "./windows.js";
export { parseDesktopEntry, parseDpkgQuery } from "./linux.js";

/** Programs installed on this computer, as the OS lists them. Throws when it cannot tell. */
export function listInstalledApps(host: Host, opts: AppListOptions): Promise<InstalledApp[]> {
  switch (host.platform.os) {
    case "win32":
      return listWindowsApps(host, opts);
    case "darwin":
      return listMacApps(host, opts);
    case "linux":
      return listLinuxApps(host, opts);
    default:
      throw new UnsupportedPlatformError("installed-program listing", host.platform.os);
  }
}
