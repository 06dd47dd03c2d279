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
function bestMatch(
  folded: string,
  catalogue: readonly KnownSigner[],
  needles: (s: KnownSigner) => string[],
  contains: (hay: string, needle: string) => boolean = (h, n) => h.includes(n),
): KnownSigner | undefined {
  let best: KnownSigner | undefined;
  let bestLength = 0;
  for (const s of catalogue) {
    for (const n of foldedNeedles(s, needles)) {
      if (n && contains(folded, n) && n.length > bestLength) {
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
  if (!perKind) {
    perKind = new Map();
    needleCache.set(s, perKind);
  }
  let list = perKind.get(needles);
  if (!list) {
    list = needles(s).map(foldName).filter(Boolean);
    perKind.set(needles, list);
  }
  return list;
}

const APP_NEEDLES = (s: KnownSigner) => [...s.names, ...s.processPatterns];
const EXE_NEEDLES = (s: KnownSigner) => [...s.processPatterns, ...s.names];

/** The signer a program name (from an installed-program list) belongs to. */
export function signerForAppName(name: string, catalogue: readonly KnownSigner[]): KnownSigner | undefined {
  if (UNKNOWN_LETTER.test(name)) {
    const f = foldKeepingUnknown(name);
    return f.replace(/\?/g, "") ? bestMatch(f, catalogue, APP_NEEDLES, includesWithUnknown) : undefined;
  }
  const f = foldName(name);
  if (!f) return undefined;
  return bestMatch(f, catalogue, APP_NEEDLES);
}

/**
 * reg.exe writes to a pipe in the console's code page: a letter that code page lacks
 * comes back as "?" (ə on every code page; İ/ı where no best-fit exists), and a letter
 * it has but in a non-UTF-8 byte (İ, ı in code page 857, Azerbaijani's) reads as
 * U+FFFD. Either is one unknown letter.
 */
const UNKNOWN_LETTER = /[?\uFFFD]/;

/** foldName, with each unknown letter kept as "?". */
export function foldKeepingUnknown(s: string): string {
  return s
    .split(/[?\uFFFD]/)
    .map(foldName)
    .join("?");
}

/**
 * Whether `hay` holds `needle`, a "?" in `hay` standing for any one letter. At most a
 * third of the needle may be unknown letters: a name made mostly of "?" (a Chinese or
 * Georgian program name on an English code page) must not pass for a signer.
 */
export function includesWithUnknown(hay: string, needle: string): boolean {
  const maxUnknown = Math.floor(needle.length / 3);
  for (let i = 0; i + needle.length <= hay.length; i++) {
    let unknown = 0;
    let j = 0;
    for (; j < needle.length; j++) {
      const c = hay[i + j];
      if (c === needle[j]) continue;
      if (c === "?" && ++unknown <= maxUnknown) continue;
      break;
    }
    if (j === needle.length) return true;
  }
  return false;
}

/** The signer an executable name (process name, exe path or argv[0]) belongs to. */
export function signerForExecutable(pathOrName: string, catalogue: readonly KnownSigner[]): KnownSigner | undefined {
  const base = pathOrName.split(/[\\/]/).pop() ?? pathOrName;
  const f = foldName(base.replace(/\.(exe|app)$/i, ""));
  if (!f) return undefined;
  const exact = catalogue.find((s) => s.processNames.some((p) => foldName(p) === f));
  return exact ?? bestMatch(f, catalogue, EXE_NEEDLES);
}

/**
 * The name to show for an installed program matched to `signer`. A name that came back
 * garbled from reg.exe's code-page conversion ("SIMA Imzalay?c?", "SİMA \uFFFDmzalay\uFFFDc\uFFFD",
 * see src/host/windows/registry.ts) is shown by the catalogue's name, and so is a name
 * read from the registry whose letters were best-fitted to ASCII ("SIMA Imzalayici" for
 * "SİMA İmzalayıcı"). Any other name is shown as the OS gave it.
 */
export function signerDisplayName(app: { name: string; source: string }, signer: KnownSigner): string {
  const catalogueName = () => {
    const folded = foldKeepingUnknown(app.name);
    const fitting = signer.names.filter((n) => includesWithUnknown(folded, foldName(n))).sort((a, b) => b.length - a.length);
    return fitting[0] ?? signer.names[0] ?? app.name;
  };
  if (UNKNOWN_LETTER.test(app.name)) return catalogueName();
  if (app.source.startsWith("registry:") && /^[\x20-\x7e]*$/.test(app.name)) {
    const f = foldName(app.name);
    const lost = signer.names.filter((n) => !/^[\x20-\x7e]*$/.test(n) && f.includes(foldName(n)));
    if (lost.length) return [...lost].sort((a, b) => b.length - a.length)[0]!;
  }
  return app.name;
}
