import type { Host } from "../host.js";
import type { AppListOptions, InstalledApp } from "./types.js";
import { readDpkgStatus } from "../linux/dpkg-status.js";
import { inBatches } from "../batches.js";

/**
 * Linux: desktop entries (what the application menu shows) in the XDG data dirs, the
 * user's own, and those of flatpak and snap; plus the packages dpkg knows (the name a
 * .deb of the signer would carry).
 */
export async function listLinuxApps(host: Host, opts: AppListOptions): Promise<InstalledApp[]> {
  const out: InstalledApp[] = [];
  // dpkg's status file itself: running dpkg-query costs a process start for the same facts.
  const dpkgRead = readDpkgStatus(host, { signal: opts.signal });
  const listed = await Promise.all(
    desktopDirs(host).map(async (dir) => (await host.fs.list(dir)).filter((f) => f.endsWith(".desktop")).map((f) => `${dir}/${f}`)),
  );
  const paths = listed.flat();
  const texts = await inBatches(paths, (path) => {
    opts.signal?.throwIfAborted();
    return host.fs.readText(path, { maxBytes: 256 * 1024, signal: opts.signal }).catch(() => undefined);
  });
  for (const [i, location] of paths.entries()) {
    const text = texts[i];
    if (text === undefined) continue;
    const entry = parseDesktopEntry(text);
    const executable = entry.exec;
    if (entry.name)
      out.push({ name: entry.name, location, source: "desktop", version: entry.version, ...(executable ? { executable } : {}) });
    for (const n of entry.localizedNames) out.push({ name: n, location, source: "desktop", ...(executable ? { executable } : {}) });
  }
  const dpkg = await dpkgRead;
  if (dpkg.ok) for (const p of dpkg.packages.values()) out.push({ name: p.name, version: p.version, source: "dpkg" });
  return out;
}

function desktopDirs(host: Host): string[] {
  const env = host.env;
  const home = host.platform.homedir;
  const dataHome = env.XDG_DATA_HOME || `${home}/.local/share`;
  const dataDirs = (env.XDG_DATA_DIRS || "/usr/local/share:/usr/share").split(":").filter(Boolean);
  const dirs = [dataHome, ...dataDirs, "/var/lib/flatpak/exports/share", `${home}/.local/share/flatpak/exports/share`].map(
    (d) => `${d}/applications`,
  );
  dirs.push("/var/lib/snapd/desktop/applications");
  return [...new Set(dirs)];
}

/**
 * The program an Exec= value starts: its first word, unquoted (Desktop Entry
 * Specification, "The Exec key": arguments are separated by spaces, a quoted argument is
 * in double quotes with \\ \" \` \$ escaped). Field codes (%f, %U …) are arguments, not the program.
 */
export function execProgram(exec: string): string | undefined {
  const s = exec.trim();
  if (s.startsWith('"')) {
    let out = "";
    for (let i = 1; i < s.length; i++) {
      const c = s[i]!;
      if (c === "\\" && i + 1 < s.length) out += s[++i];
      else if (c === '"') return out || undefined;
      else out += c;
    }
    return undefined;
  }
  const word = s.split(/\s+/)[0];
  return word && !word.startsWith("%") ? word : undefined;
}

/** Folders that hold commands of every kind: a program there is matched as a file, not by its folder. */
export const SHARED_BIN_DIRS = new Set([
  "/bin",
  "/sbin",
  "/usr/bin",
  "/usr/sbin",
  "/usr/local/bin",
  "/usr/local/sbin",
  "/snap/bin",
  "/usr/games",
]);

/**
 * The file a command from a desktop entry runs: an absolute path as it is, a bare name
 * looked up in PATH (at most 32 folders), then with symbolic links resolved, as
 * /proc/<pid>/exe shows a running program. Undefined when it is not a regular file.
 */
export async function resolveCommand(host: Host, command: string): Promise<string | undefined> {
  const candidates = command.startsWith("/")
    ? [command]
    : command.includes("/")
      ? []
      : (host.env.PATH || "/usr/local/bin:/usr/bin:/bin")
          .split(":")
          .filter((d) => d.startsWith("/"))
          .slice(0, 32)
          .map((d) => `${d.replace(/\/+$/, "")}/${command}`);
  for (const c of candidates) {
    const st = await host.fs.stat(c);
    if (st?.isFile) return (await host.fs.realPath(c)) ?? c;
  }
  return undefined;
}

/** The [Desktop Entry] group's Name= (and Name[az]= etc.), Exec= and X-…-Version / Version. */
export function parseDesktopEntry(text: string): { name?: string; localizedNames: string[]; version?: string; exec?: string } {
  let inMain = false;
  let name: string | undefined;
  let exec: string | undefined;
  const localizedNames: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith("[")) {
      inMain = line === "[Desktop Entry]";
      continue;
    }
    if (!inMain) continue;
    const m = /^Name(\[[^\]]+\])?\s*=\s*(.*)$/.exec(line);
    if (m) {
      if (m[1]) localizedNames.push(m[2]!);
      else name = m[2];
    }
    const e = /^Exec\s*=\s*(.*)$/.exec(line);
    if (e) exec = execProgram(e[1]!);
  }
  return { name, localizedNames, ...(exec ? { exec } : {}) };
}

/** `dpkg-query -W -f '${Package}\t${Version}\n'`. */
export function parseDpkgQuery(text: string): InstalledApp[] {
  return text.split("\n").flatMap((line) => {
    const [pkg, version] = line.split("\t");
    return pkg ? [{ name: pkg, version: version || undefined, source: "dpkg" }] : [];
  });
}
