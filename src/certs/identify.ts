import { EXPECTED_CAS, type CaRole, type ExpectedCa } from "./expected-cas.js";
import { sameName, sameSubjectAndKey, type CertInfo } from "./cert-info.js";
import { matchCaName } from "./ca-names.js";
import type { OfficialCas } from "./official-set.js";
import type { ChainRoles } from "./chain-roles.js";

/**
 * How a store certificate was recognised as an expected CA; said in `data.method`:
 * - fingerprint: it is the certificate the --ca files put in this role (or a known fingerprint);
 * - chain: the user's own certificate chains through it in this role, signature by signature;
 * - subject+keyId: the official name and a known key identifier;
 * - subject: the official spelling of the name, nothing more;
 * - nameVariant: another spelling of the name (no space before "(PCA)", no suffix, case).
 */
export type MatchMethod = "fingerprint" | "chain" | "subject+keyId" | "subject" | "nameVariant";

/** A certificate from a store, parsed. */
export interface StoredCert {
  info: CertInfo;
  store: string;
  usedByBrowser: boolean;
  trustedAsRoot: boolean;
  label?: string;
  trust?: string;
  /** This store marks the certificate as distrusted (see StoreCertificate.distrusted). */
  distrusted?: boolean;
  /** The store is a browser's own (Chrome's certificate manager), not the NSS database. */
  ownStore?: boolean;
}

/** What tells the CAs apart, strongest first: the official files, then the user's chain, then names. */
export interface CaEvidence {
  official?: OfficialCas;
  chain?: ChainRoles;
}

export interface CaFinding {
  expected: ExpectedCa;
  /** The official certificate from --ca, when the files put one in this role. */
  official?: CertInfo;
  /** The weakest way a match was recognised (the finding is only as sure as that). */
  method: MatchMethod;
  /** Store entries that are this CA. */
  matches: StoredCert[];
  /** How each match (by SHA-256) was recognised. */
  matchedBy: Record<string, MatchMethod>;
  /** Store entries named like this CA that are NOT it (other fingerprint, not in the user's chain): an old or foreign copy. */
  impostors: StoredCert[];
  /**
   * Matches that are another issue of the official root: not its fingerprint, but the
   * same subject and public key — the same trust anchor (RFC 5280 §6.1.1(d)).
   */
  otherIssues?: StoredCert[];
}

export function findExpectedCas(stored: readonly StoredCert[], ev: CaEvidence): CaFinding[] {
  return EXPECTED_CAS.map((expected) => findCa(expected, stored, ev));
}

export function findCa(expected: ExpectedCa, stored: readonly StoredCert[], ev: CaEvidence): CaFinding {
  const named = (s: StoredCert) => matchCaName(s.info.commonName, expected) !== "none";
  const result = (
    method: MatchMethod,
    official: CertInfo | undefined,
    isIt: (s: StoredCert) => boolean,
    alsoNamed?: (s: StoredCert) => boolean,
  ): CaFinding => {
    const matches = stored.filter(isIt);
    const matchedBy: Record<string, MatchMethod> = {};
    for (const m of matches) matchedBy[m.info.sha256] = method;
    const impostors = stored.filter((s) => !isIt(s) && (named(s) || (alsoNamed?.(s) ?? false)));
    return { expected, official, method, matches, matchedBy, impostors };
  };

  const off = ev.official?.byRole[expected.role];
  if (off) {
    // A root is its name and key: a re-issue of the official root with both is the same root.
    const otherIssue = (s: StoredCert) =>
      expected.role === "root" && s.info.sha256 !== off.sha256 && s.info.selfIssued && s.info.isCa && sameSubjectAndKey(s.info, off);
    const found = result(
      "fingerprint",
      off,
      (s) => s.info.sha256 === off.sha256 || otherIssue(s),
      (s) => sameName(s.info.commonName, off.commonName),
    );
    const otherIssues = found.matches.filter(otherIssue);
    return otherIssues.length > 0 ? { ...found, otherIssues } : found;
  }
  const inChain = ev.chain?.[expected.role];
  if (inChain && inChain.length > 0) {
    const fps = new Set(inChain.map((c) => c.sha256));
    return result(
      "chain",
      undefined,
      (s) => fps.has(s.info.sha256),
      (s) => inChain.some((c) => sameName(s.info.commonName, c.commonName)),
    );
  }
  if (expected.sha256) return result("fingerprint", undefined, (s) => s.info.sha256 === expected.sha256);
  if (expected.keyId) return result("subject+keyId", undefined, (s) => named(s) && s.info.keyId === expected.keyId);

  // Names only: the official spelling or any known variant of it. A certificate that is not
  // a CA cannot be one, whatever it is called: it is a copy that is not this CA.
  const matches = stored.filter((s) => named(s) && s.info.isCa);
  const matchedBy: Record<string, MatchMethod> = {};
  for (const m of matches) matchedBy[m.info.sha256] = matchCaName(m.info.commonName, expected) === "exact" ? "subject" : "nameVariant";
  const method: MatchMethod = Object.values(matchedBy).includes("nameVariant") ? "nameVariant" : "subject";
  return { expected, official: undefined, method, matches, matchedBy, impostors: stored.filter((s) => named(s) && !s.info.isCa) };
}

export function findingFor(findings: readonly CaFinding[], role: CaRole): CaFinding {
  return findings.find((f) => f.expected.role === role)!;
}
