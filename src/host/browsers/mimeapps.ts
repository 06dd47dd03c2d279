import type { Host } from "../host.js";
import { inBatches } from "../batches.js";
import type { BrowserId } from "./types.js";
import { browserFromHandlerId } from "./identify.js";

/**
 * The Linux default browser read the way the freedesktop.org "Association between MIME
 * types and applications" specification (mime-apps-spec 1.0.1) says, from the files
 * themselves; xdg-settings and xdg-mime are shell scripts that take a second to say the same.
 */

/** Which handler a link opens in: https links are what the portal sends. */
export const HTTPS_HANDLER_TYPE = "x-scheme-handler/https";

/** Reads one group of a desktop-entry style file ("[Group]" lines, "key=value" lines). */
export function parseIniGroup(text: string, group: string): Map<string, string> {
  const out = new Map<string, string>();
  let inGroup = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    if (line.startsWith("[") && line.endsWith("]")) {
      inGroup = line.slice(1, -1) === group;
      continue;
    }
    if (!inGroup) continue;
    const eq = line.indexOf("=");
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim();
    // The first occurrence of a key in a group counts.
    if (!out.has(key)) out.set(key, line.slice(eq + 1).trim());
  }
  return out;
}

/** "a.desktop;b.desktop;" → ["a.desktop", "b.desktop"]. */
export function desktopIds(value: string | undefined): string[] {
  return (value ?? "")
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s.endsWith(".desktop"));
}

function absoluteOr(value: string | undefined, fallback: string): string {
  return value?.startsWith("/") ? value : fallback;
}

function absoluteList(value: string | undefined, fallback: string[]): string[] {
  const list = (value ?? "").split(":").filter((d) => d.startsWith("/"));
  return list.length ? list : fallback;
}

export interface XdgDirs {
  configHome: string;
  configDirs: string[];
  dataHome: string;
  dataDirs: string[];
  /** XDG_CURRENT_DESKTOP's names, lower-cased, in order. */
  desktops: string[];
}

/** The XDG Base Directory defaults; relative values are invalid and ignored (as the spec says). */
export function xdgDirs(env: Readonly<Record<string, string | undefined>>, home: string): XdgDirs {
  return {
    configHome: absoluteOr(env.XDG_CONFIG_HOME, `${home}/.config`),
    configDirs: absoluteList(env.XDG_CONFIG_DIRS, ["/etc/xdg"]),
    dataHome: absoluteOr(env.XDG_DATA_HOME, `${home}/.local/share`),
    dataDirs: absoluteList(env.XDG_DATA_DIRS, ["/usr/local/share", "/usr/share"]),
    desktops: (env.XDG_CURRENT_DESKTOP ?? "")
      .split(":")
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean),
  };
}

/**
 * The mimeapps.list files in the spec's order of precedence: for each directory (user
 * config, system config, user data/applications, system data/applications) the
 * desktop-specific `<desktop>-mimeapps.list` files first, then `mimeapps.list`.
 */
export function mimeappsFiles(d: XdgDirs): string[] {
  const dirs = [d.configHome, ...d.configDirs, `${d.dataHome}/applications`, ...d.dataDirs.map((x) => `${x}/applications`)];
  const out: string[] = [];
  for (const dir of dirs) {
    for (const desktop of d.desktops) out.push(`${dir}/${desktop}-mimeapps.list`);
    out.push(`${dir}/mimeapps.list`);
  }
  return [...new Set(out)];
}

/** Where desktop entries live: $XDG_DATA_HOME/applications, then each $XDG_DATA_DIRS/applications. */
export function applicationDirs(d: XdgDirs): string[] {
  return [...new Set([`${d.dataHome}/applications`, ...d.dataDirs.map((x) => `${x}/applications`)])];
}

export interface LinuxDefault {
  handler: string;
  browser?: BrowserId;
  /** The file that named the handler. */
  source: string;
  /** The .desktop file it resolved to. */
  desktopFile: string;
}

type ReadText = (path: string) => Promise<string | undefined>;

/**
 * A desktop id names a file under an applications dir; "vendor-app.desktop" may also be
 * "vendor/app.desktop" (the spec's rule for subdirectories).
 */
