import type { Host } from "../host.js";
import { cacheFile, userCacheDir } from "./cache-dir.js";
import { compareVersions, parseVersion } from "./version.js";

/**
 * The current stable versions, asked online and kept for a day in the user's cache
 * folder (cache-dir.ts): the only file the tool writes unasked, said so in README and
 * --help. A cache that cannot be read or written is never a failure, only a new question.
 *
 * Base URLs can be overridden (tests serve the same shapes from a loopback server;
 * an IT helper can point at a mirror):
 *   GUZESTLI_VERSIONHISTORY_URL  default https://versionhistory.googleapis.com/v1
 *   GUZESTLI_OPERA_RELEASES_URL  default https://get.geo.opera.com/pub/opera/desktop/
 */
export const VERSIONHISTORY_ENV = "GUZESTLI_VERSIONHISTORY_URL";
export const OPERA_RELEASES_ENV = "GUZESTLI_OPERA_RELEASES_URL";
export const DEFAULT_VERSIONHISTORY_URL = "https://versionhistory.googleapis.com/v1";
export const DEFAULT_OPERA_RELEASES_URL = "https://get.geo.opera.com/pub/opera/desktop/";
export const CACHE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface LatestVersion {
  version: string;
  /** "online": asked now; "cache": asked within the last day. */
  basis: "online" | "cache";
  fetchedAt: string;
  url: string;
}

interface CacheEntry {
  url: string;
  version: string;
  fetchedAt: string;
}

/** VersionHistory's platform names (documented identifiers: win, win64, mac, mac_arm64, linux). */
export function chromePlatform(os: NodeJS.Platform, arch: string): string {
  if (os === "win32") return arch === "ia32" ? "win" : "win64";
  if (os === "darwin") return arch === "arm64" ? "mac_arm64" : "mac";
  return "linux";
}

/**
 * A VersionHistory "list versions" answer:
 *   {"versions":[{"name":"chrome/platforms/linux/channels/stable/versions/151.0.7922.173","version":"151.0.7922.173"}],"nextPageToken":"…"}
 * The highest version listed is the current stable.
 */
export function parseVersionHistory(body: string): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  const versions = (json as { versions?: Array<{ version?: unknown }> }).versions;
  if (!Array.isArray(versions)) return undefined;
  const list = versions
    .map((v) => (typeof v?.version === "string" ? parseVersion(v.version)?.text : undefined))
    .filter((v): v is string => !!v);
  return list.sort(compareVersions).pop();
}

/** Opera's download tree is a directory index with one "<a href="105.0.4970.21/">" per release. */
export function parseOperaListing(body: string): string | undefined {
  const list = [...body.matchAll(/href="(\d+\.\d+\.\d+\.\d+)\/"/g)].map((m) => m[1]!);
  return list.sort(compareVersions).pop();
}

function chromeUrl(host: Host): string {
  const base = (host.env[VERSIONHISTORY_ENV] || DEFAULT_VERSIONHISTORY_URL).replace(/\/+$/, "");
  const p = chromePlatform(host.platform.os, host.platform.arch);
  return `${base}/chrome/platforms/${p}/channels/stable/versions?order_by=version%20desc&pageSize=10`;
}

function operaUrl(host: Host): string {
  const base = host.env[OPERA_RELEASES_ENV] || DEFAULT_OPERA_RELEASES_URL;
  return base.endsWith("/") ? base : `${base}/`;
}

async function readCache(host: Host, file: string, url: string): Promise<CacheEntry | undefined> {
  try {
    // Only a regular file is read: a pipe or a device in its place would block or never end.
    const st = await host.fs.stat(file);
    if (!st?.isFile) return undefined;
    const entry = JSON.parse(await host.fs.readText(file, { maxBytes: 64 * 1024 })) as CacheEntry | null;
    if (!entry || entry.url !== url || typeof entry.version !== "string" || !parseVersion(entry.version)) return undefined;
    const age = host.now().getTime() - new Date(entry.fetchedAt).getTime();
    return age >= 0 && age < CACHE_MAX_AGE_MS ? entry : undefined;
  } catch {
    return undefined;
  }
}

async function writeCache(host: Host, file: string, entry: CacheEntry): Promise<void> {
  try {
    await host.fs.mkdir(userCacheDir(host));
    await host.fs.writeFile(file, JSON.stringify(entry));
  } catch {
    // A cache that cannot be written only costs a new question tomorrow.
  }
}

/**
 * A fresh cache entry first (also under --offline: reading a file is not the network),
 * else the network. Throws what the network threw (OfflineError, HttpTimeoutError,
 * a bad answer) so the caller can fall back to the estimate and say why.
 */
async function latest(
  host: Host,
  name: string,
  url: string,
  parse: (body: string) => string | undefined,
  opts: { signal?: AbortSignal; timeoutMs: number },
): Promise<LatestVersion> {
  const file = cacheFile(host, name);
  const cached = await readCache(host, file, url);
  if (cached) return { version: cached.version, basis: "cache", fetchedAt: cached.fetchedAt, url };
  const res = await host.http.request(url, { timeoutMs: opts.timeoutMs, signal: opts.signal, maxBytes: 2 * 1024 * 1024 });
  if (res.status !== 200) throw new Error(`HTTP ${res.status} from ${url}`);
  const version = parse(res.body.toString("utf8"));
  if (!version) throw new Error(`no version found in the answer of ${url}`);
  const fetchedAt = host.now().toISOString();
  await writeCache(host, file, { url, version, fetchedAt });
  return { version, basis: "online", fetchedAt, url };
}

export function latestChrome(host: Host, opts: { signal?: AbortSignal; timeoutMs: number }): Promise<LatestVersion> {
  const p = chromePlatform(host.platform.os, host.platform.arch);
  return latest(host, `chrome-stable-${p}.json`, chromeUrl(host), parseVersionHistory, opts);
}

export function latestOpera(host: Host, opts: { signal?: AbortSignal; timeoutMs: number }): Promise<LatestVersion> {
  return latest(host, "opera-stable.json", operaUrl(host), parseOperaListing, opts);
}
