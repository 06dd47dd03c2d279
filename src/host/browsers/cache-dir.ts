import path from "node:path";
import type { Host } from "../host.js";

/**
 * The per-user cache folder of this tool: %LOCALAPPDATA%\guzestli-check on Windows,
 * ~/Library/Caches/guzestli-check on macOS, $XDG_CACHE_HOME (or ~/.cache)/guzestli-check
 * elsewhere.
 */
export function userCacheDir(host: Host): string {
  return cacheDirFor(host.platform.os, host.platform.homedir, host.env);
}

/** The same folder from its three inputs (for --help, which has no host). */
export function cacheDirFor(os: NodeJS.Platform, homedir: string, env: Readonly<Record<string, string | undefined>>): string {
  if (os === "win32") {
    const base = env.LOCALAPPDATA || path.win32.join(homedir, "AppData", "Local");
    return path.win32.join(base, "guzestli-check");
  }
  if (os === "darwin") return path.posix.join(homedir, "Library", "Caches", "guzestli-check");
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
  const base = xdg?.startsWith("/") ? xdg : path.posix.join(homedir, ".cache");
  return path.posix.join(base, "guzestli-check");
}

export function cacheFile(host: Host, name: string): string {
  return host.platform.os === "win32" ? path.win32.join(userCacheDir(host), name) : path.posix.join(userCacheDir(host), name);
}
