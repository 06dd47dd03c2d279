import type { DriverFamily } from "./drivers.js";
import type { Host } from "../../host/host.js";

/**
 * Where each driver family installs its PKCS#11 module, per operating system. The
 * check probes every path that exists; `--module` replaces this list. Sources:
 * OpenSC — Debian package opensc-pkcs11 file list (/usr/lib/<triplet>/opensc-pkcs11.so),
 * Fedora opensc (/usr/lib64), the OpenSC Windows MSI and macOS pkg installers
 * (OpenSC wiki "Installation"); SafeNet — SafeNet Authentication Client 10.x
 * administrator guides (eTPKCS11.dll in System32, /usr/lib/libeTPkcs11.so,
 * /usr/local/lib/libeTPkcs11.dylib) and Thales IDPrime (IDPrimePKCS11); Feitian —
 * ePass2003 middleware installers (eps2003csp11.dll and eps2003csp11v2.dll in
 * System32, libcastle on Linux/macOS); Bit4id — Universal Middleware (bit4ipki);
 * Rutoken — Aktiv rtPKCS11ECP; JaCarta — Aladdin R.D. jcPKCS11-2. The Windows and
 * vendor paths are the ones public PKCS#11 integrations use for these products.
 */
export interface ModuleCatalogueEntry {
  family: DriverFamily;
  os: "linux" | "win32" | "darwin";
  /** Absolute paths; on Windows "%SystemRoot%" and "%ProgramFiles%" are expanded. */
  paths: readonly string[];
}

export const MODULE_CATALOGUE: readonly ModuleCatalogueEntry[] = [
  // Linux
  {
    family: "opensc",
    os: "linux",
    paths: [
      "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
      "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so",
      "/usr/lib64/opensc-pkcs11.so",
      "/usr/lib/opensc-pkcs11.so",
    ],
  },
  { family: "safenet", os: "linux", paths: ["/usr/lib/libeTPkcs11.so", "/usr/lib64/libeTPkcs11.so"] },
  {
    family: "idprime",
    os: "linux",
    paths: ["/usr/lib/libIDPrimePKCS11.so", "/usr/lib/x86_64-linux-gnu/libIDPrimePKCS11.so", "/usr/lib64/libIDPrimePKCS11.so"],
  },
  { family: "feitian", os: "linux", paths: ["/usr/lib/libcastle.so.1.0.0", "/usr/local/lib/libcastle.so.1.0.0", "/usr/lib/libcastle.so"] },
  { family: "bit4id", os: "linux", paths: ["/usr/lib/libbit4ipki.so", "/usr/lib/bit4id/libbit4ipki.so"] },
  { family: "rutoken", os: "linux", paths: ["/usr/lib/librtpkcs11ecp.so", "/usr/lib64/librtpkcs11ecp.so"] },
  { family: "jacarta", os: "linux", paths: ["/usr/lib/libjcPKCS11-2.so", "/usr/lib/x86_64-linux-gnu/libjcPKCS11-2.so"] },
  // Windows
  { family: "safenet", os: "win32", paths: ["%SystemRoot%\\System32\\eTPKCS11.dll"] },
  { family: "idprime", os: "win32", paths: ["%SystemRoot%\\System32\\IDPrimePKCS11.dll"] },
  {
    family: "feitian",
    os: "win32",
    paths: ["%SystemRoot%\\System32\\eps2003csp11.dll", "%SystemRoot%\\System32\\eps2003csp11v2.dll"],
  },
  { family: "bit4id", os: "win32", paths: ["%SystemRoot%\\System32\\bit4ipki.dll"] },
  { family: "rutoken", os: "win32", paths: ["%SystemRoot%\\System32\\rtPKCS11ECP.dll"] },
  { family: "jacarta", os: "win32", paths: ["%SystemRoot%\\System32\\jcPKCS11-2.dll"] },
  { family: "opensc", os: "win32", paths: ["%ProgramFiles%\\OpenSC Project\\OpenSC\\pkcs11\\opensc-pkcs11.dll"] },
  // macOS
  { family: "safenet", os: "darwin", paths: ["/usr/local/lib/libeTPkcs11.dylib"] },
  { family: "idprime", os: "darwin", paths: ["/usr/local/lib/libIDPrimePKCS11.dylib"] },
  { family: "feitian", os: "darwin", paths: ["/usr/local/lib/libcastle.1.0.0.dylib", "/usr/local/lib/libeps2003csp11.dylib"] },
  { family: "bit4id", os: "darwin", paths: ["/usr/local/lib/libbit4ipki.dylib"] },
  { family: "rutoken", os: "darwin", paths: ["/Library/Frameworks/rtpkcs11ecp.framework/rtpkcs11ecp"] },
  { family: "jacarta", os: "darwin", paths: ["/usr/local/lib/libjcPKCS11-2.dylib"] },
  {
    family: "opensc",
    os: "darwin",
    paths: ["/Library/OpenSC/lib/opensc-pkcs11.so", "/opt/homebrew/lib/opensc-pkcs11.so", "/usr/local/lib/opensc-pkcs11.so"],
  },
];

