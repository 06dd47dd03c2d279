import type { Host } from "../host.js";
import type { BrowserDetection, BrowserId, BrowserProbeProblem, InstalledBrowser, ProbeOptions } from "./types.js";
import { parseVersion } from "./version.js";

/** Application bundles by their folder name in /Applications or ~/Applications. */
export const MACOS_APPS: ReadonlyArray<{ browser: BrowserId; app: string }> = [
  { browser: "chrome", app: "Google Chrome.app" },
  { browser: "opera", app: "Opera.app" },
  { browser: "opera-gx", app: "Opera GX.app" },
  { browser: "chromium", app: "Chromium.app" },
  { browser: "edge", app: "Microsoft Edge.app" },
  { browser: "firefox", app: "Firefox.app" },
];

/**
 * `defaults read <bundle>/Contents/Info CFBundleShortVersionString` prints the value
 * alone on a line ("120.0.6099.109"); a missing key prints an error on stderr and exits 1.
 */
export function parseDefaultsVersion(stdout: string): string | undefined {
  return parseVersion(stdout.trim())?.text;
}

export async function detectMacBrowsers(host: Host, opts: ProbeOptions): Promise<BrowserDetection> {
  const dirs = ["/Applications", `${host.platform.homedir}/Applications`];
  const found: InstalledBrowser[] = [];
  const problems: BrowserProbeProblem[] = [];
  await Promise.all(
    MACOS_APPS.flatMap(({ browser, app }) =>
      dirs.map(async (dir) => {
        const bundle = `${dir}/${app}`;
        if (!(await host.fs.exists(`${bundle}/Contents/Info.plist`))) return;
        const r = await host.exec("defaults", ["read", `${bundle}/Contents/Info`, "CFBundleShortVersionString"], {
          timeoutMs: opts.timeoutMs,
          signal: opts.signal,
        });
        if (r.timedOut) {
          problems.push({ browser, source: bundle, problem: "timeout" });
          return;
        }
        found.push({ browser, version: r.exitCode === 0 ? parseDefaultsVersion(r.stdout) : undefined, kind: "macos", source: bundle });
      }),
    ),
  );
  return { found, problems };
}

/**
 * The https handler from `defaults read com.apple.LaunchServices/com.apple.launchservices.secure LSHandlers`,
 * an old-style plist array of dictionaries such as
 *   { LSHandlerPreferredVersions = { LSHandlerRoleAll = "-"; }; LSHandlerRoleAll = "com.google.chrome"; LSHandlerURLScheme = https; }
 * The nested LSHandlerPreferredVersions dictionary carries a "-" placeholder that is not the handler.
 */
export function parseLaunchServicesHandler(stdout: string, scheme = "https"): string | undefined {
  // Drop the nested placeholder dictionaries first so each handler entry is flat.
  const flat = stdout.replace(/LSHandlerPreferredVersions\s*=\s*\{[^{}]*\};/g, "");
  for (const block of flat.match(/\{[^{}]*\}/g) ?? []) {
    const s = /LSHandlerURLScheme\s*=\s*"?([^";\s]+)"?\s*;/.exec(block);
    if (!s || s[1]!.toLowerCase() !== scheme) continue;
    const role = /LSHandlerRoleAll\s*=\s*"?([^";\n]+?)"?\s*;/.exec(block);
    if (role && role[1] !== "-") return role[1]!.trim();
  }
  return undefined;
}
