import type { MessageKey } from "../../i18n/keys.js";
import { checkHandle } from "../../core/define-check.js";
import type { CheckContext, Msg } from "../../core/types.js";
import type { CaFinding, StoredCert } from "../../certs/identify.js";
import type { CaRole } from "../../certs/expected-cas.js";
import { expectedCa } from "../../certs/expected-cas.js";
import { pii } from "../../core/pii.js";

/** Handles of the group's checks, for dependsOn / uses and ctx.dep(). */
export const STORES = checkHandle<StoresOutput>("certs.stores");
export const ROOT_INSTALLED = checkHandle<undefined>("certs.root-installed");
export const ROOT_TRUSTED = checkHandle<undefined>("certs.root-trusted");
export const INTERMEDIATES = checkHandle<undefined>("certs.intermediates");
export const USER_CHAIN = checkHandle<undefined>("certs.user-chain");

/**
 * The terminal steps of the install and trust remedies below (certutil, `--fix`): for an
 * IT helper. The codes whose results carry them declare them (`helperSteps`).
 */
export const CERTUTIL_STEPS = [
  "certs.remedy.windows.certutilRoot",
  "certs.remedy.windows.certutilCa",
  "certs.remedy.linux.certutilRoot",
  "certs.remedy.linux.certutilCa",
  "certs.remedy.linux.certutilUndistrust",
  "certs.remedy.fix",
] as const satisfies readonly MessageKey[];

/** What certs.stores hands to the other checks of the group. */
export interface StoresOutput {
  stored: StoredCert[];
  /** Where the browser's store lives (NSS dir on Linux), for remedies. */
  browserStoreLocation: string;
  /** What each browser reads, judged one by one (see browserStoresLacking). */
  browserStores?: BrowserStore[];
}

/** The stores one browser installation (or, where the OS does not tell them apart, every browser) reads together. */
export interface BrowserStore {
  /** StoredCert.store names. */
  stores: string[];
  /** Installations reading them ("Chromium (snap)"); empty where the OS stores serve every browser. */
  browsers: string[];
  /** Where to install, as the user types it ("$HOME/snap/chromium/current/.pki/nssdb"). */
  location: string;
  /**
   * A browser the portal recommends (Chrome, Opera) reads these stores, or the stores
   * serve every browser (Windows, macOS): only such stores decide a verdict.
   */
  recommended: boolean;
}

/** The browser stores holding none of `present`: each is a browser that would not see the certificate. */
export function browserStoresLacking(stores: StoresOutput, present: readonly StoredCert[]): BrowserStore[] {
  return allBrowserStores(stores).filter((b) => !present.some((m) => m.usedByBrowser && b.stores.includes(m.store)));
}

/** Every browser store group, judged one by one. */
export function allBrowserStores(stores: StoresOutput): BrowserStore[] {
  return (
    stores.browserStores ?? [
      {
        stores: [...new Set(stores.stored.filter((s) => s.usedByBrowser).map((s) => s.store))],
        browsers: [],
        location: stores.browserStoreLocation,
        recommended: true,
      },
    ]
  );
}

/**
 * Only the browsers the citizen will use decide (the notice recommends Chrome and
 * Opera). When a store a recommended browser reads is in order, a failing store that
 * only a non-recommended browser (Chromium, Firefox, Edge) reads is a note naming it;
 * otherwise every failing store decides.
 */
export function splitByRecommendation(
  all: readonly BrowserStore[],
  failing: readonly BrowserStore[],
): { decisive: BrowserStore[]; notes: BrowserStore[]; ready: BrowserStore[] } {
  const ready = all.filter((b) => b.recommended && !failing.includes(b));
  if (ready.length === 0) return { decisive: [...failing], notes: [], ready };
  return { decisive: failing.filter((b) => b.recommended), notes: failing.filter((b) => !b.recommended), ready };
}

/**
 * The browsers a failure names: the recommended ones among `decisive`; when only
 * browsers the portal does not recommend are installed, the recommended ones the
 * citizen should use (their stores are the same per-user ones on a package install).
 */
