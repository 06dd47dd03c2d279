import { createPublicKey, verify as cryptoVerify } from "node:crypto";

/** Signature algorithm OIDs → the hash node:crypto needs; RSA PKCS#1 v1.5 and ECDSA. */
const HASH_BY_OID: Record<string, string> = {
  "1.2.840.113549.1.1.5": "sha1",
  "1.2.840.113549.1.1.11": "sha256",
  "1.2.840.113549.1.1.12": "sha384",
  "1.2.840.113549.1.1.13": "sha512",
  "1.2.840.10045.4.1": "sha1",
  "1.2.840.10045.4.3.2": "sha256",
  "1.2.840.10045.4.3.3": "sha384",
  "1.2.840.10045.4.3.4": "sha512",
};

/**
 * Verifies a signature made over `data` (an OCSP response's tbsResponseData) with the
 * key in `spkiDer`. Returns undefined for an algorithm this tool cannot verify, so the
 * caller says "could not verify" instead of guessing.
 */
export function verifySignature(algorithmOid: string, spkiDer: Uint8Array, data: Uint8Array, signature: Uint8Array): boolean | undefined {
  const hash = HASH_BY_OID[algorithmOid];
  if (!hash) return undefined;
  try {
    const key = createPublicKey({ key: Buffer.from(spkiDer), format: "der", type: "spki" });
    return cryptoVerify(hash, data, key, signature);
  } catch {
    return false;
  }
}
