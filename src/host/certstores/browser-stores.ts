import type { Host } from "../host.js";
import { BROWSER_NAMES, sandboxName, type BrowserId, type InstalledBrowser } from "../browsers/types.js";

/**
 * Which NSS database each Chromium-family browser installation on Linux reads.
 *
 * Chromium (and so Chrome and Opera) uses the NSS shared database of the user's home:
 * `~/.pki/nssdb` when that exists, else, since Chromium 146,
 * `${XDG_DATA_HOME:-~/.local/share}/pki/nssdb` (chromium docs/linux/cert_management.md).
 * The "home" depends on how the browser was installed:
 * - a package (deb/rpm): the user's own home;
 * - a snap: snapd gives the snap its own home, `~/snap/<snap>/current`, with its XDG
 *   directories under it;
 * - a flatpak: what the sandbox shares decides (flatpakSandbox below). flatpak points
 *   XDG_DATA_HOME at `~/.var/app/<app-id>/data`; `~/.pki` is the host's when the app may
 *   see the home (`filesystems=home`, `host`, `~/.pki`), `~/.var/app/<app-id>/.pki` when
 *   it persists `.pki` (`persistent=.pki`, the Opera and Chromium flatpaks' manifests),
 *   and otherwise nothing that outlives the sandbox. Flathub's Chrome
 *   (flathub/com.google.Chrome, com.google.Chrome.yaml at ef8d98b, Chrome 151) declares
 *   neither: no home filesystem and no --persist, and its wrapper chrome.sh only links
 *   the host's policy files — so by default Chrome keeps its store in the app's XDG
 *   data folder, `~/.var/app/com.google.Chrome/data/pki/nssdb`.
 */

/** Chromium-family browsers that read the NSS shared database on Linux. */
const NSS_BROWSERS: readonly BrowserId[] = ["chrome", "chromium", "opera"];

/** From this Chromium major on, a missing legacy database means the XDG one. */
const XDG_FROM_MAJOR = 146;

export interface BrowserNssStore {
  /** Absolute path of the NSS database directory. */
  dir: string;
  /** The installations that read it, as people name them: "Chromium (snap)". */
  browsers: string[];
  /** The same installations by id, in the same order. */
  ids: BrowserId[];
}

/** How a browser installation is named in verdicts: brand name, and how it was installed when that matters. */
export function installationName(b: InstalledBrowser): string {
  const name = BROWSER_NAMES[b.browser];
  return b.kind === "snap" || b.kind === "flatpak" ? `${name} (${b.kind})` : name;
}

/** The home and XDG data directory the installation's NSS code sees, on the host's file system. */
function sandboxHome(host: Host, b: InstalledBrowser, home: string): { home: string; dataHome: string } {
  if (b.kind === "snap") {
    // Detection names the snap; the Chromium and Opera snaps are named like the browser.
    const snap = sandboxName(b) ?? b.browser;
    const snapHome = `${home}/snap/${snap}/current`;
    return { home: snapHome, dataHome: `${snapHome}/.local/share` };
  }
  return { home, dataHome: host.env.XDG_DATA_HOME || `${home}/.local/share` };
}

/** A flatpak app's permissions as flatpak keeps them: the [Context] group's lists. */
export interface FlatpakContext {
  filesystems: Set<string>;
  persistent: Set<string>;
}

/**
 * Applies one keyfile (an app's `metadata`, or an override written by `flatpak override`)
 * to `ctx`: `filesystems=home;!host;~/.pki:ro;` and `persistent=.pki;` in [Context]. A
 * "!" entry takes back what an earlier file granted; ":ro"/":rw"/":create" only say how.
 */
export function applyFlatpakKeyfile(text: string, ctx: FlatpakContext): void {
  let inContext = false;
  for (const raw of text.split(/\r?\n/).slice(0, 2000)) {
    const line = raw.trim();
    if (line.startsWith("[")) {
      inContext = line === "[Context]";
      continue;
    }
    if (!inContext) continue;
    const m = /^(filesystems|persistent)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    const set = m[1] === "filesystems" ? ctx.filesystems : ctx.persistent;
    for (const entry of m[2]!.split(";").slice(0, 200)) {
      const e = entry.trim();
      if (!e) continue;
      const negated = e.startsWith("!");
      const value = (negated ? e.slice(1) : e).replace(/:(ro|rw|create)$/, "").replace(/\/+$/, "");
      if (negated) set.delete(value);
      else set.add(value);
    }
  }
}

/** Keyfiles are small; a bigger one is not a flatpak keyfile and is left unread. */
const MAX_KEYFILE_BYTES = 64 * 1024;

/**
 * The home and data folder a flatpak browser's NSS code sees, on the host. Read from the
 * app's own metadata (system and user installation) and the overrides `flatpak override`
 * writes (`overrides/global`, then `overrides/<app-id>`; the system's, then the user's).
 * Only regular files are read (a FIFO would block), each capped.
 */
