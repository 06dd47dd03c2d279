import type { CheckContext, Msg } from "../../core/types.js";
import type { CaFinding, StoredCert } from "../../certs/identify.js";
import type { CaRole } from "../../certs/expected-cas.js";
import { expectedCa } from "../../certs/expected-cas.js";

/** Check ids of the group, for dependsOn / uses. */
export const STORES = "certs.stores";
export const ROOT_INSTALLED = "certs.root-installed";
export const ROOT_TRUSTED = "certs.root-trusted";
export const INTERMEDIATES = "certs.intermediates";
export const USER_CHAIN = "certs.user-chain";

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
}

/** The browser stores holding none of `present`: each is a browser that would not see the certificate. */
export function browserStoresLacking(stores: StoresOutput, present: readonly StoredCert[]): BrowserStore[] {
  const all = stores.browserStores ?? [{ stores: [...new Set(stores.stored.filter((s) => s.usedByBrowser).map((s) => s.store))], browsers: [], location: stores.browserStoreLocation }];
  return all.filter((b) => !present.some((m) => m.usedByBrowser && b.stores.includes(m.store)));
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
  return ctx.dep<StoresOutput>(STORES);
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
export function installRemedyFor(ctx: CheckContext, role: CaRole, lacking: readonly BrowserStore[], asRoot: boolean, fallback: string): Msg[] {
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
