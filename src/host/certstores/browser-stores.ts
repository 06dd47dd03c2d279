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
 * - a flatpak: the app's data lives in `~/.var/app/<app-id>/`: `--persist=.pki` (the
 *   Opera and Chromium flatpaks' manifests) keeps `~/.pki` there as
 *   `~/.var/app/<app-id>/.pki`, and flatpak points XDG_DATA_HOME at
 *   `~/.var/app/<app-id>/data`.
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
  if (b.kind === "flatpak") {
    const app = sandboxName(b) ?? b.source;
    const appDir = `${home}/.var/app/${app}`;
    return { home: appDir, dataHome: `${appDir}/data` };
  }
  return { home, dataHome: host.env.XDG_DATA_HOME || `${home}/.local/share` };
}

/** Chromium's rule: the legacy database if it exists, else the XDG one (or, for an older browser, the legacy one it will create). */
export async function nssDirIn(host: Host, where: { home: string; dataHome: string }, chromiumMajor?: number): Promise<string> {
  const legacy = `${where.home}/.pki/nssdb`;
  if (await host.fs.exists(legacy)) return legacy;
  const xdg = `${where.dataHome}/pki/nssdb`;
  if (await host.fs.exists(xdg)) return xdg;
  return chromiumMajor !== undefined && chromiumMajor >= XDG_FROM_MAJOR ? xdg : legacy;
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
    const where = sandboxHome(host, b, home);
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
  if (out.length === 0) out.push({ dir: await nssDirIn(host, { home, dataHome: host.env.XDG_DATA_HOME || `${home}/.local/share` }), browsers: [], ids: [] });
  return out;
}
