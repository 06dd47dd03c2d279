import { EXPECTED_CAS, type CaRole, type ExpectedCa } from "./expected-cas.js";
import { sameName, type CertInfo } from "./cert-info.js";

/** How a store certificate was recognised as an expected CA; said in `data`. */
export type MatchMethod = "fingerprint" | "subject+keyId" | "subject";

/** A certificate from a store, parsed. */
export interface StoredCert {
  info: CertInfo;
  store: string;
  usedByBrowser: boolean;
  trustedAsRoot: boolean;
  label?: string;
  trust?: string;
}

export interface CaFinding {
  expected: ExpectedCa;
  /** The official certificate from --ca, when one was given for this CA. */
  official?: CertInfo;
  method: MatchMethod;
  /** Store entries that are this CA (by `method`). */
  matches: StoredCert[];
  /** Store entries named like this CA that are NOT it (other fingerprint / key id): an old or foreign copy. */
  impostors: StoredCert[];
}

/** The --ca certificate that is this expected CA, by common name. */
export function officialFor(expected: ExpectedCa, official: readonly CertInfo[]): CertInfo | undefined {
  return official.find((c) => sameName(c.commonName, expected.commonName));
}

/**
 * Finds each expected CA in the stores. With an official certificate (--ca) or a
 * known fingerprint the comparison is by SHA-256 fingerprint; with a known key
 * identifier by subject name + key identifier; else by subject name alone.
 */
export function findExpectedCas(stored: readonly StoredCert[], official: readonly CertInfo[]): CaFinding[] {
  return EXPECTED_CAS.map((expected) => findCa(expected, stored, official));
}

export function findCa(expected: ExpectedCa, stored: readonly StoredCert[], official: readonly CertInfo[]): CaFinding {
  const off = officialFor(expected, official);
  const fingerprint = off?.sha256 ?? expected.sha256;
  const keyId = off?.keyId ?? expected.keyId;
  const method: MatchMethod = fingerprint ? "fingerprint" : keyId ? "subject+keyId" : "subject";
  const named = stored.filter((s) => sameName(s.info.commonName, expected.commonName));
  const isIt = (s: StoredCert) =>
    method === "fingerprint" ? s.info.sha256 === fingerprint : method === "subject+keyId" ? s.info.keyId === keyId : true;
  return { expected, official: off, method, matches: named.filter(isIt), impostors: named.filter((s) => !isIt(s)) };
}

export function findingFor(findings: readonly CaFinding[], role: CaRole): CaFinding {
  return findings.find((f) => f.expected.role === role)!;
}
