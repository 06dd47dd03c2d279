import type { Host, RangeFile } from "../host.js";
import { listInstalledApps, PartialAppListError, type InstalledApp } from "../installed-apps/index.js";
import { foldedIncludes, foldForMatch } from "../windows/registry.js";
import { machOCpuOf, machOExports } from "./macho-exports.js";
import { PE_MACHINE, peExports } from "./pe-exports.js";

/**
 * Finding the PKCS#11 module nobody listed (#19.14) on Windows and macOS: the
 * "SİMA Token driver" publishes no file name, so the module catalogue cannot name it.
 * A PKCS#11 module is the library that exports C_GetFunctionList (PKCS#11 v2.40 §5.2:
 * the one entry point every module exports by name); libraries are looked for in the
 * folders drivers install into and each is judged by its export table, read from the
 * file's bytes (pe-exports.ts, macho-exports.ts), never by loading it: loading runs the
 * library's own code, and a folder such as System32 holds thousands.
 *
 * Everything is bounded: folders listed, names looked at per folder, files read (only
 * headers and the export table, through FileHost.readRanges, which opens regular files
 * only), bytes per file, a deadline and the caller's AbortSignal; the loop yields to the
 * event loop as it goes. What a cut-short scan did not reach is said (`stopped`).
 */
export interface ScanRoot {
  dir: string;
  /** Levels of subfolders looked into below `dir` (0: `dir` itself only). */
  depth: number;
  /** Where the folder came from, shown with what is found there ("System32", "InstallLocation of …"). */
  source: string;
}

export interface ScanLimits {
  /** Folders listed in all. */
  maxDirs: number;
  /** Candidate names taken per folder (the most module-like first). */
  maxFilesPerDir: number;
  /** Subfolders followed per folder. */
  maxSubdirsPerDir: number;
  /** Files whose bytes are read, in all. */
  maxFiles: number;
  /** Bytes read of one file, in all its ranges. */
  maxBytesPerFile: number;
  /** Date.now() past which the scan stops. */
  deadline: number;
  signal?: AbortSignal;
}

export type Inspection = { kind: "module" } | { kind: "wrong-arch"; arch: string } | { kind: "none" };

export interface FoundModule {
  path: string;
  source: string;
  /** Exports C_GetFunctionList, but for another processor than this program's: it cannot load it. */
  wrongArch?: string;
}

export interface ScanResult {
  /** Modules this program can load, in the order found. */
  modules: FoundModule[];
  /** Modules for another processor (kept to say so when no loadable one is found). */
  wrongArch: FoundModule[];
  filesRead: number;
  /** Why the scan ended before it had looked everywhere. */
  stopped?: "deadline" | "aborted" | "file limit" | "folder limit" | "enough found";
}

export interface ScanOptions {
  /** Whether a file of this name, in this folder, may be a module (by its name alone). */
  isCandidate(name: string, dir: string): boolean;
  /** Reads a candidate's bytes: a module, one for another processor, or not a module. */
  inspect(file: RangeFile): Promise<Inspection>;
  /** Names that look like a module's are read first (a cut-short scan has read them). */
  looksLikeModule?(name: string): boolean;
  /** The path separator of the OS scanned. */
  sep: string;
  /** Loadable modules wanted: the scan stops when it has this many. */
  maxFound: number;
  limits: ScanLimits;
}

/** Names a PKCS#11 module file tends to carry (eTPKCS11, rtPKCS11ECP, eps2003csp11, bit4ipki, opensc-pkcs11, …). */
const MODULE_LIKE = /p11|pkcs|cryptoki|csp11|pki|token|sima|imza|castle/i;

export function looksLikeModuleName(name: string): boolean {
  return MODULE_LIKE.test(name);
}

const YIELD_EVERY = 32;
/** Names of one folder looked at to find its subfolders. */
const MAX_STATS_PER_DIR = 256;

