import path from "node:path";
import type { Host } from "../../host.js";
import type { BrowserId } from "../types.js";

/** The browsers whose profile files this tool reads: the Chromium family. */
export type ProfileBrowser = Extract<BrowserId, "chrome" | "chromium" | "opera" | "opera-gx">;

/**
 * "chromium": a user-data folder holding `Local State` and one subfolder per profile.
 * "opera": `Preferences` sits in the folder itself (Opera's single-profile layout).
 */
export type FolderLayout = "chromium" | "opera";

/** How the folder's browser was installed, so it can be paired with the detected installation. */
export type FolderOrigin = "native" | "snap" | "flatpak";

export interface UserDataFolder {
  browser: ProfileBrowser;
  dir: string;
  layout: FolderLayout;
  origin: FolderOrigin;
}

/** Joins with the separator of the host's OS, not of the machine running the tests. */
export function joinFor(os: NodeJS.Platform, ...parts: string[]): string {
  return os === "win32" ? path.win32.join(...parts) : path.posix.join(...parts);
}

/**
 * Every place a user-data folder may be, per OS (chromium docs/user_data_dir.md; Opera's
 * from its own layout; snap and flatpak homes from their sandboxes). Whether each exists
 * is for the reader to find out.
 */
export function userDataCandidates(host: Host): UserDataFolder[] {
  const os = host.platform.os;
  const home = host.platform.homedir;
  const j = (...p: string[]) => joinFor(os, ...p);
  if (os === "win32") {
    const local = host.env.LOCALAPPDATA || j(home, "AppData", "Local");
    const roaming = host.env.APPDATA || j(home, "AppData", "Roaming");
    return [
      { browser: "chrome", dir: j(local, "Google", "Chrome", "User Data"), layout: "chromium", origin: "native" },
      { browser: "chromium", dir: j(local, "Chromium", "User Data"), layout: "chromium", origin: "native" },
      { browser: "opera", dir: j(roaming, "Opera Software", "Opera Stable"), layout: "opera", origin: "native" },
      // Opera GX's folder name comes from third-party code, not from Opera: unverified.
      { browser: "opera-gx", dir: j(roaming, "Opera Software", "Opera GX Stable"), layout: "opera", origin: "native" },
    ];
  }
  if (os === "darwin") {
    const support = j(home, "Library", "Application Support");
    return [
      { browser: "chrome", dir: j(support, "Google", "Chrome"), layout: "chromium", origin: "native" },
      { browser: "chromium", dir: j(support, "Chromium"), layout: "chromium", origin: "native" },
      { browser: "opera", dir: j(support, "com.operasoftware.Opera"), layout: "opera", origin: "native" },
      // Unverified, like GX on Windows.
      { browser: "opera-gx", dir: j(support, "com.operasoftware.OperaGX"), layout: "opera", origin: "native" },
    ];
  }
  // Linux and the BSDs: $CHROME_CONFIG_HOME, else $XDG_CONFIG_HOME, else ~/.config.
  const config = host.env.CHROME_CONFIG_HOME || host.env.XDG_CONFIG_HOME || j(home, ".config");
  return [
    { browser: "chrome", dir: j(config, "google-chrome"), layout: "chromium", origin: "native" },
    { browser: "chromium", dir: j(config, "chromium"), layout: "chromium", origin: "native" },
    { browser: "opera", dir: j(config, "opera"), layout: "opera", origin: "native" },
    // The chromium snap keeps its profile under the snap's common folder.
    { browser: "chromium", dir: j(home, "snap", "chromium", "common", "chromium"), layout: "chromium", origin: "snap" },
    // Opera's snap runs with HOME=~/snap/opera/current, so ~/.config moves there (unverified on a real snap).
    { browser: "opera", dir: j(home, "snap", "opera", "current", ".config", "opera"), layout: "opera", origin: "snap" },
    // Flatpak gives each app its own XDG_CONFIG_HOME under ~/.var/app/<id>/config.
    {
      browser: "chrome",
      dir: j(home, ".var", "app", "com.google.Chrome", "config", "google-chrome"),
      layout: "chromium",
      origin: "flatpak",
    },
    {
      browser: "chromium",
      dir: j(home, ".var", "app", "org.chromium.Chromium", "config", "chromium"),
      layout: "chromium",
      origin: "flatpak",
    },
    { browser: "opera", dir: j(home, ".var", "app", "com.opera.Opera", "config", "opera"), layout: "opera", origin: "flatpak" },
  ];
}
