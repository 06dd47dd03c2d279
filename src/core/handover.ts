import { checkHandle } from "./define-check.js";

/**
 * What one group hands to another through the engine (`uses` / `dependsOn` and
 * `ctx.dep()`), typed in one place so that neither side reads the other's insides.
 */

/** The token group's check that reads certificates from every token found: its handle, typed with what it hands over. */
export const TOKEN_CERTIFICATES_CHECK = checkHandle<TokenCertificatesOutput>("token.certificates");

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
  /** CKA_LABEL of the token: often the holder's name, so personal data wherever it is shown. */
  tokenLabel: string;
  /** The token's model (not personal): how a message names the token when labels are redacted. */
  tokenModel?: string;
  /** What the certificate is for, from its keyUsage (nonRepudiation: signing; digitalSignature: authentication). */
  role?: TokenCertRole;
  /** An older certificate of a role the token holds a better one for (a renewed certificate's predecessor): a leftover, not the one used. */
  superseded?: boolean;
}

/** The two certificates an E-İmza token carries; "other" for one usable for neither (encryption). */
export type TokenCertRole = "signing" | "authentication" | "other";

export interface TokenCertificatesOutput {
  certificates: TokenCertificate[];
}
