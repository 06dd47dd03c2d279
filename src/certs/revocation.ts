import type { Host } from "../host/host.js";
import { HttpTimeoutError, OfflineError } from "../host/host.js";
import type { CertInfo } from "./cert-info.js";
import { queryOcsp } from "./ocsp.js";
import { fetchCrl } from "./crl.js";

/** One attempt, kept for `data` so an IT helper sees what was asked and what came back. */
export interface RevocationAttempt {
  method: "ocsp" | "crl";
  url: string;
  outcome: string;
}

export type RevocationVerdict =
  | { verdict: "good"; method: "ocsp" | "crl"; url: string; attempts: RevocationAttempt[] }
  | { verdict: "revoked"; method: "ocsp" | "crl"; url: string; revokedAt: Date; attempts: RevocationAttempt[] }
  | { verdict: "unknown"; url: string; attempts: RevocationAttempt[] }
  /** The only answer was the authority's CRL, genuine but past its nextUpdate: its list is out of date. */
  | { verdict: "stale"; url: string; nextUpdate: Date; attempts: RevocationAttempt[] }
  /** No responder or CRL answered usefully: network down, refused, timed out, invalid answers. */
  | { verdict: "unreachable"; attempts: RevocationAttempt[] }
  | { verdict: "offline"; attempts: RevocationAttempt[] }
  /** The certificate names no OCSP responder and no CRL. */
  | { verdict: "no-source"; attempts: RevocationAttempt[] };

/**
 * OCSP first (the certificate's own AIA responder), then the CRL distribution
 * points. Each network call gets its share of the deadline. A definite answer
 * (good or revoked) from a verified source ends the search.
 */
export async function checkRevocation(
  host: Host,
  cert: CertInfo,
  issuer: CertInfo,
  o: { deadlineMs: number; signal?: AbortSignal },
): Promise<RevocationVerdict> {
  const attempts: RevocationAttempt[] = [];
  const sources = [
    ...cert.ocspUrls.map((url) => ({ method: "ocsp" as const, url })),
    ...cert.crlUrls.map((url) => ({ method: "crl" as const, url })),
  ];
  if (sources.length === 0) return { verdict: "no-source", attempts };
  const perCall = Math.max(500, Math.floor(o.deadlineMs / sources.length));
  let unknownUrl: string | undefined;
  let stale: { url: string; nextUpdate: Date } | undefined;
  for (const src of sources) {
    try {
      const a =
        src.method === "ocsp"
          ? await queryOcsp(host, src.url, cert, issuer, { timeoutMs: perCall, signal: o.signal })
          : await fetchCrl(host, src.url, cert, issuer, { timeoutMs: perCall, signal: o.signal });
      attempts.push({
        method: src.method,
        url: src.url,
        outcome:
          a.status === "invalid"
            ? `invalid: ${a.reason}`
            : a.status === "stale"
              ? `stale: nextUpdate ${a.nextUpdate.toISOString()}`
              : a.status,
      });
      if (a.status === "stale") stale ??= { url: src.url, nextUpdate: a.nextUpdate };
      if (a.status === "good") return { verdict: "good", method: src.method, url: src.url, attempts };
      if (a.status === "revoked") return { verdict: "revoked", method: src.method, url: src.url, revokedAt: a.revokedAt, attempts };
      if (a.status === "unknown") unknownUrl ??= src.url;
    } catch (e) {
      if (e instanceof OfflineError) return { verdict: "offline", attempts };
      attempts.push({
        method: src.method,
        url: src.url,
        outcome: e instanceof HttpTimeoutError ? `no answer within ${perCall} ms` : networkReason(e),
      });
    }
  }
  if (unknownUrl) return { verdict: "unknown", url: unknownUrl, attempts };
  // Something did answer: the authority's list, out of date. Not "could not be reached".
  if (stale) return { verdict: "stale", url: stale.url, nextUpdate: stale.nextUpdate, attempts };
  return { verdict: "unreachable", attempts };
}

function networkReason(e: unknown): string {
  const err = e as { code?: string; message?: string };
  return (
    (err.code ? `${err.code}: ` : "") +
    String(err.message ?? e)
      .split("\n")[0]!
      .slice(0, 160)
  );
}
