import type { CaRole, ExpectedCa } from "./expected-cas.js";

/**
 * The names the AZ CAs go by in the wild. The official certificates are not published
 * where this tool can read them, and the sources disagree on spelling: the notice
 * writes "AZ Policy Authority(PCA)" with no space, other pages drop the "(RCA)",
 * "(PCA)", "(ICA)" role suffix. A name matches an expected CA when, after folding
 * case, spacing and the space before the suffix, its base name is the CA's base name
 * and any role suffix it carries is the CA's own.
 */

const SUFFIX = /\(\s*(rca|pca|ica)\s*\)$/;

/** Folded name: NFC, lower case, one space between words, none around hyphens or before "(". */
function fold(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/\s*-\s*/g, "-")
    .replace(/\s*\(\s*/g, "(")
    .replace(/\s*\)/g, ")")
    .trim();
}

/** Splits a name into its folded base and its role suffix ("rca"/"pca"/"ica"), if any. */
export function splitCaName(name: string): { base: string; suffix?: string } {
  const folded = fold(name);
  const m = SUFFIX.exec(folded);
  if (!m) return { base: folded };
  return { base: folded.slice(0, m.index).trim(), suffix: m[1] };
}

/** How a certificate's name relates to an expected CA's official spelling. */
export type NameMatch = "exact" | "variant" | "none";

export function matchCaName(name: string, expected: ExpectedCa): NameMatch {
  if (!name) return "none";
  if (name === expected.commonName) return "exact";
  const want = splitCaName(expected.commonName);
  const got = splitCaName(name);
  if (got.base !== want.base) return "none";
  if (got.suffix !== undefined && got.suffix !== want.suffix) return "none";
  return "variant";
}

export function namedLike(name: string, expected: ExpectedCa): boolean {
  return matchCaName(name, expected) !== "none";
}

/** The role a name claims, if it is any variant of one of the expected names. */
export function roleOfName(name: string, expected: readonly ExpectedCa[]): CaRole | undefined {
  return expected.find((e) => namedLike(name, e))?.role;
}
