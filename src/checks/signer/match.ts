import type { KnownSigner } from "./known-signers.js";

/**
 * Folds a name so that the ways people and installers type it compare equal:
 * "SİMA İmzalayıcı", "SIMA Imzalayici" and "sima-imzalayici.exe" all become
 * "simaimzalayici(exe)". Azerbaijani letters are typed as their ASCII look-alikes
 * (İ/ı → i, ə → e, ğ → g, ş → s, ç → c, ö → o, ü → u); everything but letters and
 * digits is dropped.
 */
export function foldName(s: string): string {
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
    for (const n of needles(s).map(foldName)) {
      if (n && folded.includes(n) && n.length > bestLength) {
        best = s;
        bestLength = n.length;
      }
    }
  }
  return best;
}

/** The signer a program name (from an installed-program list) belongs to. */
export function signerForAppName(name: string, catalogue: readonly KnownSigner[]): KnownSigner | undefined {
  const f = foldName(name);
  if (!f) return undefined;
  return bestMatch(f, catalogue, (s) => [...s.names, ...s.processPatterns]);
}

/** The signer an executable name (process name, exe path or argv[0]) belongs to. */
export function signerForExecutable(pathOrName: string, catalogue: readonly KnownSigner[]): KnownSigner | undefined {
  const base = pathOrName.split(/[\\/]/).pop() ?? pathOrName;
  const f = foldName(base.replace(/\.(exe|app)$/i, ""));
  if (!f) return undefined;
  const exact = catalogue.find((s) => s.processNames.some((p) => foldName(p) === f));
  return exact ?? bestMatch(f, catalogue, (s) => [...s.processPatterns, ...s.names]);
}
