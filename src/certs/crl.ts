import type { Host } from "../host/host.js";
import { loadX509 } from "../core/lazy.js";
import type { CertInfo } from "./cert-info.js";

export type CrlAnswer =
  | { status: "good"; thisUpdate: Date; nextUpdate?: Date; url: string }
  | { status: "revoked"; revokedAt: Date; reason?: number; url: string }
  /** A genuine list of the issuer that is past its nextUpdate: the authority has not published a newer one. */
  | { status: "stale"; nextUpdate: Date; url: string }
  | { status: "invalid"; reason: string; url: string };

/**
 * Checks a downloaded CRL (DER or PEM): issued and signed by the certificate's
 * issuer, not past its nextUpdate, and whether it lists the certificate's serial.
 */
export async function checkCrl(body: Uint8Array, cert: CertInfo, issuer: CertInfo, now: Date, url: string): Promise<CrlAnswer> {
  const x509 = await loadX509();
  const invalid = (reason: string): CrlAnswer => ({ status: "invalid", reason, url });
  let crl: InstanceType<typeof x509.X509Crl>;
  try {
    const text = Buffer.from(body).toString("latin1");
    crl = text.includes("-----BEGIN X509 CRL-----") ? new x509.X509Crl(text) : new x509.X509Crl(body);
    void crl.issuer;
  } catch {
    return invalid("not a CRL");
  }
  if (crl.issuer !== issuer.subject) return invalid("CRL is issued by another authority");
  let ok = false;
  try {
    ok = await crl.verify({ publicKey: issuer.cert.publicKey });
  } catch {
    ok = false;
  }
  if (!ok) return invalid("CRL signature does not verify against the issuer");
  if (crl.nextUpdate && crl.nextUpdate.getTime() < now.getTime() - 5 * 60_000) return { status: "stale", nextUpdate: crl.nextUpdate, url };
  const entry = crl.findRevoked(cert.cert);
  if (entry) return { status: "revoked", revokedAt: entry.revocationDate, reason: entry.reason, url };
  return { status: "good", thisUpdate: crl.thisUpdate, nextUpdate: crl.nextUpdate, url };
}

export async function fetchCrl(
  host: Host,
  url: string,
  cert: CertInfo,
  issuer: CertInfo,
  o: { timeoutMs: number; signal?: AbortSignal },
): Promise<CrlAnswer> {
  const res = await host.http.request(url, { timeoutMs: o.timeoutMs, signal: o.signal, maxBytes: 32 * 1024 * 1024 });
  if (res.status !== 200) return { status: "invalid", reason: `HTTP ${res.status}`, url };
  return checkCrl(new Uint8Array(res.body), cert, issuer, host.now(), url);
}
