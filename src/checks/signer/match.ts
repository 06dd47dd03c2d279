import type { KnownSigner } from "./known-signers.js";

/**
 * Folds a name so that the ways people and installers type it compare equal:
 * "SİMA İmzalayıcı", "SIMA Imzalayici" and "sima-imzalayici.exe" all become
 * "simaimzalayici(exe)". Azerbaijani letters are typed as their ASCII look-alikes
 * (İ/ı → i, ə → e, ğ → g, ş → s, ç → c, ö → o, ü → u); everything but letters and
 * digits is dropped.
 */
export function foldName(s: string): string {
  // Most names are plain ASCII: skip the (slow) Unicode normalisation for them.
  if (/^[\x20-\x7e]*$/.test(s)) return s.toLowerCase().replace(/[^a-z0-9]/g, "");
  return s
    .replace(/[İIı]/g, "i")
    .replace(/[əƏ]/g, "e")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]/g, "");
}

/**
 * The entry whose name matches most specifically wins: "SimaImzalayici.exe" contains
 * both the generic "imzalayici" and "simaimzalayici", and belongs to the latter.
 */
function bestMatch(folded: string, catalogue: readonly KnownSigner[], needles: (s: KnownSigner) => string[]): KnownSigner | undefined {
  let best: KnownSigner | undefined;
  let bestLength = 0;
  for (const s of catalogue) {
    for (const n of foldedNeedles(s, needles)) {
      if (n && folded.includes(n) && n.length > bestLength) {
        best = s;
        bestLength = n.length;
      }
    }
  }
  return best;
}

/** Folded needles per entry and per kind, computed once: a program list has ~1000 names. */
const needleCache = new WeakMap<KnownSigner, Map<(s: KnownSigner) => string[], string[]>>();
function foldedNeedles(s: KnownSigner, needles: (s: KnownSigner) => string[]): string[] {
  let perKind = needleCache.get(s);
  if (!perKind) needleCache.set(s, (perKind = new Map()));
  let list = perKind.get(needles);
  if (!list) perKind.set(needles, (list = needles(s).map(foldName).filter(Boolean)));
  return list;
}

const APP_NEEDLES = (s: KnownSigner) => [...s.names, ...s.processPatterns];
const EXE_NEEDLES = (s: KnownSigner) => [...s.processPatterns, ...s.names];

/** The signer a program name (from an installed-program list) belongs to. */
export function signerForAppName(name: string, catalogue: readonly KnownSigner[]): KnownSigner | undefined {
  const f = foldName(name);
  if (!f) return undefined;
  return bestMatch(f, catalogue, APP_NEEDLES);
}

/** The signer an executable name (process name, exe path or argv[0]) belongs to. */
export function signerForExecutable(pathOrName: string, catalogue: readonly KnownSigner[]): KnownSigner | undefined {
  const base = pathOrName.split(/[\\/]/).pop() ?? pathOrName;
  const f = foldName(base.replace(/\.(exe|app)$/i, ""));
  if (!f) return undefined;
  const exact = catalogue.find((s) => s.processNames.some((p) => foldName(p) === f));
  return exact ?? bestMatch(f, catalogue, EXE_NEEDLES);
}