export async function scanForModules(host: Host, roots: readonly ScanRoot[], o: ScanOptions): Promise<ScanResult> {
  const result: ScanResult = { modules: [], wrongArch: [], filesRead: 0 };
  const seen = new Set<string>();
  let dirsListed = 0;
  let steps = 0;
  const stop = (why: ScanResult["stopped"]): ScanResult => ({ ...result, stopped: why });
  const join = (dir: string, name: string) => (dir.endsWith(o.sep) ? dir + name : dir + o.sep + name);

  for (const root of roots) {
    const queue: Array<{ dir: string; depth: number }> = [{ dir: root.dir, depth: root.depth }];
    while (queue.length > 0) {
      const { dir, depth } = queue.shift()!;
      if (o.limits.signal?.aborted) return stop("aborted");
      if (Date.now() > o.limits.deadline) return stop("deadline");
      if (++dirsListed > o.limits.maxDirs) return stop("folder limit");
      const names = await host.fs.list(dir);
      const candidates = names.filter((n) => o.isCandidate(n, dir));
      // The most module-like names first, then the rest in the listing's order.
      const ordered = [
        ...candidates.filter((n) => o.looksLikeModule?.(n) ?? false),
        ...candidates.filter((n) => !(o.looksLikeModule?.(n) ?? false)),
      ].slice(0, o.limits.maxFilesPerDir);
      for (const name of ordered) {
        if (++steps % YIELD_EVERY === 0) await new Promise<void>((r) => setImmediate(r));
        if (o.limits.signal?.aborted) return stop("aborted");
        if (Date.now() > o.limits.deadline) return stop("deadline");
        if (result.filesRead >= o.limits.maxFiles) return stop("file limit");
        const path = join(dir, name);
        const key = o.sep === "\\" ? path.toLowerCase() : path;
        if (seen.has(key)) continue;
        seen.add(key);
        result.filesRead++;
        let inspection: Inspection;
        try {
          inspection = await host.fs.readRanges(path, (file) => o.inspect(file), {
            maxBytes: o.limits.maxBytesPerFile,
            signal: o.limits.signal,
          });
        } catch {
          // Not a regular file (a folder, a FIFO), unreadable, or more to read than allowed.
          continue;
        }
        if (inspection.kind === "module") {
          const real = (await host.fs.realPath(path)) ?? path;
          const realKey = o.sep === "\\" ? real.toLowerCase() : real;
          if (result.modules.some((m) => m.path === path) || seen.has(`real:${realKey}`)) continue;
          seen.add(`real:${realKey}`);
          result.modules.push({ path, source: root.source });
          if (result.modules.length >= o.maxFound) return stop("enough found");
        } else if (inspection.kind === "wrong-arch" && result.wrongArch.length < o.maxFound) {
          result.wrongArch.push({ path, source: root.source, wrongArch: inspection.arch });
        }
      }
      if (depth > 0) {
        let subdirs = 0;
        let looked = 0;
        for (const name of names) {
          if (subdirs >= o.limits.maxSubdirsPerDir || looked >= MAX_STATS_PER_DIR) break;
          if (o.isCandidate(name, dir) || name.startsWith(".")) continue;
          if (++steps % YIELD_EVERY === 0) await new Promise<void>((r) => setImmediate(r));
          if (Date.now() > o.limits.deadline) return stop("deadline");
          const path = join(dir, name);
          looked++;
          const st = await host.fs.stat(path);
          if (st?.isDirectory) {
            subdirs++;
            queue.push({ dir: path, depth: depth - 1 });
          }
        }
      }
    }
  }
  return result;
}

/** What a 64-bit or 32-bit Node.js on Windows can load: its own machine type. */
function peMachineOf(processArch: string): number {
  return processArch === "ia32" ? PE_MACHINE.i386 : processArch === "arm64" ? PE_MACHINE.arm64 : PE_MACHINE.amd64;
}

function peMachineName(machine: number): string {
  if (machine === PE_MACHINE.i386) return "x86 (32-bit)";
  if (machine === PE_MACHINE.amd64) return "x64 (64-bit)";
  if (machine === PE_MACHINE.arm64) return "ARM64";
  return `machine 0x${machine.toString(16)}`;
}

export function inspectPe(processArch: string): (file: RangeFile) => Promise<Inspection> {
  const own = peMachineOf(processArch);
  return async (file) => {
    const r = await peExports(file, "C_GetFunctionList");
    if (!r.ok || !r.exports) return { kind: "none" };
    return r.machine === own ? { kind: "module" } : { kind: "wrong-arch", arch: peMachineName(r.machine) };
  };
}

