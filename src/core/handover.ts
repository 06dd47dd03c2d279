/**
 * What one group hands to another through the engine (`uses` / `dependsOn` and
 * `ctx.dep()`), typed in one place so that neither side reads the other's insides.
 */

/** The token group's check that reads certificates from every token found. */
export const TOKEN_CERTIFICATES_CHECK = "token.certificates";

export interface TokenCertificate {
  /** DER, base64. */
  derBase64: string;
  /** CKA_LABEL of the certificate object. */
  label?: string;
  /** CKA_ID, hex: pairs the certificate with its keys. */
  idHex?: string;
  /** The PKCS#11 module it was read through. */
  module: string;
  slotId: number;
  tokenLabel: string;
}

export interface TokenCertificatesOutput {
  certificates: TokenCertificate[];
}
