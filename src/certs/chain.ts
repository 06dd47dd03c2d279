import type { Host } from "../host/host.js";
import { loadX509 } from "../core/lazy.js";
import { certInfo, type CertInfo } from "./cert-info.js";
import { pemBlocks } from "../host/certstores/types.js";

export interface ChainResult {
  /** Leaf first, as far as it could be built. */
  chain: CertInfo[];
  /** Ends in a self-signed certificate whose signature verifies. */
  complete: boolean;
  /** A certificate with the issuer's name is there, but the signature does not verify with its key. */
  badSignature?: { certificate: string; issuer: string };
  /** The common name of the first issuer that could not be found. */
  missingIssuer?: string;
  /** caIssuers URLs fetched to fill gaps, with what happened. */
  fetched: { url: string; outcome: string }[];
}

/**
 * Builds the chain with @peculiar/x509's X509ChainBuilder (which links an issuer only
 * when the child's signature verifies with its key), filling gaps from the
 * certificate's AIA caIssuers URL when online.
 */
export async function buildChain(
  host: Host,
  leaf: CertInfo,
  pool: readonly CertInfo[],
  o: { timeoutMs: number; signal?: AbortSignal },
): Promise<ChainResult> {
  const x509 = await loadX509();
  const all = [...pool];
  const fetched: ChainResult["fetched"] = [];
  for (let round = 0; ; round++) {
    const byCert = new Map(all.map((c) => [c.cert, c]));
    const builder = new x509.X509ChainBuilder({ certificates: all.map((c) => c.cert) });
    let built: CertInfo[];
    try {
      const certs = await builder.build(leaf.cert);
      built = [
        leaf,
        ...certs
          .slice(1)
          .map((c) => byCert.get(c)!)
          .filter(Boolean),
      ];
    } catch {
      built = [leaf];
    }
    const last = built[built.length - 1]!;
    if (last.selfIssued && (await selfSigned(last))) return { chain: built, complete: true, fetched };
    // Fill the gap from AIA once per certificate, when the network is allowed.
    const urls = last.caIssuerUrls.filter((u) => !fetched.some((f) => f.url === u));
    if (round < 4 && urls.length > 0 && !host.http.offline) {
      for (const url of urls) {
        const got = await fetchIssuer(host, url, o);
        fetched.push({ url, outcome: got.outcome });
        for (const c of got.certs) if (!all.some((a) => a.sha256 === c.sha256)) all.push(c);
      }
      continue;
    }
    const named = all.find((c) => c.subject === last.issuer && c.sha256 !== last.sha256);
    if (named) return { chain: built, complete: false, badSignature: { certificate: last.commonName, issuer: named.commonName }, fetched };
    return { chain: built, complete: false, missingIssuer: last.issuerCommonName || last.issuer, fetched };
  }
}

async function fetchIssuer(
  host: Host,
  url: string,
  o: { timeoutMs: number; signal?: AbortSignal },
): Promise<{ certs: CertInfo[]; outcome: string }> {
  try {
    const res = await host.http.request(url, { timeoutMs: o.timeoutMs, signal: o.signal, maxBytes: 1024 * 1024 });
    if (res.status !== 200) return { certs: [], outcome: `HTTP ${res.status}` };
    const text = res.body.toString("latin1");
    const ders = text.includes("-----BEGIN") ? pemBlocks(text) : [new Uint8Array(res.body)];
    const certs: CertInfo[] = [];
    for (const der of ders) certs.push(await certInfo(der));
    return { certs, outcome: `${certs.length} certificate(s)` };
  } catch (e) {
    return {
      certs: [],
      outcome: String((e as Error).message ?? e)
        .split("\n")[0]!
        .slice(0, 160),
    };
  }
}

/** A self-issued certificate whose own key verifies its signature; an unsupported key is "no". */
async function selfSigned(c: CertInfo): Promise<boolean> {
  try {
    return await c.cert.isSelfSigned();
  } catch {
    return false;
  }
}