export function inspectMachO(processArch: string): (file: RangeFile) => Promise<Inspection> {
  const own = machOCpuOf(processArch);
  return async (file) => {
    const r = await machOExports(file, "_C_GetFunctionList");
    if (!r.ok) return { kind: "none" };
    const exporting = r.slices.filter((s) => s.exports);
    if (exporting.length === 0) return { kind: "none" };
    return exporting.some((s) => s.cpu === own) ? { kind: "module" } : { kind: "wrong-arch", arch: exporting.map((s) => s.cpu).join(", ") };
  };
}

/**
 * Which installed programs' folders are looked into on Windows. Not every program's:
 * a PC lists a hundred or more, some with thousands of DLLs (Office, games), and the
 * scan has a few seconds. A token driver's or signer's entry in "Apps & features" names
 * what it is: a token, e-imza, SİMA, PKCS#11, a smart card, or the maker (the vendors of
 * the tokens sold in Azerbaijan and of their middleware). An entry that says none of
 * these and puts its module outside System32 is not found; System32, where the known
 * vendors' installers put theirs (see the module catalogue), is read whatever the entry
 * says. Matching folds case and Azerbaijani letters, and takes reg.exe's "?" for any
 * letter (registry.ts, foldedIncludes).
 */
export const TOKEN_SOFTWARE_WORDS = [
  "token",
  "imza",
  "pkcs",
  "cryptoki",
  "smart card",
  "smartcard",
  "akilli kart",
  "signature",
  "middleware",
  "minidriver",
  "safenet",
  "gemalto",
  "thales",
  "idprime",
  "feitian",
  "epass",
  "bit4id",
  "rutoken",
  "jacarta",
  "aladdin",
  "opensc",
  "safesign",
  "charismathics",
  "watchdata",
  "b.est",
];
/** Taken only as whole words: "SİMA", not "SIMATIC"; "Signer", not "Designer". */
export const TOKEN_SOFTWARE_WHOLE_WORDS = ["sima", "signer", "aktiv", "athena"];

export function isTokenSoftware(app: Pick<InstalledApp, "name" | "publisher">): boolean {
  const text = `${app.name} ${app.publisher ?? ""}`;
  return TOKEN_SOFTWARE_WORDS.some((w) => foldedIncludes(text, w)) || TOKEN_SOFTWARE_WHOLE_WORDS.some((w) => hasWord(text, w));
}

/** `word` in `seen` with no letter or digit either side ("?", reg.exe's unknown letter, matching any letter inside). */
function hasWord(seen: string, word: string): boolean {
  const a = foldForMatch(seen);
  const b = foldForMatch(word);
  const wordChar = (c: string | undefined) => c !== undefined && /[a-z0-9?]/.test(c);
  outer: for (let i = 0; i + b.length <= a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const c = a[i + j];
      if (c !== b[j] && c !== "?") continue outer;
    }
    if (!wordChar(a[i - 1]) && !wordChar(a[i + b.length])) return true;
  }
  return false;
}

/** Install folders looked into, at most. */
const MAX_INSTALL_FOLDERS = 12;

export interface ModuleScanPlan {
  roots: ScanRoot[];
  /** What could not be read to plan the scan (the Uninstall keys). */
  problems: string[];
}

/**
 * Windows: the install folders (Uninstall `InstallLocation`) of token and signer
 * software, two levels down (drivers keep modules in "x64", "pkcs11", …), then
 * System32 and, for a 64-bit Node.js, SysWOW64 (only 32-bit DLLs live there: found
 * to be said, never loaded). A 32-bit Node.js on 64-bit Windows sees SysWOW64 when it
 * asks for System32 (file system redirection), so it reads that one folder once.
 */
export async function windowsScanPlan(host: Host, o: { timeoutMs: number; signal?: AbortSignal }): Promise<ModuleScanPlan> {
  const env = (name: string) => {
    const k = Object.keys(host.env).find((e) => e.toLowerCase() === name.toLowerCase());
    return k ? host.env[k] : undefined;
  };
  const windows = (env("SystemRoot") ?? env("windir") ?? "C:\\Windows").replace(/\\+$/, "");
  const problems: string[] = [];
  let apps: InstalledApp[] = [];
  try {
    apps = await listInstalledApps(host, { timeoutMs: o.timeoutMs, signal: o.signal });
  } catch (e) {
    if (e instanceof PartialAppListError) apps = e.apps;
    problems.push(e instanceof Error ? e.message : String(e));
  }
  const roots: ScanRoot[] = [];
  const folders = new Set<string>();
  for (const app of apps) {
    if (roots.length >= MAX_INSTALL_FOLDERS) break;
    const dir = app.location?.replace(/^"(.*)"$/, "$1").replace(/\\+$/, "");
    // Only local absolute folders ("C:\…"): a relative one would be read from wherever this
    // runs, and a network share ("\\server\…") can keep a read waiting far past any deadline.
    if (!dir || !/^[A-Za-z]:\\/.test(dir) || !isTokenSoftware(app)) continue;
    if (folders.has(dir.toLowerCase())) continue;
    folders.add(dir.toLowerCase());
    roots.push({ dir, depth: 2, source: `InstallLocation of ${app.name}` });
  }
  roots.push({ dir: `${windows}\\System32`, depth: 0, source: "System32" });
  if (host.platform.arch === "x64" || host.platform.arch === "arm64")
    roots.push({ dir: `${windows}\\SysWOW64`, depth: 0, source: "SysWOW64" });
  return { roots, problems };
}

