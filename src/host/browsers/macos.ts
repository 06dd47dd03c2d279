import type { Host } from "../host.js";
import type { BrowserDetection, BrowserId, BrowserProbeProblem, InstalledBrowser, ProbeOptions } from "./types.js";
import { parseVersion } from "./version.js";
import { parsePlist, type PlistValue } from "./plist.js";

/** Application bundles by their folder name in /Applications or ~/Applications. */
export const MACOS_APPS: ReadonlyArray<{ browser: BrowserId; app: string }> = [
  { browser: "chrome", app: "Google Chrome.app" },
  { browser: "opera", app: "Opera.app" },
  { browser: "opera-gx", app: "Opera GX.app" },
  { browser: "chromium", app: "Chromium.app" },
  { browser: "edge", app: "Microsoft Edge.app" },
  { browser: "firefox", app: "Firefox.app" },
];

/** CFBundleShortVersionString of a bundle's Info.plist (XML or binary), e.g. "120.0.6099.109". */
export function bundleVersion(infoPlist: Buffer): string | undefined {
  const root = parsePlist(infoPlist);
  if (!root || typeof root !== "object" || Array.isArray(root) || Buffer.isBuffer(root) || root instanceof Date) return undefined;
  const v = root.CFBundleShortVersionString ?? root.CFBundleVersion;
  return typeof v === "string" ? parseVersion(v)?.text : undefined;
}

/**
 * Each bundle's Contents/Info.plist is read as a file: no `defaults`, no browser started.
 * An Info.plist that cannot be read or parsed still means the browser is there.
 */
export async function detectMacBrowsers(host: Host, opts: ProbeOptions): Promise<BrowserDetection> {
  const dirs = ["/Applications", `${host.platform.homedir}/Applications`];
  const found: InstalledBrowser[] = [];
  const problems: BrowserProbeProblem[] = [];
  await Promise.all(
    MACOS_APPS.flatMap(({ browser, app }) =>
      dirs.map(async (dir) => {
        const bundle = `${dir}/${app}`;
        const info = `${bundle}/Contents/Info.plist`;
        if (!(await host.fs.exists(info))) return;
        let version: string | undefined;
        try {
          version = bundleVersion(await host.fs.readFile(info, { maxBytes: 1024 * 1024, signal: opts.signal }));
        } catch {
          version = undefined;
        }
        found.push({ browser, version, kind: "macos", source: bundle });
      }),
    ),
  );
  return { found, problems };
}

/** Where LaunchServices keeps the user's handler choices (a binary plist with an LSHandlers array). */
export const LAUNCH_SERVICES_PLIST = "Library/Preferences/com.apple.LaunchServices/com.apple.launchservices.secure.plist";

/** The LSHandlerRoleAll of the LSHandlers entry whose LSHandlerURLScheme is `scheme`. */
export function launchServicesHandler(plist: PlistValue, scheme = "https"): string | undefined {
  const handlers =
    plist && typeof plist === "object" && !Array.isArray(plist) && !Buffer.isBuffer(plist) && !(plist instanceof Date)
      ? plist.LSHandlers
      : undefined;
  if (!Array.isArray(handlers)) return undefined;
  for (const h of handlers) {
    if (!h || typeof h !== "object" || Array.isArray(h) || Buffer.isBuffer(h) || h instanceof Date) continue;
    if (typeof h.LSHandlerURLScheme !== "string" || h.LSHandlerURLScheme.toLowerCase() !== scheme) continue;
    if (typeof h.LSHandlerRoleAll === "string" && h.LSHandlerRoleAll !== "-") return h.LSHandlerRoleAll;
  }
  return undefined;
}