export function decisiveNamesText(decisive: readonly BrowserStore[]): string {
  const recommended = decisive.filter((b) => b.recommended);
  if (recommended.length > 0) return browserNamesText(recommended);
  return decisive.length > 0 ? "Google Chrome, Opera" : browserNamesText(decisive);
}

/** The stores of `b` that mark this very certificate (by fingerprint) as distrusted. */
export function distrustingStores(stored: readonly StoredCert[], b: BrowserStore, sha256: string): string[] {
  return [
    ...new Set(
      stored.filter((s) => s.usedByBrowser && s.distrusted && s.info.sha256 === sha256 && b.stores.includes(s.store)).map((s) => s.store),
    ),
  ];
}

/**
 * How to lift a distrust mark on `copies` in the stores `b` reads: in Chrome's own store,
 * delete the entry; in the NSS database, set the trust back (for a root, trusted as a
 * root; for a PCA or ICA, no trust flags).
 */
export function distrustRemedy(stored: readonly StoredCert[], b: BrowserStore, copies: readonly StoredCert[], asRoot: boolean): Msg[] {
  const out: Msg[] = [];
  const seen = new Set<string>();
  for (const c of copies) {
    for (const s of stored) {
      if (!s.usedByBrowser || !s.distrusted || s.info.sha256 !== c.info.sha256 || !b.stores.includes(s.store)) continue;
      const key = `${s.store}\0${s.info.sha256}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const name = s.info.commonName;
      if (s.ownStore) out.push({ key: "certs.remedy.chromeOwn.removeDistrusted", values: { name, store: s.store } });
      else {
        out.push(
          asRoot ? { key: "certs.remedy.linux.trustRoot", values: { name } } : { key: "certs.remedy.removeDistrustedCa", values: { name } },
        );
        out.push({
          key: "certs.remedy.linux.certutilUndistrust",
          values: { name, nick: s.label !== undefined ? pii(s.label, "name") : name, nssdb: b.location, flags: asRoot ? "C,," : ",," },
        });
      }
    }
  }
  return out;
}

/** Whether a browser can use a root among `copies` (same subject and key) as its trust anchor, and if not, why. */
export type AnchorState =
  | { ok: true; copy: StoredCert }
  | { ok: false; why: "untrusted" }
  | { ok: false; why: "distrusted"; stores: string[] }
  | { ok: false; why: "expired"; date: Date; stores: string[] };

/**
 * A trust anchor the browser reading `b` accepts: a copy in its stores that one of them
 * trusts as a root, that none of them distrusts ("distrust wins", TrustStoreCollection),
 * and that has not expired — Chrome enforces the expiry of a locally added anchor
 * (trust_store_nss.cc: ForTrustAnchor…WithEnforceAnchorExpiry; ERR_CERT_DATE_INVALID)
 * and uses another valid copy with the same key when there is one.
 */
export function anchorStateIn(stored: readonly StoredCert[], b: BrowserStore, copies: readonly StoredCert[], now: Date): AnchorState {
  const inB = copies.filter((c) => c.usedByBrowser && b.stores.includes(c.store));
  const trusted = inB.filter((c) => c.trustedAsRoot);
  if (trusted.length === 0) {
    // A distrusted copy is not "untrusted": it is refused outright.
    const distrustedBy = [...new Set(inB.flatMap((c) => distrustingStores(stored, b, c.info.sha256)))];
    return distrustedBy.length > 0 ? { ok: false, why: "distrusted", stores: distrustedBy } : { ok: false, why: "untrusted" };
  }
  const allowed = trusted.filter((c) => distrustingStores(stored, b, c.info.sha256).length === 0);
  if (allowed.length === 0)
    return { ok: false, why: "distrusted", stores: [...new Set(trusted.flatMap((c) => distrustingStores(stored, b, c.info.sha256)))] };
  const valid = allowed.find((c) => c.info.notBefore <= now && c.info.notAfter > now);
  if (valid) return { ok: true, copy: valid };
  const latest = allowed.reduce((a, c) => (c.info.notAfter > a.info.notAfter ? c : a));
  return { ok: false, why: "expired", date: latest.info.notAfter, stores: [...new Set(allowed.map((c) => c.store))] };
}

/** A browser store as a verdict names it: "Chromium (snap) — $HOME/snap/chromium/current/.pki/nssdb". */
export function browserStoreText(b: BrowserStore): string {
  return b.browsers.length > 0 ? `${b.browsers.join(", ")} — ${b.location}` : b.location;
}

/** The browsers a verdict names, in words ("Chromium (snap)"); Chrome and Opera where the stores serve every browser. */
export function browserNamesText(lacking: readonly BrowserStore[]): string {
  const names = [...new Set(lacking.flatMap((b) => b.browsers))];
  return names.length > 0 ? names.join(", ") : "Chrome, Opera";
}

export function storesOf(ctx: CheckContext): StoresOutput | undefined {
  return ctx.dep(STORES);
}

/** The store data an IT helper wants to see: which store, trust, fingerprint, and how it was recognised. */
export function describeStored(s: StoredCert, finding?: CaFinding): Record<string, unknown> {
  return {
    method: finding?.matchedBy[s.info.sha256],
    name: s.info.commonName,
    store: s.store,
    label: s.label,
    trustedAsRoot: s.trustedAsRoot,
    trust: s.trust,
    sha256: s.info.sha256,
    notAfter: s.info.notAfter.toISOString(),
  };
}

/**
 * How to put a CA certificate into the store this OS's browsers read, as concrete
 * steps. `asRoot` adds the trust step.
 */
export function installRemedy(ctx: CheckContext, role: CaRole, location: string, asRoot: boolean): Msg[] {
  const name = expectedCa(role).commonName;
  const steps: Msg[] = [{ key: "certs.remedy.getOfficialFile", values: { name } }];
  const os = ctx.host.platform.os;
  if (os === "win32") {
    steps.push({ key: asRoot ? "certs.remedy.windows.installRoot" : "certs.remedy.windows.installCa", values: { name } });
    steps.push({ key: asRoot ? "certs.remedy.windows.certutilRoot" : "certs.remedy.windows.certutilCa", values: { name } });
  } else if (os === "darwin") {
    steps.push({ key: asRoot ? "certs.remedy.mac.installRoot" : "certs.remedy.mac.installCa", values: { name } });
  } else {
    steps.push({ key: asRoot ? "certs.remedy.linux.chromeRoot" : "certs.remedy.linux.chromeCa", values: { name } });
    steps.push({ key: asRoot ? "certs.remedy.linux.certutilRoot" : "certs.remedy.linux.certutilCa", values: { name, nssdb: location } });
  }
  steps.push({ key: "certs.remedy.fix", values: { name } });
  steps.push({ key: "certs.remedy.restartBrowser" });
  return steps;
}

/**
 * installRemedy for every browser store that lacks the certificate: the whole set of
 * steps once, with the certutil line repeated for each further store.
 */
export function installRemedyFor(
  ctx: CheckContext,
  role: CaRole,
  lacking: readonly BrowserStore[],
  asRoot: boolean,
  fallback: string,
): Msg[] {
  const [first, ...rest] = lacking.length > 0 ? lacking.map((b) => b.location) : [fallback];
  const steps = installRemedy(ctx, role, first!, asRoot);
  const at = steps.findIndex((m) => /certutil/.test(m.key));
  if (at < 0 || rest.length === 0) return steps;
  const more = rest.flatMap((location) => installRemedy(ctx, role, location, asRoot).filter((m) => /certutil/.test(m.key)));
  return [...steps.slice(0, at + 1), ...more, ...steps.slice(at + 1)];
}

/** The worst of several statuses, for a check that looks at several certificates. */
const ORDER = ["pass", "info", "skip", "warn", "error", "fail"] as const;
export function worst<T extends (typeof ORDER)[number]>(a: T, b: T): T {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}
