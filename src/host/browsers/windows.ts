import path from "node:path";
import type { Host } from "../host.js";
import type { BrowserDetection, BrowserId, BrowserProbeProblem, InstalledBrowser, ProbeOptions } from "./types.js";
import { compareVersions, parseVersion } from "./version.js";
import { defaultValue, hklmViews, queryRegistry, regValue, type RegKey, type RegQueryResult } from "../windows/registry.js";

const win = path.win32;

/**
 * Where browsers register and install themselves on Windows, read without starting
 * PowerShell or any browser (`chrome.exe --version` opens a browser window there):
 * - App Paths (HKLM in both registry views, and HKCU) name each browser's executable;
 * - the usual folders under Program Files, Program Files (x86) and LocalAppData;
 * - Chrome, Chromium and Edge keep each version in a folder named by it beside the
 *   executable ("…\Chrome\Application\120.0.6099.109"): the newest is the installed one;
 * - Firefox writes its version to application.ini beside firefox.exe ("Version=121.0");
 * - Opera and Opera GX install into versioned folders ("…\Programs\Opera\105.0.4970.21")
 *   next to launcher.exe;
 * - Chrome's BLBeacon "version" value (HKCU), written by Chrome itself — a fallback
 *   when no executable is found (e.g. a per-user install moved).
 */
export const APP_PATHS_KEY = "Software\\Microsoft\\Windows\\CurrentVersion\\App Paths";
export const CHROME_BEACON_KEY = "HKCU\\Software\\Google\\Chrome\\BLBeacon";
function appPathsSources(host: Host): Array<{ key: string; view?: 32 | 64 }> {
  return [...hklmViews(host).map((view) => ({ key: `HKLM\\${APP_PATHS_KEY}`, view })), { key: `HKCU\\${APP_PATHS_KEY}` }];
}

const APP_PATH_EXES: Readonly<Record<string, BrowserId>> = {
  "chrome.exe": "chrome",
  "opera.exe": "opera",
  "msedge.exe": "edge",
  "firefox.exe": "firefox",
};
const KNOWN: readonly BrowserId[] = ["chrome", "opera", "opera-gx", "chromium", "edge", "firefox"];
const FOUR_PART = /^\d+\.\d+\.\d+\.\d+$/;

/** Windows environment names are case-insensitive; a copied env object is not. */
export function winEnv(host: Host, name: string): string | undefined {
  const k = Object.keys(host.env).find((e) => e.toLowerCase() === name.toLowerCase());
  const v = k ? host.env[k] : undefined;
  return v?.trim() ? v : undefined;
}

/** Executables named in App Paths keys: "…\App Paths\chrome.exe" (default value) → chrome. */
export function appPathExecutables(keys: readonly RegKey[]): Array<{ browser: BrowserId; path: string }> {
  return keys.flatMap((k) => {
    const exe = k.path.split("\\").pop()!.toLowerCase();
    const browser = APP_PATH_EXES[exe];
    const value = defaultValue(k)
      ?.trim()
      .replace(/^"(.*)"$/, "$1");
    return browser && value ? [{ browser, path: value }] : [];
  });
}

/** Standard install folders, for browsers whose installer skipped App Paths. */
export function folderCandidates(host: Host): Array<{ browser: BrowserId; path: string }> {
  const bases = ["ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA"].map((n) => winEnv(host, n)).filter((b): b is string => !!b);
  return bases.flatMap((base) => [
    { browser: "chrome" as const, path: win.join(base, "Google\\Chrome\\Application\\chrome.exe") },
    { browser: "chromium" as const, path: win.join(base, "Chromium\\Application\\chrome.exe") },
    { browser: "edge" as const, path: win.join(base, "Microsoft\\Edge\\Application\\msedge.exe") },
    { browser: "firefox" as const, path: win.join(base, "Mozilla Firefox\\firefox.exe") },
  ]);
}

/** The newest "a.b.c.d" folder name in a listing (Chromium-family and Opera layout). */
export function newestVersionFolder(names: readonly string[]): string | undefined {
  return names
    .filter((n) => FOUR_PART.test(n))
    .sort(compareVersions)
    .pop();
}

/** "Version=121.0" in the [App] section of Firefox's application.ini. */
export function parseApplicationIni(text: string): string | undefined {
  let inApp = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (/^\[.*\]$/.test(line)) inApp = line.toLowerCase() === "[app]";
    else if (inApp) {
      const m = /^Version\s*=\s*(.+)$/i.exec(line);
      if (m) return parseVersion(m[1])?.text;
    }
  }
  return undefined;
}

async function versionOf(host: Host, browser: BrowserId, exe: string): Promise<string | undefined> {
  const dir = win.dirname(exe);
  if (browser === "firefox") {
    try {
      return parseApplicationIni(await host.fs.readText(win.join(dir, "application.ini"), { maxBytes: 64 * 1024 }));
    } catch {
      return undefined;
    }
  }
  // Opera's App Paths entry points at launcher.exe in the root that holds the version folders.
  return newestVersionFolder(await host.fs.list(dir));
}

