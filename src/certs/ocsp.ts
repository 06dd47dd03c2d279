import { createHash, randomBytes } from "node:crypto";
import type { Host } from "../host/host.js";
import type { CertInfo } from "./cert-info.js";
import { verifySignature } from "./signature.js";
import { loadX509 } from "../core/lazy.js";

/** What an OCSP responder said about one certificate, checked. */
export type OcspAnswer =
  | { status: "good"; thisUpdate: Date; nextUpdate?: Date; url: string }
  | { status: "revoked"; revokedAt: Date; reason?: number; url: string }
  | { status: "unknown"; url: string }
  /** The responder answered but the answer is not usable (error status, bad signature, stale). */
  | { status: "invalid"; reason: string; url: string };

/** Loaded only when revocation is checked (keeps start-up light). */
async function asn1() {
  const [schema, x509, ocsp] = await Promise.all([
    import("@peculiar/asn1-schema"),
    import("@peculiar/asn1-x509"),
    import("@peculiar/asn1-ocsp"),
  ]);
  return { schema, x509, ocsp };
}

/**
 * Builds a DER OCSPRequest (RFC 6960) for `cert` issued by `issuer`: CertID with
 * SHA-1 hashes of the issuer's name and key (what every responder accepts), and a
 * nonce.
 */
export async function buildOcspRequest(cert: CertInfo, issuer: CertInfo): Promise<{ der: Uint8Array; nonce: Uint8Array }> {
  const { schema, x509, ocsp } = await asn1();
  const leaf = schema.AsnConvert.parse(cert.der, x509.Certificate);
  const iss = schema.AsnConvert.parse(issuer.der, x509.Certificate);
  const issuerNameDer = new Uint8Array(schema.AsnConvert.serialize(iss.tbsCertificate.subject));
  const issuerKey = new Uint8Array(iss.tbsCertificate.subjectPublicKeyInfo.subjectPublicKey);
  const sha1 = (b: Uint8Array) => new Uint8Array(createHash("sha1").update(b).digest());
  const certId = new ocsp.CertID({
    hashAlgorithm: new x509.AlgorithmIdentifier({ algorithm: "1.3.14.3.2.26", parameters: null }),
    issuerNameHash: new schema.OctetString(sha1(issuerNameDer)),
    issuerKeyHash: new schema.OctetString(sha1(issuerKey)),
    serialNumber: leaf.tbsCertificate.serialNumber,
  });
  const nonce = new Uint8Array(randomBytes(16));
  const req = new ocsp.OCSPRequest({
    tbsRequest: new ocsp.TBSRequest({
      requestList: [new ocsp.Request({ reqCert: certId })],
      requestExtensions: [
        new x509.Extension({
          extnID: ocsp.id_pkix_ocsp_nonce,
          critical: false,
          extnValue: new schema.OctetString(schema.AsnConvert.serialize(new schema.OctetString(nonce))),
        }),
      ],
    }),
  });
  return { der: new Uint8Array(schema.AsnConvert.serialize(req)), nonce };
}

/**
 * Parses and checks a DER OCSPResponse: successful status, a basic response, signed
 * by the issuer or by a responder certificate the issuer signed for OCSP, holding a
 * fresh answer for this certificate's serial.
 */
