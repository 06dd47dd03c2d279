import type { Host } from "../host.js";
import { execFailure } from "./nss.js";
import { pemBlocks, type StoreReadOptions, type StoreReading } from "./types.js";

/** Keychains Safari, Chrome and the signer read on macOS. */
export const MAC_KEYCHAINS = ["login", "/Library/Keychains/System.keychain"] as const;
const SYSTEM_ROOTS = "/System/Library/Keychains/SystemRootCertificates.keychain";

export interface MacTrustEntry {
  /** The certificate's print name (its common name) as `security` shows it. */
  name: string;
  /** Result types of the settings; empty = "trusted for everything" (the form add-trusted-cert -r trustRoot gives). */
  results: string[];
  settingsCount: number;
}

/**
 * Parses `security dump-trust-settings [-d]`:
 *
 *     Number of trusted certs = 1
 *     Cert 0: AZ Root Authority (RCA)
 *        Number of trust settings : 0
 *     Cert 1: Some CA
 *        Number of trust settings : 1
 *        Trust Setting 0:
 *           Policy OID            : SSL
 *           Result Type           : kSecTrustSettingsResultDeny
 *
 * With no settings at all it prints "SecTrustSettingsCopyCertificates: No Trust
 * Settings were found." on stderr and exits non-zero.
 */
export function parseDumpTrustSettings(stdout: string): MacTrustEntry[] {
  const out: MacTrustEntry[] = [];
  let cur: MacTrustEntry | undefined;
  let settingOpen = false;
  let settingHasResult = false;
  const closeSetting = () => {
    // A setting without a Result Type line defaults to kSecTrustSettingsResultTrustRoot.
    if (cur && settingOpen && !settingHasResult) cur.results.push("kSecTrustSettingsResultTrustRoot");
    settingOpen = false;
    settingHasResult = false;
  };
  for (const line of stdout.split(/\r?\n/)) {
    const cert = /^Cert \d+:\s?(.*)$/.exec(line.trim());
    if (cert) {
      closeSetting();
      cur = { name: cert[1]!.trim(), results: [], settingsCount: 0 };
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    const count = /^Number of trust settings\s*:\s*(\d+)/.exec(line.trim());
    if (count) {
      cur.settingsCount = Number(count[1]);
      continue;
    }
    if (/^Trust Setting \d+:/.test(line.trim())) {
      closeSetting();
      settingOpen = true;
      continue;
    }
    const result = /^Result Type\s*:\s*(\S+)/.exec(line.trim());
    if (result) {
      cur.results.push(result[1]!);
      settingHasResult = true;
    }
  }
  closeSetting();
  return out;
}

/** Trusted as a root: no settings (trust for everything) or a TrustRoot/TrustAsRoot and no Deny. */
export function macTrusted(entry: MacTrustEntry): boolean {
  if (entry.results.some((r) => /Deny/.test(r))) return false;
  if (entry.settingsCount === 0 && entry.results.length === 0) return true;
  return entry.results.some((r) => /TrustRoot|TrustAsRoot/.test(r));
}

export async function readMacStores(
  host: Host,
  o: StoreReadOptions,
  commonNameOf: (der: Uint8Array) => Promise<string>,
): Promise<StoreReading[]> {
  const exec = (args: string[]) =>
    host.exec("security", args, { timeoutMs: o.timeoutMs, signal: o.signal, maxOutputBytes: 16 * 1024 * 1024 });
  const trust: MacTrustEntry[] = [];
  let trustReadable = true;
  for (const args of [["dump-trust-settings"], ["dump-trust-settings", "-d"]]) {
    const r = await exec(args);
    if (r.notFound || r.timedOut) trustReadable = false;
    else if (r.exitCode === 0) trust.push(...parseDumpTrustSettings(r.stdout));
    // Non-zero with "No Trust Settings were found" simply means an empty domain.
  }
  const readings: StoreReading[] = [];
  for (const keychain of [...MAC_KEYCHAINS, SYSTEM_ROOTS]) {
    const args = ["find-certificate", "-a", "-p"];
    if (keychain !== "login") args.push(keychain);
    else args.push(`${host.env.HOME || host.platform.homedir}/Library/Keychains/login.keychain-db`);
    const r = await exec(args);
    const failed = execFailure(r);
    const store =
      keychain === "login" ? "macOS login keychain" : keychain === SYSTEM_ROOTS ? "macOS system roots" : "macOS System keychain";
    const reading: StoreReading = {
      store,
      location: args[args.length - 1]!,
      usedByBrowser: true,
      ok: !failed && trustReadable,
      reason: failed ?? (trustReadable ? undefined : "security dump-trust-settings failed"),
      certificates: [],
    };
    if (!failed) {
      for (const der of pemBlocks(r.stdout)) {
        const name = await commonNameOf(der).catch(() => "");
        // Apple's own roots are trusted by being in SystemRootCertificates; others need trust settings.
        const trusted = keychain === SYSTEM_ROOTS || trust.some((t) => t.name === name && macTrusted(t));
        reading.certificates.push({ der, store, trustedAsRoot: trusted, label: name });
      }
    }
    readings.push(reading);
  }
  return readings;
}