/**
 * macOS: where token drivers' installers put their modules outside the catalogue's
 * paths: /usr/local/lib (and one level below it, e.g. a "pkcs11" folder), each
 * /Library/<vendor>/lib (OpenSC's /Library/OpenSC/lib is the pattern), and the
 * frameworks in /Library/Frameworks (a framework's binary is <Name>.framework/<Name>).
 */
export async function darwinScanPlan(host: Host): Promise<ModuleScanPlan> {
  const roots: ScanRoot[] = [{ dir: "/usr/local/lib", depth: 1, source: "/usr/local/lib" }];
  roots.push({ dir: "/Library/Frameworks", depth: 1, source: "/Library/Frameworks" });
  const vendors = (await host.fs.list("/Library")).filter((n) => !n.startsWith(".") && n !== "Frameworks").slice(0, 256);
  for (const v of vendors) {
    const lib = `/Library/${v}/lib`;
    if ((await host.fs.stat(lib))?.isDirectory) roots.push({ dir: lib, depth: 1, source: lib });
  }
  return { roots, problems: [] };
}

/** A DLL, by name. */
export function isDllName(name: string): boolean {
  return /\.dll$/i.test(name);
}

/** A macOS library, by name: *.dylib, *.so (OpenSC's), or a framework's binary (<Name>.framework/<Name>). */
export function isMacLibraryName(name: string, dir: string): boolean {
  if (/\.(dylib|so)$/.test(name)) return true;
  return dir.endsWith(`/${name}.framework`);
}

export interface Discovery extends ScanResult {
  /** What could not be read to plan the scan. */
  problems: string[];
}

/** Bounds of a scan on each OS; the deadline comes from the caller. */
export const WINDOWS_LIMITS = { maxDirs: 64, maxFilesPerDir: 5000, maxSubdirsPerDir: 16, maxFiles: 6000, maxBytesPerFile: 512 * 1024 };
export const DARWIN_LIMITS = {
  maxDirs: 400,
  maxFilesPerDir: 1000,
  maxSubdirsPerDir: 128,
  maxFiles: 3000,
  maxBytesPerFile: 4 * 1024 * 1024,
};

/**
 * The PKCS#11 modules found on this Windows or macOS computer outside the catalogue,
 * within `timeoutMs` (planning included). Other systems: none (Linux has p11-kit's
 * registry, p11kit-registry.ts).
 */
export async function discoverModuleFiles(
  host: Host,
  o: { timeoutMs: number; signal?: AbortSignal; maxFound: number },
): Promise<Discovery> {
  const deadline = Date.now() + o.timeoutMs;
  const os = host.platform.os;
  if (os !== "win32" && os !== "darwin") return { modules: [], wrongArch: [], filesRead: 0, problems: [] };
  const plan = os === "win32" ? await windowsScanPlan(host, { timeoutMs: o.timeoutMs, signal: o.signal }) : await darwinScanPlan(host);
  const result = await scanForModules(host, plan.roots, {
    isCandidate: os === "win32" ? isDllName : isMacLibraryName,
    inspect: os === "win32" ? inspectPe(host.platform.arch) : inspectMachO(host.platform.arch),
    looksLikeModule: looksLikeModuleName,
    sep: os === "win32" ? "\\" : "/",
    maxFound: o.maxFound,
    limits: { ...(os === "win32" ? WINDOWS_LIMITS : DARWIN_LIMITS), deadline, signal: o.signal },
  });
  return { ...result, problems: plan.problems };
}
