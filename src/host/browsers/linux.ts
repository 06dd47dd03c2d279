import type { Host } from "../host.js";
import type { BrowserDetection, BrowserId, BrowserProbeProblem, InstalledBrowser, ProbeOptions } from "./types.js";
import { compareVersions, parseVersion } from "./version.js";
import { readDpkgStatus, upstreamVersion } from "../linux/dpkg-status.js";

/**
 * Linux browsers are found from files only. Starting a browser for `--version` costs
 * about a second (Debian's chromium wrapper alone runs a dozen shell tools) and, on a
 * citizen's desktop, may open a window; the package databases already know the version.
 */

/** Debian/Ubuntu package names (the .deb of each vendor's own repository, and Debian's). */
export const LINUX_PACKAGES: ReadonlyArray<{ browser: BrowserId; packages: readonly string[] }> = [
  { browser: "chrome", packages: ["google-chrome-stable"] },
  { browser: "opera", packages: ["opera-stable"] },
  { browser: "chromium", packages: ["chromium", "chromium-browser"] },
  { browser: "edge", packages: ["microsoft-edge-stable"] },
  { browser: "firefox", packages: ["firefox-esr", "firefox"] },
];

/** Commands a browser puts on PATH: seen there without any package record, it is a manual install. */
export const LINUX_COMMANDS: ReadonlyArray<{ browser: BrowserId; commands: readonly string[] }> = [
  { browser: "chrome", commands: ["google-chrome", "google-chrome-stable"] },
  { browser: "opera", commands: ["opera", "opera-stable"] },
  { browser: "chromium", commands: ["chromium", "chromium-browser"] },
  { browser: "edge", commands: ["microsoft-edge", "microsoft-edge-stable"] },
  { browser: "firefox", commands: ["firefox", "firefox-esr"] },
];

/** Snap package names. */
export const LINUX_SNAPS: ReadonlyArray<{ browser: BrowserId; snap: string }> = [
  { browser: "chromium", snap: "chromium" },
  { browser: "opera", snap: "opera" },
  { browser: "firefox", snap: "firefox" },
];

/** Flatpak application ids (Flathub). */
export const LINUX_FLATPAKS: ReadonlyArray<{ browser: BrowserId; app: string }> = [
  { browser: "chrome", app: "com.google.Chrome" },
  { browser: "opera", app: "com.opera.Opera" },
  { browser: "chromium", app: "org.chromium.Chromium" },
  { browser: "edge", app: "com.microsoft.Edge" },
  { browser: "firefox", app: "org.mozilla.firefox" },
];

/**
 * Where snaps are mounted: /snap on Debian and Ubuntu, /var/lib/snapd/snap on Fedora and
 * Arch. `current` is snapd's symlink to the active revision.
 */
export const SNAP_ROOTS: readonly string[] = ["/snap", "/var/lib/snapd/snap"];

/** Finds `command` in the host's PATH the way a shell would, without running anything. */
export async function whichOnPath(host: Host, command: string): Promise<string | undefined> {
  const candidates = (host.env.PATH ?? "")
    .split(":")
    .filter(Boolean)
    .map((dir) => `${dir.replace(/\/+$/, "")}/${command}`);
  // Every folder at once, the first in PATH order wins: one after the other, each look
  // waited for a turn of an event loop that other checks keep busy (a dozen folders
  // times eight commands made browser detection the slowest check of a run).
  const stats = await Promise.all(candidates.map((c) => host.fs.stat(c)));
  return candidates[stats.findIndex((st) => st?.isFile)];
}

/**
 * The top-level `version:` of a snap's meta/snap.yaml (snapcraft's documented format:
 * `name: chromium`, `version: 120.0.6099.109`, maybe quoted). Nested keys are indented
 * and ignored.
 */
export function parseSnapYamlVersion(text: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const m = /^version:\s*(?:"([^"]*)"|'([^']*)'|([^#\s][^#]*?))\s*(?:#.*)?$/.exec(line);
    if (m) return parseVersion(m[1] ?? m[2] ?? m[3])?.text;
  }
  return undefined;
}

/**
 * The newest release in AppStream metainfo (`<releases><release version="…" date="…"/>`):
 * the specification orders releases newest first, but the highest version is taken in
 * case a file does not.
 */
export function parseMetainfoVersion(xml: string): string | undefined {
  const versions = [...xml.matchAll(/<release\b[^>]*\bversion\s*=\s*["']([^"']+)["']/g)]
    .map((m) => parseVersion(m[1])?.text)
    .filter((v): v is string => !!v);
  if (versions.length === 0) return undefined;
  return versions.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
}

type Probe = { found?: InstalledBrowser; problem?: BrowserProbeProblem };

/** dpkg's status file: version of each browser package that is installed. */
async function fromDpkg(host: Host, opts: ProbeOptions): Promise<Probe[]> {
  const read = await readDpkgStatus(host, { signal: opts.signal });
  if (!read.ok) return [];
  const out: Probe[] = [];
  for (const { browser, packages } of LINUX_PACKAGES) {
    for (const name of packages) {
      const pkg = read.packages.get(name);
      if (!pkg) continue;
      // Ubuntu's chromium-browser and firefox debs are stubs that install the snap
      // ("2:1snap1-0ubuntu2"): the snap is the browser, and it is read from its own file.
      if (/snap/.test(pkg.version)) continue;
      const version = parseVersion(upstreamVersion(pkg.version))?.text;
      out.push({ found: { browser, version, kind: "package", source: `${read.path}: ${name}` } });
      break;
    }
  }
  return out;
}

