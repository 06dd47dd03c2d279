import type { Host } from "../host.js";
import { pemBlocks, type StoreReadOptions, type StoreReading } from "./types.js";

/** Debian/Ubuntu, Fedora/RHEL, openSUSE, Alpine: the first that exists is the system bundle. */
export const SYSTEM_BUNDLES = [
  "/etc/ssl/certs/ca-certificates.crt",
  "/etc/pki/tls/certs/ca-bundle.crt",
  "/etc/ssl/ca-bundle.pem",
  "/etc/ssl/cert.pem",
];

const STORE = "/etc/ssl/certs";

/**
 * The system's trusted CA bundle (/etc/ssl/certs), used by openssl, curl and
 * programs built on them. Chrome and Opera on Linux do not read it for user roots:
 * they read the NSS database, so this store informs but does not decide.
 */
export async function readSystemBundle(host: Host, o: StoreReadOptions): Promise<StoreReading> {
  for (const path of SYSTEM_BUNDLES) {
    if (!(await host.fs.exists(path))) continue;
    try {
      const text = await host.fs.readText(path, { maxBytes: 8 * 1024 * 1024, signal: o.signal });
      const certificates = pemBlocks(text).map((der) => ({ der, store: STORE, trustedAsRoot: true }));
      return { store: STORE, location: path, usedByBrowser: false, ok: true, certificates };
    } catch (e) {
      return {
        store: STORE,
        location: path,
        usedByBrowser: false,
        ok: false,
        reason: String((e as Error).message).slice(0, 200),
        certificates: [],
      };
    }
  }
  return { store: STORE, location: "/etc/ssl/certs", usedByBrowser: false, ok: true, absent: true, certificates: [] };
}
