/**
 * The Azerbaijani E-İmza CA hierarchy, as far as public sources show. The official
 * certificates and their fingerprints are not published where this tool could read
 * them, so fingerprints and key identifiers are left empty until known: an IT helper
 * supplies the official files with `--ca`, and the checks compare by fingerprint then.
 * Every fact carries its source.
 */

export type CaRole = "root" | "policy" | "issuing";

export interface ExpectedCa {
  role: CaRole;
  /** Short name used in messages and by the notice. */
  short: "RCA" | "PCA" | "ICA";
  /** The subject common name, exactly as the CA names itself. */
  commonName: string;
  /** Certificate revocation list published for the CA's own certificates. */
  crlUrl?: string;
  /** SHA-256 of the official certificate, lower-case hex, when known. */
  sha256?: string;
  /** Subject key identifier, lower-case hex, when known. */
  keyId?: string;
  /** Where each fact above comes from. */
  sources: Readonly<Record<string, string>>;
}

const NOTICE = "docs/notice-guzestli-menzil.az.txt (official Güzəştli mənzil notice)";

export const EXPECTED_CAS: readonly ExpectedCa[] = [
  {
    role: "root",
    short: "RCA",
    commonName: "AZ Root Authority (RCA)",
    crlUrl: "http://asxm.e-imza.az/cdp/AZ%20Root%20Authority%20(RCA).crl",
    sources: {
      commonName: "the public CRL address http://asxm.e-imza.az/cdp/AZ%20Root%20Authority%20(RCA).crl names it",
      role: NOTICE + ": a national root above PCA and ICA",
      crlUrl: "public CRL distribution point of the Azerbaijani national CA (asxm.e-imza.az)",
    },
  },
  {
    role: "policy",
    short: "PCA",
    commonName: "AZ Policy Authority (PCA)",
    crlUrl: "http://asxm.e-imza.az/cdp/AZ%20Policy%20Authority%20(PCA).crl",
    sources: {
      commonName: NOTICE + ' names "AZ Policy Authority (PCA)"',
      crlUrl: "public CRL distribution point of the Azerbaijani national CA (asxm.e-imza.az)",
    },
  },
  {
    role: "issuing",
    short: "ICA",
    commonName: "AZ E-Government Authority (ICA)",
    sources: {
      commonName: NOTICE + ' names "AZ E-Government Authority (ICA)"',
      crlUrl: "not published in a source available to this tool; the user's certificate names its own CRL",
    },
  },
];

export function expectedCa(role: CaRole): ExpectedCa {
  return EXPECTED_CAS.find((c) => c.role === role)!;
}