export interface CandidateModule {
  path: string;
  family?: DriverFamily;
  /** Typed by the user (--module): judged as typed, a wrong file is a wrong path, not a broken driver. */
  given?: boolean;
  /** Found by discovery (not in the catalogue): where it was found. */
  discovered?: string;
  /** Discovered, but built for another processor than this program's ("x86 (32-bit)"): said, never loaded. */
  wrongArch?: string;
}

/** The catalogue's paths for this OS, with Windows variables expanded. */
export function cataloguePaths(os: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): CandidateModule[] {
  const systemRoot = env.SystemRoot ?? env.SYSTEMROOT ?? "C:\\Windows";
  const programFiles = env.ProgramFiles ?? env.PROGRAMFILES ?? "C:\\Program Files";
  return MODULE_CATALOGUE.filter((e) => e.os === os).flatMap((e) =>
    e.paths.map((p) => ({
      path: p.replace("%SystemRoot%", systemRoot).replace("%ProgramFiles%", programFiles),
      family: e.family,
    })),
  );
}

/**
 * The modules to probe: every --module given (they replace the catalogue, each probed
 * even if missing, so that a wrong path is named), else every catalogue path that
 * exists, a module reached through several paths (symlinks) once; when none exists,
 * the modules discovered (`discoveredModules`), found once per run (the run's start
 * and the token check both ask).
 */
export async function candidateModules(host: Host, given: readonly string[], o: DiscoveryOptions = {}): Promise<CandidateModule[]> {
  if (given.length > 0) return given.map((path) => ({ path, given: true }));
  const seen = new Set<string>();
  const out: CandidateModule[] = [];
  for (const c of cataloguePaths(host.platform.os, host.env)) {
    if (!(await host.fs.exists(c.path))) continue;
    const real = (await host.fs.realPath(c.path)) ?? c.path;
    if (seen.has(real)) continue;
    seen.add(real);
    out.push(c);
  }
  if (out.length > 0) return out;
  // No known vendor's module: look for the driver nobody listed (#19.14), e.g. the
  // "SİMA Token driver", whose module's file name is published nowhere.
  let discovery = discoveries.get(host);
  if (!discovery) {
    discovery = discoveredModules(host, o);
    discoveries.set(host, discovery);
  }
  for (const d of await discovery) {
    if (out.length >= MAX_DISCOVERED) break;
    if (!(await host.fs.exists(d.path))) continue;
    const real = (await host.fs.realPath(d.path)) ?? d.path;
    if (seen.has(real)) continue;
    seen.add(real);
    out.push(d);
  }
  return out;
}

export interface DiscoveryOptions {
  /** The run's per-check timeout: discovery takes at most half of it. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** At most this many discovered modules are probed (each in its own child process). */
export const MAX_DISCOVERED = 6;

const discoveries = new WeakMap<Host, Promise<CandidateModule[]>>();

/** How far the Windows/macOS search went: files read, why it stopped early, what could not be read. */
export interface DiscoverySummary {
  filesRead: number;
  stopped?: string;
  problems: string[];
}

const summaries = new WeakMap<Host, DiscoverySummary>();

/** This run's search on Windows or macOS, once it has run (for "no driver found" to show how far it looked). */
export function discoverySummary(host: Host): DiscoverySummary | undefined {
  return summaries.get(host);
}

/**
 * Modules found rather than known by path: on Linux those registered with p11-kit; on
 * Windows and macOS the libraries exporting C_GetFunctionList in the folders drivers
 * install into (src/host/pkcs11/module-scan.ts). A module built for another processor
 * than this program's is kept only when no loadable one is found, to say so
 * (MODULE_WRONG_ARCH) rather than "no driver installed"; it is never loaded.
 */
async function discoveredModules(host: Host, o: DiscoveryOptions): Promise<CandidateModule[]> {
  if (host.platform.os === "linux") {
    const { registeredModules, defaultP11KitRegistry } = await import("../../host/pkcs11/p11kit-registry.js");
    const registry = host.pkcs11Registry ?? defaultP11KitRegistry(host.platform.arch);
    return (await registeredModules(host, registry)).map((m) => ({ path: m.path, discovered: `p11-kit:${m.source}` }));
  }
  if (host.platform.os === "win32" || host.platform.os === "darwin") {
    const { discoverModuleFiles } = await import("../../host/pkcs11/module-scan.js");
    const timeoutMs = Math.max(1_000, (o.timeoutMs ?? 5_000) / 2);
    const found = await discoverModuleFiles(host, { timeoutMs, signal: o.signal, maxFound: MAX_DISCOVERED });
    summaries.set(host, { filesRead: found.filesRead, stopped: found.stopped, problems: found.problems });
    const list = found.modules.length > 0 ? found.modules : found.wrongArch;
    return list.map((m) => ({ path: m.path, discovered: m.source, wrongArch: m.wrongArch }));
  }
  return [];
}
