import type { Host } from "../host.js";
import type { BrowserDetection, BrowserId, BrowserProbeProblem, InstallKind, InstalledBrowser, ProbeOptions } from "./types.js";
import { parseVersion } from "./version.js";

/** Commands a browser package puts on PATH, in the order tried (first answer wins). */
export const LINUX_COMMANDS: ReadonlyArray<{ browser: BrowserId; commands: readonly string[] }> = [
  { browser: "chrome", commands: ["google-chrome", "google-chrome-stable"] },
  { browser: "opera", commands: ["opera", "opera-stable"] },
  { browser: "chromium", commands: ["chromium", "chromium-browser"] },
  { browser: "edge", commands: ["microsoft-edge", "microsoft-edge-stable"] },
  { browser: "firefox", commands: ["firefox", "firefox-esr"] },
];

/** Snap package names; their launchers live in /snap/bin. */
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

/** Finds `command` in the host's PATH the way a shell would, without running anything. */
export async function whichOnPath(host: Host, command: string): Promise<string | undefined> {
  const path = host.env.PATH ?? "";
  for (const dir of path.split(":")) {
    if (!dir) continue;
    const candidate = `${dir.replace(/\/+$/, "")}/${command}`;
    const st = await host.fs.stat(candidate);
    if (st?.isFile) return candidate;
  }
  return undefined;
}

type Probe = { found?: InstalledBrowser; problem?: BrowserProbeProblem };

/** Runs `<path> --version` with a deadline; a hang is a timeout for this browser only. */
async function probeVersion(host: Host, browser: BrowserId, path: string, kind: InstallKind, opts: ProbeOptions): Promise<Probe> {
  const r = await host.exec(path, ["--version"], {
    timeoutMs: opts.timeoutMs,
    signal: opts.signal,
    maxOutputBytes: 64 * 1024,
  });
  if (r.notFound) return {};
  if (r.timedOut) return { problem: { browser, source: path, problem: "timeout" } };
  const version = parseVersion(r.stdout) ?? (r.exitCode === 0 ? parseVersion(r.stderr) : undefined);
  if (!version && (r.signal || r.exitCode !== 0)) return { problem: { browser, source: path, problem: "crashed" } };
  return { found: { browser, version: version?.text, kind, source: path } };
}

/** `flatpak list` with columns prints "app-id<TAB>version" lines and no header when piped. */
export function parseFlatpakList(stdout: string): Map<string, string> {
  const apps = new Map<string, string>();
  for (const line of stdout.split(/\r?\n/)) {
    const [app, version] = line.split("\t").map((s) => s.trim());
    if (app) apps.set(app, version ?? "");
  }
  return apps;
}

/**
 * Linux: each browser's own `--version` (through PATH, then /snap/bin), and flatpak's
 * application list. All probes run at once; each has its own deadline.
 */
export async function detectLinuxBrowsers(host: Host, opts: ProbeOptions): Promise<BrowserDetection> {
  const probes: Array<Promise<Probe[]>> = [];
  for (const { browser, commands } of LINUX_COMMANDS) {
    probes.push(
      (async () => {
        for (const command of commands) {
          const path = await whichOnPath(host, command);
          if (!path) continue;
          const kind: InstallKind = path.startsWith("/snap/bin/") ? "snap" : "package";
          const p = await probeVersion(host, browser, path, kind, opts);
          if (p.found || p.problem) return [p];
        }
        return [];
      })(),
    );
  }
  for (const { browser, snap } of LINUX_SNAPS) {
    probes.push(
      (async () => {
        const path = `/snap/bin/${snap}`;
        if (!(await host.fs.exists(path))) return [];
        return [await probeVersion(host, browser, path, "snap", opts)];
      })(),
    );
  }
  probes.push(
    (async () => {
      const r = await host.exec("flatpak", ["list", "--app", "--columns=application,version"], {
        timeoutMs: opts.timeoutMs,
        signal: opts.signal,
      });
      if (r.notFound || r.timedOut || r.exitCode !== 0) return [];
      const apps = parseFlatpakList(r.stdout);
      const out: Probe[] = [];
      for (const { browser, app } of LINUX_FLATPAKS) {
        if (!apps.has(app)) continue;
        out.push({ found: { browser, version: parseVersion(apps.get(app))?.text, kind: "flatpak", source: `flatpak:${app}` } });
      }
      return out;
    })(),
  );
  const results = (await Promise.all(probes)).flat();
  return dedupe(results);
}

/**
 * The same installation seen twice counts once: Ubuntu's /usr/bin/chromium-browser is a
 * wrapper that starts the snap, so it reports the snap's version; the snap entry wins
 * because its update step (snap refresh) is the one that works.
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