export async function flatpakSandbox(host: Host, app: string, home: string): Promise<{ legacy?: string; dataHome: string; read: boolean }> {
  const appDir = `${home}/.var/app/${app}`;
  const dataHome = host.env.XDG_DATA_HOME?.startsWith("/") ? host.env.XDG_DATA_HOME : `${home}/.local/share`;
  const systemDir = host.env.FLATPAK_SYSTEM_DIR || "/var/lib/flatpak";
  const userDir = host.env.FLATPAK_USER_DIR || `${dataHome}/flatpak`;
  const files = [
    `${systemDir}/app/${app}/current/active/metadata`,
    `${userDir}/app/${app}/current/active/metadata`,
    `${systemDir}/overrides/global`,
    `${systemDir}/overrides/${app}`,
    `${userDir}/overrides/global`,
    `${userDir}/overrides/${app}`,
  ];
  const ctx: FlatpakContext = { filesystems: new Set(), persistent: new Set() };
  let read = false;
  for (const f of files) {
    const st = await host.fs.stat(f).catch(() => undefined);
    if (!st?.isFile || st.size > MAX_KEYFILE_BYTES) continue;
    try {
      applyFlatpakKeyfile(await host.fs.readText(f, { maxBytes: MAX_KEYFILE_BYTES }), ctx);
      if (f.endsWith("/metadata")) read = true;
    } catch {
      // Unreadable: as if absent.
    }
  }
  const xdg = `${appDir}/data`;
  const sharesPki = ["host", "home", "~", "~/.pki", "~/.pki/nssdb"].some((f) => ctx.filesystems.has(f));
  if (sharesPki) return { legacy: `${home}/.pki/nssdb`, dataHome: xdg, read };
  // --persist only acts when the home is not shared (flatpak-run(1)). Without the app's
  // metadata, what the Opera and Chromium manifests declare (--persist=.pki) is assumed.
  if (ctx.persistent.has(".pki") || ctx.persistent.has(".pki/nssdb") || !read)
    return { legacy: `${appDir}/.pki/nssdb`, dataHome: xdg, read };
  return { dataHome: xdg, read };
}

/**
 * Chromium's rule: the legacy database if it exists, else the XDG one (or, for an older
 * browser, the legacy one it will create). `legacy: undefined` (a sandbox that keeps no
 * `~/.pki`) leaves only the XDG one.
 */
export async function nssDirIn(
  host: Host,
  where: { home: string; dataHome: string } | { legacy?: string; dataHome: string },
  chromiumMajor?: number,
): Promise<string> {
  const legacy = "home" in where ? `${where.home}/.pki/nssdb` : where.legacy;
  if (legacy && (await host.fs.exists(legacy))) return legacy;
  const xdg = `${where.dataHome}/pki/nssdb`;
  if (await host.fs.exists(xdg)) return xdg;
  return !legacy || (chromiumMajor !== undefined && chromiumMajor >= XDG_FROM_MAJOR) ? xdg : legacy;
}

/** The Chromium major version behind a browser version, when it is known (Chrome and Chromium share it). */
function chromiumMajor(b: InstalledBrowser): number | undefined {
  if (b.browser !== "chrome" && b.browser !== "chromium") return undefined;
  const major = Number(b.version?.split(".")[0]);
  return Number.isFinite(major) && major > 0 ? major : undefined;
}

/** The display name of an NSS store: which browsers read it. */
export function nssStoreName(browsers: readonly string[]): string {
  return browsers.length > 0 ? `NSS (${browsers.join(", ")})` : "NSS (Chrome/Opera)";
}

/**
 * The NSS databases the installed Chrome/Chromium/Opera read, one entry per database
 * (two installations sharing one are listed together). With none installed: the
 * default per-user database, read by whichever is installed later.
 */
export async function browserNssStores(host: Host, installed: readonly InstalledBrowser[]): Promise<BrowserNssStore[]> {
  const home = host.env.HOME || host.platform.homedir;
  const out: BrowserNssStore[] = [];
  for (const b of installed) {
    if (!NSS_BROWSERS.includes(b.browser)) continue;
    const where = b.kind === "flatpak" ? await flatpakSandbox(host, sandboxName(b) ?? b.source, home) : sandboxHome(host, b, home);
    const dir = await nssDirIn(host, where, chromiumMajor(b));
    const name = installationName(b);
    const same = out.find((s) => s.dir === dir);
    if (same) {
      if (!same.browsers.includes(name)) {
        same.browsers.push(name);
        same.ids.push(b.browser);
      }
    } else {
      out.push({ dir, browsers: [name], ids: [b.browser] });
    }
  }
  if (out.length === 0)
    out.push({ dir: await nssDirIn(host, { home, dataHome: host.env.XDG_DATA_HOME || `${home}/.local/share` }), browsers: [], ids: [] });
  return out;
}