function operaRoots(host: Host): Array<{ browser: BrowserId; root: string }> {
  const local = winEnv(host, "LOCALAPPDATA");
  const pf = winEnv(host, "ProgramFiles");
  return [
    ...(local
      ? [
          { browser: "opera" as const, root: win.join(local, "Programs\\Opera") },
          { browser: "opera-gx" as const, root: win.join(local, "Programs\\Opera GX") },
        ]
      : []),
    ...(pf
      ? [
          { browser: "opera" as const, root: win.join(pf, "Opera") },
          { browser: "opera-gx" as const, root: win.join(pf, "Opera GX") },
        ]
      : []),
  ];
}

export async function detectWindowsBrowsers(host: Host, opts: ProbeOptions): Promise<BrowserDetection> {
  const q = { timeoutMs: opts.timeoutMs, signal: opts.signal };
  const [appPaths, beacon] = await Promise.all([
    Promise.all(appPathsSources(host).map((s) => queryRegistry(host, s.key, { ...q, recursive: true, view: s.view }))),
    queryRegistry(host, CHROME_BEACON_KEY, q),
  ]);
  const candidates = [...appPaths.flatMap((r) => (r.ok ? appPathExecutables(r.keys) : [])), ...folderCandidates(host)];
  const found: InstalledBrowser[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const key = c.path.toLowerCase();
    if (seen.has(key) || !KNOWN.includes(c.browser)) continue;
    seen.add(key);
    if (!(await host.fs.exists(c.path))) continue;
    if (c.browser === "opera") {
      // App Paths' opera.exe is launcher.exe in the root that holds the version folders.
      const root = win.dirname(c.path);
      seen.add(root.toLowerCase());
      const browser: BrowserId = /opera gx/i.test(root) ? "opera-gx" : "opera";
      found.push({ browser, version: newestVersionFolder(await host.fs.list(root)), kind: "windows", source: root });
      continue;
    }
    found.push({ browser: c.browser, version: await versionOf(host, c.browser, c.path), kind: "windows", source: c.path });
  }
  for (const o of operaRoots(host)) {
    if (seen.has(o.root.toLowerCase())) continue;
    const version = newestVersionFolder(await host.fs.list(o.root));
    if (version) found.push({ browser: o.browser, version, kind: "windows", source: o.root });
  }
  const beaconVersion = beacon.ok ? parseVersion(regValue(beacon.keys[0], "version")) : undefined;
  if (beaconVersion && !found.some((f) => f.browser === "chrome")) {
    found.push({ browser: "chrome", version: beaconVersion.text, kind: "windows", source: CHROME_BEACON_KEY });
  }
  return { found, problems: found.length > 0 ? [] : registryProblems(appPaths) };
}

/**
 * Nothing found is an answer only when the registry was read: Windows always has App
 * Paths entries (Internet Explorer's, WordPad's). An unreadable or empty App Paths
 * with nothing on disk either is "could not check".
 */
function registryProblems(appPaths: readonly RegQueryResult[]): BrowserProbeProblem[] {
  const anyEntries = appPaths.some((r) => r.ok && r.keys.some((k) => k.values.length > 0));
  if (anyEntries) return [];
  const timedOut = appPaths.some((r) => !r.ok && /did not answer/.test(r.reason));
  return [{ source: `reg.exe query HKLM\\${APP_PATHS_KEY}`, problem: timedOut ? "timeout" : "crashed" }];
}

/**
 * Windows keeps the https handler the user chose as a ProgId: Windows 11 25H2 and later
 * write it only to UserChoiceLatest\ProgId (value "ProgId") and leave the legacy
 * UserChoice key stale; older Windows have only UserChoice. Both are read; the newer wins.
 */
export const URL_ASSOCIATION_HTTPS = "HKCU\\Software\\Microsoft\\Windows\\Shell\\Associations\\UrlAssociations\\https";

export type WindowsDefaultAnswer = { handler?: string; source: string; failed?: string; timedOut?: boolean };

/**
 * Reads both keys with reg.exe. A key that is missing is an answer (nobody chose);
 * a reg.exe that could not be asked is not.
 */
export async function readWindowsDefault(host: Host, o: { timeoutMs: number; signal?: AbortSignal }): Promise<WindowsDefaultAnswer> {
  const latestKey = `${URL_ASSOCIATION_HTTPS}\\UserChoiceLatest\\ProgId`;
  const legacyKey = `${URL_ASSOCIATION_HTTPS}\\UserChoice`;
  const [latest, legacy] = await Promise.all([queryRegistry(host, latestKey, o), queryRegistry(host, legacyKey, o)]);
  const progId = (r: RegQueryResult) => (r.ok ? regValue(r.keys[0], "ProgId")?.trim() || undefined : undefined);
  const handler = progId(latest) ?? progId(legacy);
  if (handler) return { handler, source: progId(latest) ? latestKey : legacyKey };
  const failures = [latest, legacy].filter((r): r is Extract<RegQueryResult, { ok: false }> => !r.ok && !r.missing);
  if (failures.length === 0) return { source: legacyKey };
  return { source: legacyKey, failed: failures[0]!.reason, timedOut: failures.some((f) => /did not answer/.test(f.reason)) };
}