async function findDesktopFile(id: string, appDirs: string[], read: ReadText): Promise<{ path: string; text: string } | undefined> {
  const names = [id];
  if (id.includes("-")) names.push(id.replace(/-/g, "/"));
  // Every place at once, the first in the spec's order winning.
  const paths = appDirs.flatMap((dir) => names.map((name) => `${dir}/${name}`));
  const texts = await Promise.all(paths.map(read));
  const i = texts.findIndex((t) => t !== undefined);
  return i < 0 ? undefined : { path: paths[i]!, text: texts[i]! };
}

/** The browser a desktop entry starts: by its id, else by the program its Exec= line runs. */
export function browserOfDesktopEntry(id: string, text: string): BrowserId | undefined {
  const byId = browserFromHandlerId(id.replace(/\.desktop$/, ""));
  if (byId) return byId;
  const exec = parseIniGroup(text, "Desktop Entry").get("Exec");
  if (!exec) return undefined;
  // "env FOO=1 /usr/bin/google-chrome-stable %U", "flatpak run com.google.Chrome …"
  const words = exec.split(/\s+/).filter((w) => !/^[A-Z_]+=/.test(w) && w !== "env");
  for (const w of words.slice(0, 4)) {
    const b = browserFromHandlerId(w.replace(/^.*\//, ""));
    if (b) return b;
  }
  return undefined;
}

/**
 * The spec's lookup: the first file whose [Default Applications] lists the type names
 * the default, the first listed entry that is installed winning. With no default
 * anywhere, [Added Associations] in the same order, then the mimeinfo.cache that
 * update-desktop-database writes from the entries' MimeType= (what xdg-mime falls back to).
 */
export async function findLinuxDefault(host: Host, type = HTTPS_HANDLER_TYPE, signal?: AbortSignal): Promise<LinuxDefault | undefined> {
  const d = xdgDirs(host.env, host.platform.homedir);
  const appDirs = applicationDirs(d);
  const cache = new Map<string, Promise<string | undefined>>();
  const read: ReadText = (path) => {
    let p = cache.get(path);
    if (!p) {
      p = host.fs.readText(path, { maxBytes: 1024 * 1024, signal }).catch(() => undefined);
      cache.set(path, p);
    }
    return p;
  };
  const lists = mimeappsFiles(d);
  const texts = await Promise.all(lists.map(read));
  const tryGroup = async (files: string[], bodies: Array<string | undefined>, group: string) => {
    for (const [i, text] of bodies.entries()) {
      if (text === undefined) continue;
      for (const id of desktopIds(parseIniGroup(text, group).get(type))) {
        const entry = await findDesktopFile(id, appDirs, read);
        if (entry) return { handler: id, browser: browserOfDesktopEntry(id, entry.text), source: files[i]!, desktopFile: entry.path };
      }
    }
    return undefined;
  };
  const found = (await tryGroup(lists, texts, "Default Applications")) ?? (await tryGroup(lists, texts, "Added Associations"));
  if (found) return found;
  const caches = appDirs.map((dir) => `${dir}/mimeinfo.cache`);
  return (await tryGroup(caches, await Promise.all(caches.map(read)), "MIME Cache")) ?? (await byMimeType(host, appDirs, type, read));
}

/** At most this many desktop entries are read when scanning for a MimeType= (bounded work). */
const MAX_ENTRIES_SCANNED = 2000;

/**
 * The last resort, as in the spec and xdg-mime: an installed entry whose MimeType= lists
 * the type, the highest InitialPreference winning, earlier directories first on a tie.
 */
async function byMimeType(host: Host, appDirs: string[], type: string, read: ReadText): Promise<LinuxDefault | undefined> {
  let best: { pref: number; found: LinuxDefault } | undefined;
  const listed = await Promise.all(
    appDirs.map(async (dir) => (await host.fs.list(dir)).filter((n) => n.endsWith(".desktop")).map((name) => ({ dir, name }))),
  );
  const entries = listed.flat().slice(0, MAX_ENTRIES_SCANNED);
  const texts = await inBatches(
    entries.map((e) => `${e.dir}/${e.name}`),
    read,
  );
  for (const [i, { dir, name }] of entries.entries()) {
    const path = `${dir}/${name}`;
    const text = texts[i];
    if (text === undefined) continue;
    const entry = parseIniGroup(text, "Desktop Entry");
    if (!(entry.get("MimeType") ?? "").split(";").includes(type)) continue;
    const pref = Number.parseInt(entry.get("InitialPreference") ?? "0", 10) || 0;
    if (!best || pref > best.pref) {
      best = { pref, found: { handler: name, browser: browserOfDesktopEntry(name, text), source: path, desktopFile: path } };
    }
  }
  return best?.found;
}
