/**
 * The signer programs the portal works with, as data. Their names are documented;
 * their process names and local ports are not (see `source` of each entry), so the
 * checks discover ports from the running process instead of trusting a list.
 *
 * Extending without a code change: set GUZESTLI_SIGNER_CATALOG to the path of a JSON
 * file holding an array of entries of the same shape, e.g.
 *   [{ "id": "new-signer", "names": ["Yeni İmzalayıcı"], "processNames": ["YeniSigner"],
 *      "ports": [8080], "source": "where this was seen" }]
 * Entries are added to the built-in ones (an entry with a built-in id replaces it).
 */
export interface KnownSigner {
  id: string;
  /** Names the program is shown under (installed-program lists, menus); matched tolerantly. */
  names: readonly string[];
  /** Executable names (without .exe / .app), matched exactly after normalising. */
  processNames: readonly string[];
  /** Parts of an executable name that identify the program, matched after normalising. */
  processPatterns: readonly string[];
  /** Local ports the program is known to listen on (probed in addition to discovered ones). */
  ports: readonly number[];
  /** Whether `ports` / `processNames` come from an observed installation (false: guesses). */
  verified: boolean;
  source: string;
}

export const SIGNER_CATALOG_ENV = "GUZESTLI_SIGNER_CATALOG";

export const KNOWN_SIGNERS: readonly KnownSigner[] = [
  {
    id: "online-imzalayici",
    names: ["Online imzalayıcı", "Online Elektron İmzalayıcı", "Online İmzalayıcı"],
    processNames: [],
    // Unverified: an executable named after the program is the common pattern; the
    // real name is not published. "imzalayici" alone identifies a signer program.
    processPatterns: ["onlineimzalayici", "imzalayici"],
    // No port is documented anywhere public: discovered from the process instead.
    ports: [],
    verified: false,
    source: "Names: the official Güzəştli mənzil notice (points 5-7 and the signing stage). Process names and ports: not published.",
  },
  {
    id: "sima-imzalayici",
    names: ["SİMA İmzalayıcı", "SIMA Imzalayici", "SİMA Signer"],
    processNames: [],
    processPatterns: ["simaimzalayici", "simasigner"],
    ports: [],
    verified: false,
    source:
      "Name: the current official E-İmza token page (setup: install the signer, the token driver, the central certificate, plug in the token). Process names and ports: not published.",
  },
];
