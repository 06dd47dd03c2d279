import path from "node:path";
import type { Host } from "../host.js";

/**
 * The per-user cache folder of this tool: %LOCALAPPDATA%\guzestli-check on Windows,
 * ~/Library/Caches/guzestli-check on macOS, $XDG_CACHE_HOME (or ~/.cache)/guzestli-check
 * elsewhere.
 */
export function userCacheDir(host: Host): string {
  const { os, homedir } = host.platform;
  if (os === "win32") {
    const base = host.env.LOCALAPPDATA || path.win32.join(homedir, "AppData", "Local");
    return path.win32.join(base, "guzestli-check");
  }
  if (os === "darwin") return path.posix.join(homedir, "Library", "Caches", "guzestli-check");
  const xdg = host.env.XDG_CACHE_HOME;
  // The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
  const base = xdg && xdg.startsWith("/") ? xdg : path.posix.join(homedir, ".cache");
  return path.posix.join(base, "guzestli-check");
}

export function cacheFile(host: Host, name: string): string {
  return host.platform.os === "win32" ? path.win32.join(userCacheDir(host), name) : path.posix.join(userCacheDir(host), name);
}
