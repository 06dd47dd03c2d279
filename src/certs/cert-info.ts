import { createHash } from "node:crypto";
import type { X509Certificate } from "@peculiar/x509";
import { loadX509 } from "../core/lazy.js";

/** What the certs checks read of a certificate, parsed once. */
export interface CertInfo {
  der: Uint8Array;
  cert: X509Certificate;
  /** SHA-256 of the DER, lower-case hex: the fingerprint compared with official files. */
  sha256: string;
  /** SHA-1 of the DER, upper-case hex: what Windows calls the thumbprint. */
  sha1: string;
  subject: string;
  issuer: string;
  /** The subject's common name ("" when there is none). */
  commonName: string;
  issuerCommonName: string;
  /** Subject key identifier, lower-case hex. */
  keyId?: string;
  /**
   * SHA-256 of the subjectPublicKeyInfo, lower-case hex. With the subject it is what a
   * trust anchor is (RFC 5280 §6.1.1(d): a name and a public key): two issues of one
   * root with the same subject and key are the same root.
   */
  keySha256: string;
  /** Authority key identifier, lower-case hex. */
  authorityKeyId?: string;
  notBefore: Date;
  notAfter: Date;
  serialHex: string;
  /** basicConstraints cA=true. */
  isCa: boolean;
  /** Subject equals issuer (a root candidate). */
  selfIssued: boolean;
  ocspUrls: string[];
  caIssuerUrls: string[];
  crlUrls: string[];
}

/** Parses DER into CertInfo; throws on a broken certificate. */
export async function certInfo(der: Uint8Array): Promise<CertInfo> {
  const x509 = await loadX509();
  const cert = new x509.X509Certificate(der);
  const ski = cert.getExtension(x509.SubjectKeyIdentifierExtension);
  const aki = cert.getExtension(x509.AuthorityKeyIdentifierExtension);
  const bc = cert.getExtension(x509.BasicConstraintsExtension);
  const aia = cert.getExtension(x509.AuthorityInfoAccessExtension);
  const cdp = cert.getExtension(x509.CRLDistributionPointsExtension);
  const urls = (names: { type: string; value: string }[] | undefined) =>
    (names ?? []).filter((n) => n.type === "url" && /^https?:\/\//i.test(n.value)).map((n) => n.value);
  const crlUrls: string[] = [];
  for (const dp of cdp?.distributionPoints ?? []) {
    for (const gn of dp.distributionPoint?.fullName ?? []) {
      const u = gn.uniformResourceIdentifier;
      if (u && /^https?:\/\//i.test(u)) crlUrls.push(u);
    }
  }
  return {
    der,
    cert,
    sha256: createHash("sha256").update(der).digest("hex"),
    sha1: createHash("sha1").update(der).digest("hex").toUpperCase(),
    subject: cert.subject,
    issuer: cert.issuer,
    commonName: firstCommonName(cert.subjectName.getField("CN")),
    issuerCommonName: firstCommonName(cert.issuerName.getField("CN")),
    keyId: ski?.keyId?.toLowerCase(),
    keySha256: createHash("sha256").update(new Uint8Array(cert.publicKey.rawData)).digest("hex"),
    authorityKeyId: aki?.keyId?.toLowerCase(),
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    serialHex: cert.serialNumber.toLowerCase(),
    isCa: bc?.ca === true,
    selfIssued: cert.subject === cert.issuer,
    ocspUrls: urls(aia?.ocsp),
    caIssuerUrls: urls(aia?.caIssuers),
    crlUrls,
  };
}

/** Parses what parses; a broken certificate in a store is left out, not fatal. */
export async function certInfos(ders: readonly Uint8Array[]): Promise<CertInfo[]> {
  const out: CertInfo[] = [];
  for (const der of ders) {
    try {
      out.push(await certInfo(der));
    } catch {
      // A store may hold a certificate this parser refuses; it cannot be one we look for.
    }
  }
  return out;
}

function firstCommonName(values: string[]): string {
  return values[0] ?? "";
}

/** The same CA in the sense of RFC 5280 §6.1.1(d): the same subject name and the same public key. */
export function sameSubjectAndKey(a: CertInfo, b: CertInfo): boolean {
  return a.subject === b.subject && a.keySha256 === b.keySha256;
}

/** Names compared loosely: case, spacing. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
  return norm(a) === norm(b);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / 86_400_000);
}

export function toPem(der: Uint8Array): string {
  const b64 = Buffer.from(der)
    .toString("base64")
    .replace(/.{1,64}/g, "$&\n");
  return `-----BEGIN CERTIFICATE-----\n${b64}-----END CERTIFICATE-----\n`;
}
