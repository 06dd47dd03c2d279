import type { BrowserId } from "../browsers/types.js";

/** A certificate as a store holds it, with what the store says about trusting it. */
export interface StoreCertificate {
  der: Uint8Array;
  /** The store's display name, e.g. "NSS (Chrome/Opera)" or "Windows LocalMachine\\Root". */
  store: string;
  /** Trusted as a root for websites/signatures by this store (NSS C flag, Windows Root store, macOS trust settings). */
  trustedAsRoot: boolean;
  /** Nickname / label as the store lists it. */
  label?: string;
  /** Raw trust attributes as the store printed them (NSS "C,,"), for data. */
  trust?: string;
  /**
   * Marked as distrusted by this store (NSS "p" without "C"/"P" in the SSL field,
   * DISTRUSTED in Chrome's own store). A browser reading several stores refuses a
   * certificate any of them distrusts (chromium net/cert/internal/
   * trust_store_collection.cc, TrustStoreCollection::GetTrust: "If any stores distrust
   * the certificate, consider it untrusted").
   */
  distrusted?: boolean;
}

/** One store read, or why it could not be. */
export interface StoreReading {
  store: string;
  /** Where it lives (a path, a keychain, a Windows store path). */
  location: string;
  /** Chrome / Opera / the signer read this store on this OS. */
  usedByBrowser: boolean;
  /** The browser installations that read this store, where the OS tells them apart (Linux NSS databases). */
  browsers?: string[];
  /** The same installations by id, in the order of `browsers` (which of them the portal recommends). */
  browserIds?: BrowserId[];
  /**
   * A browser's own store (Chrome's certificate manager, chrome-own.ts): it counts for
   * its browser, but nothing is installed there by this tool, so remedies name the
   * browser's system store instead.
   */
  ownStore?: boolean;
  ok: boolean;
  /** Why it could not be read (tool missing, timed out, unreadable). */
  reason?: string;
  /** Set when the store does not exist yet (a fresh NSS DB): readable, empty. */
  absent?: boolean;
  certificates: StoreCertificate[];
}

export interface StoreReadOptions {
  signal?: AbortSignal;
  timeoutMs: number;
}

/** Splits a PEM bundle into DER blocks; text outside CERTIFICATE blocks is ignored. */
export function pemBlocks(text: string): Uint8Array[] {
  const out: Uint8Array[] = [];
  const re = /-----BEGIN (?:TRUSTED |X509 )?CERTIFICATE-----([\s\S]*?)-----END (?:TRUSTED |X509 )?CERTIFICATE-----/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const b64 = m[1]!.replace(/[^A-Za-z0-9+/=]/g, "");
    if (b64.length > 0) out.push(new Uint8Array(Buffer.from(b64, "base64")));
  }
  return out;
}
