import type { Host } from "../host.js";
import { nssStoreName, type BrowserNssStore } from "./browser-stores.js";
import { pemBlocks, type StoreCertificate, type StoreReadOptions, type StoreReading } from "./types.js";

/**
 * The NSS shared database Chrome and Opera use on Linux: ~/.pki/nssdb, or
 * ~/.local/share/pki/nssdb when the first does not exist (newer NSS follows XDG).
 */
export async function nssDbDir(host: Host): Promise<string> {
  const home = host.env.HOME || host.platform.homedir;
  const legacy = `${home}/.pki/nssdb`;
  if (await host.fs.exists(legacy)) return legacy;
  const xdg = `${home}/.local/share/pki/nssdb`;
  if (await host.fs.exists(xdg)) return xdg;
  return legacy;
}

export interface NssListEntry {
  nickname: string;
  /** "SSL,S/MIME,JAR/XPI" trust attributes, e.g. "CT,C,C" or ",,". */
  trust: string;
  ssl: string;
}

/**
 * Parses `certutil -L -d sql:<dir>`:
 *
 *     Certificate Nickname                                         Trust Attributes
 *                                                                  SSL,S/MIME,JAR/XPI
 *
 *     AZ Root Authority (RCA)                                      C,,
 *
 * Nicknames may hold spaces; the trust attributes are the last field.
 */
export function parseCertutilList(stdout: string): NssListEntry[] {
  const out: NssListEntry[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    if (/^\s*$/.test(line) || /^Certificate Nickname\s/.test(line) || /^\s+SSL,S\/MIME,JAR\/XPI\s*$/.test(line)) continue;
    const m = /^(.*?\S)\s+([A-Za-z]*,[A-Za-z]*,[A-Za-z]*)\s*$/.exec(line);
    if (!m) continue;
    out.push({ nickname: m[1]!, trust: m[2]!, ssl: m[2]!.split(",")[0]! });
  }
  return out;
}

/** The C flag in the SSL field: a CA trusted to issue certificates (a trusted root). */
export function nssTrustedAsRoot(ssl: string): boolean {
  return ssl.includes("C");
}

/**
 * Distrusted for websites: the SSL field has the terminal-record flag ("p", a valid
 * peer) and neither trusted-CA ("C") nor trusted-peer ("P"); chromium's
 * TrustStoreNSS::GetTrustForNSSTrust (net/cert/internal/trust_store_nss.cc) returns
 * ForDistrusted exactly then. `certutil -M -t p,p,p` makes such an entry.
 */
export function nssDistrusted(ssl: string): boolean {
  return ssl.includes("p") && !ssl.includes("C") && !ssl.includes("P");
}

/** Reads one NSS database: the one `target` names (a browser's), else the default per-user one. */
export async function readNssStore(host: Host, o: StoreReadOptions, target?: BrowserNssStore): Promise<StoreReading> {
  const dir = target?.dir ?? (await nssDbDir(host));
  const STORE = nssStoreName(target?.browsers ?? []);
  const base: StoreReading = {
    store: STORE,
    location: dir,
    usedByBrowser: true,
    ok: true,
    browsers: target?.browsers ?? [],
    browserIds: target?.ids ?? [],
    certificates: [],
  };
  if (!(await host.fs.exists(`${dir}/cert9.db`))) {
    // Chrome creates the database on its first start; until then nothing is installed.
    return { ...base, absent: true };
  }
  const list = await host.exec("certutil", ["-L", "-d", `sql:${dir}`], { timeoutMs: o.timeoutMs, signal: o.signal });
  const failed = execFailure(list);
  if (failed) return { ...base, ok: false, reason: failed };
  const certificates: StoreCertificate[] = [];
  for (const entry of parseCertutilList(list.stdout)) {
    const one = await host.exec("certutil", ["-L", "-d", `sql:${dir}`, "-n", entry.nickname, "-a"], {
      timeoutMs: o.timeoutMs,
      signal: o.signal,
      // The nickname is derived from the subject: for a personal certificate, the holder's name and FIN.
      personalArgs: [4],
    });
    if (execFailure(one)) continue;
    for (const der of pemBlocks(one.stdout)) {
      certificates.push({
        der,
        store: STORE,
        label: entry.nickname,
        trust: entry.trust,
        trustedAsRoot: nssTrustedAsRoot(entry.ssl),
        distrusted: nssDistrusted(entry.ssl),
      });
    }
  }
  return { ...base, certificates };
}

export function execFailure(r: {
  notFound: boolean;
  timedOut: boolean;
  exitCode: number | null;
  signal: string | null;
  stderr: string;
}): string | undefined {
  if (r.notFound) return "not-installed";
  if (r.timedOut) return "timed-out";
  if (r.exitCode !== 0) return (r.stderr.trim().split("\n")[0] ?? "").slice(0, 200) || `exit ${r.exitCode ?? r.signal}`;
  return undefined;
}