export async function parseOcspResponse(
  der: Uint8Array,
  cert: CertInfo,
  issuer: CertInfo,
  now: Date,
  url: string,
  nonce?: Uint8Array,
): Promise<OcspAnswer> {
  const { schema, x509, ocsp } = await asn1();
  const invalid = (reason: string): OcspAnswer => ({ status: "invalid", reason, url });
  let resp: InstanceType<typeof ocsp.OCSPResponse>;
  try {
    resp = schema.AsnConvert.parse(der, ocsp.OCSPResponse);
  } catch {
    return invalid("not an OCSP response");
  }
  if (resp.responseStatus !== ocsp.OCSPResponseStatus.successful)
    return invalid(`responder status ${ocsp.OCSPResponseStatus[resp.responseStatus] ?? resp.responseStatus}`);
  if (!resp.responseBytes || resp.responseBytes.responseType !== ocsp.id_pkix_ocsp_basic) return invalid("not a basic OCSP response");
  let basic: InstanceType<typeof ocsp.BasicOCSPResponse>;
  try {
    basic = schema.AsnConvert.parse(resp.responseBytes.response.buffer, ocsp.BasicOCSPResponse);
  } catch {
    return invalid("unreadable basic OCSP response");
  }
  const tbs = basic.tbsResponseDataRaw
    ? new Uint8Array(basic.tbsResponseDataRaw)
    : new Uint8Array(schema.AsnConvert.serialize(basic.tbsResponseData));
  const sigAlg = basic.signatureAlgorithm.algorithm;
  const signature = new Uint8Array(basic.signature);

  // Who may sign: the issuer itself, or a delegated responder the issuer certified for OCSP signing.
  const issuerSpki = spkiOf(schema, x509, issuer.der);
  let verified = verifySignature(sigAlg, issuerSpki, tbs, signature);
  if (!verified) {
    for (const c of basic.certs ?? []) {
      const responderDer = new Uint8Array(schema.AsnConvert.serialize(c));
      if (!(await issuedForOcspBy(responderDer, issuer))) continue;
      const ok = verifySignature(sigAlg, spkiOf(schema, x509, responderDer), tbs, signature);
      if (ok) {
        verified = true;
        break;
      }
    }
  }
  if (verified === undefined) return invalid(`unsupported signature algorithm ${sigAlg}`);
  if (!verified) return invalid("signature does not verify against the issuer");

  // A responder that echoes a nonce must echo ours: anything else is a replayed answer.
  const echoed = basic.tbsResponseData.responseExtensions?.find((e) => e.extnID === ocsp.id_pkix_ocsp_nonce);
  if (nonce && echoed && !nonceMatches(schema, new Uint8Array(echoed.extnValue.buffer), nonce))
    return invalid("nonce does not match the request (replayed answer)");

  const serial = Buffer.from(schema.AsnConvert.parse(cert.der, x509.Certificate).tbsCertificate.serialNumber);
  const single = basic.tbsResponseData.responses.find((r) => Buffer.from(r.certID.serialNumber).equals(serial));
  if (!single) return invalid("no answer for this certificate's serial number");
  const slackMs = 5 * 60_000;
  if (single.thisUpdate.getTime() > now.getTime() + slackMs) return invalid("answer dated in the future (check the clock)");
  if (single.nextUpdate && single.nextUpdate.getTime() < now.getTime() - slackMs) return invalid("answer is stale (nextUpdate passed)");
  if (single.certStatus.revoked) {
    return {
      status: "revoked",
      revokedAt: single.certStatus.revoked.revocationTime,
      reason: single.certStatus.revoked.revocationReason as number | undefined,
      url,
    };
  }
  if (single.certStatus.good !== undefined) return { status: "good", thisUpdate: single.thisUpdate, nextUpdate: single.nextUpdate, url };
  return { status: "unknown", url };
}

/** The nonce extension holds an OCTET STRING; some responders put the raw bytes instead. */
function nonceMatches(schema: typeof import("@peculiar/asn1-schema"), value: Uint8Array, nonce: Uint8Array): boolean {
  if (Buffer.from(value).equals(Buffer.from(nonce))) return true;
  try {
    const inner = schema.AsnConvert.parse(value, schema.OctetString);
    return Buffer.from(inner.buffer).equals(Buffer.from(nonce));
  } catch {
    return false;
  }
}

function spkiOf(
  schema: typeof import("@peculiar/asn1-schema"),
  x509: typeof import("@peculiar/asn1-x509"),
  certDer: Uint8Array,
): Uint8Array {
  const c = schema.AsnConvert.parse(certDer, x509.Certificate);
  return new Uint8Array(schema.AsnConvert.serialize(c.tbsCertificate.subjectPublicKeyInfo));
}

/** A delegated OCSP responder: signed by the issuer and carrying the OCSPSigning key usage. */
async function issuedForOcspBy(responderDer: Uint8Array, issuer: CertInfo): Promise<boolean> {
  const x = await loadX509();
  try {
    const responder = new x.X509Certificate(responderDer);
    const eku = responder.getExtension(x.ExtendedKeyUsageExtension);
    if (!eku?.usages.includes("1.3.6.1.5.5.7.3.9")) return false;
    return await responder.verify({ publicKey: issuer.cert.publicKey, signatureOnly: true });
  } catch {
    return false;
  }
}

/** POSTs the request to the responder (RFC 6960 appendix A.1) within the deadline. */
export async function queryOcsp(
  host: Host,
  url: string,
  cert: CertInfo,
  issuer: CertInfo,
  o: { timeoutMs: number; signal?: AbortSignal },
): Promise<OcspAnswer> {
  const { der, nonce } = await buildOcspRequest(cert, issuer);
  const res = await host.http.request(url, {
    method: "POST",
    headers: { "Content-Type": "application/ocsp-request", Accept: "application/ocsp-response" },
    body: Buffer.from(der),
    timeoutMs: o.timeoutMs,
    signal: o.signal,
    maxBytes: 1024 * 1024,
  });
  if (res.status !== 200) return { status: "invalid", reason: `HTTP ${res.status}`, url };
  return parseOcspResponse(new Uint8Array(res.body), cert, issuer, host.now(), url, nonce);
}