async function fromSnaps(host: Host, opts: ProbeOptions, roots: readonly string[]): Promise<Probe[]> {
  const out: Probe[] = [];
  await Promise.all(
    LINUX_SNAPS.map(async ({ browser, snap }) => {
      for (const root of roots) {
        const file = `${root}/${snap}/current/meta/snap.yaml`;
        let text: string;
        try {
          text = await host.fs.readText(file, { maxBytes: 256 * 1024, signal: opts.signal });
        } catch {
          continue;
        }
        out.push({ found: { browser, version: parseSnapYamlVersion(text), kind: "snap", source: file } });
        return;
      }
    }),
  );
  return out;
}

/**
 * Flatpak installations: the system one ($FLATPAK_SYSTEM_DIR, default /var/lib/flatpak)
 * and the user's ($FLATPAK_USER_DIR, default $XDG_DATA_HOME/flatpak), both documented
 * by flatpak(1). `app/<id>/current/active` is the deployed build; its metainfo carries
 * the release version.
 */
async function fromFlatpaks(host: Host, opts: ProbeOptions): Promise<Probe[]> {
  const dataHome = host.env.XDG_DATA_HOME?.startsWith("/") ? host.env.XDG_DATA_HOME : `${host.platform.homedir}/.local/share`;
  const dirs = [host.env.FLATPAK_SYSTEM_DIR || "/var/lib/flatpak", host.env.FLATPAK_USER_DIR || `${dataHome}/flatpak`];
  const out: Probe[] = [];
  await Promise.all(
    LINUX_FLATPAKS.flatMap(({ browser, app }) =>
      dirs.map(async (dir) => {
        const active = `${dir}/app/${app}/current/active`;
        if (!(await host.fs.exists(`${active}/metadata`))) return;
        let version: string | undefined;
        for (const meta of [`${active}/files/share/metainfo/${app}.metainfo.xml`, `${active}/files/share/appdata/${app}.appdata.xml`]) {
          try {
            version = parseMetainfoVersion(await host.fs.readText(meta, { maxBytes: 1024 * 1024, signal: opts.signal }));
            if (version) break;
          } catch {
            /* not there: try the older name */
          }
        }
        out.push({ found: { browser, version, kind: "flatpak", source: `flatpak:${app}` } });
      }),
    ),
  );
  return out;
}

/**
 * A browser command on PATH that no package database accounts for (an RPM-based
 * system, a hand-unpacked archive): installed, version unknown, never started.
 */
async function fromPath(host: Host, known: ReadonlySet<BrowserId>): Promise<Probe[]> {
  const perBrowser = await Promise.all(
    LINUX_COMMANDS.filter(({ browser }) => !known.has(browser)).map(async ({ browser, commands }): Promise<Probe | undefined> => {
      const paths = await Promise.all(commands.map((command) => whichOnPath(host, command)));
      // The first command found; /snap/bin launchers belong to snaps, which were read above.
      const path = paths.find((p) => p !== undefined && !p.startsWith("/snap/bin/"));
      return path ? { found: { browser, version: undefined, kind: "package", source: path } } : undefined;
    }),
  );
  return perBrowser.filter((p): p is Probe => p !== undefined);
}

/**
 * Linux: dpkg's status file, snaps' snap.yaml, flatpak metainfo, then PATH. No process
 * is started. `snapRoots` exists for tests: snapd has no documented override of /snap
 * (dpkg and flatpak do: DPKG_ADMINDIR, FLATPAK_SYSTEM_DIR, FLATPAK_USER_DIR).
 */
export async function detectLinuxBrowsers(
  host: Host,
  opts: ProbeOptions,
  where: { snapRoots?: readonly string[] } = {},
): Promise<BrowserDetection> {
  const snaps = fromSnaps(host, opts, where.snapRoots ?? SNAP_ROOTS);
  const results = (await Promise.all([fromDpkg(host, opts), snaps, fromFlatpaks(host, opts)])).flat();
  const known = new Set(results.flatMap((r) => (r.found ? [r.found.browser] : [])));
  results.push(...(await fromPath(host, known)));
  return dedupe(results);
}

/**
 * The same installation seen twice counts once; the snap entry wins over a package of
 * the same version because its update step (snap refresh) is the one that works.
 */
function dedupe(results: Probe[]): BrowserDetection {
  const found: InstalledBrowser[] = [];
  const problems: BrowserProbeProblem[] = [];
  for (const r of results) {
    if (r.found) {
      const f = r.found;
      const same = found.findIndex((x) => x.browser === f.browser && x.version === f.version && x.version !== undefined);
      if (same < 0) found.push(f);
      else if (f.kind === "snap" && found[same]!.kind === "package") found[same] = f;
    } else if (r.problem) {
      if (!problems.some((p) => p.source === r.problem!.source)) problems.push(r.problem);
    }
  }
  return { found, problems };
}
