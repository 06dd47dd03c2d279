import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { certInfo } from "../../src/certs/cert-info.js";
import type { StoredCert } from "../../src/certs/identify.js";
import { chainProblemIn } from "../../src/checks/certs/user-chain.js";
import type { BrowserStore } from "../../src/checks/certs/shared.js";
import type { CheckResult } from "../../src/core/types.js";
import type { InstalledBrowser } from "../../src/host/browsers/types.js";
import { redactResults } from "../../src/core/redact.js";
import { t } from "../../src/i18n/catalog.js";
import { resultDetail } from "../../src/render/audience.js";
import { type Pki, reissueRoot } from "./helpers/pki.js";
import { browserHomes, certsRunIn } from "./helpers/browser-homes.js";
import { CHROME_TRUST, makeChromeOwnStore, makeNssDb } from "./helpers/nss.js";

/**
 * Issue 19.1, 19.3, 19.4: what the browser the citizen will use really accepts.
 * - Distrust wins: a certificate any store the browser reads distrusts is refused, even
 *   when another store trusts it (chromium net/cert/internal/trust_store_collection.cc,
 *   TrustStoreCollection::GetTrust; NSS's distrust bits in trust_store_nss.cc,
 *   GetTrustForNSSTrust; Chrome's own store: CertificateTrust DISTRUSTED = 2).
 * - Expiry: Chrome enforces the expiry of a locally added anchor
 *   (ForTrustAnchor().WithEnforceAnchorExpiry(), ERR_CERT_DATE_INVALID) and uses another
 *   valid copy with the same key when there is one.
 * - A root is its subject and key (RFC 5280 §6.1.1(d)): an older issue with both is
 *   the same root.
 * - Only Chrome and Opera decide; Chromium, Firefox, Edge get a note.
 * Real NSS databases (certutil -A, certutil -M -t), Chrome's own store made by sqlite3,
 * openssl re-issues of the root with its own key.
 */

const { pki: testPki, newHome } = browserHomes("gc-certs-trust-verdicts-");
let pki: Pki;
/** The root re-issued with its own key and name: an older issue, valid; an expired one. */
let olderRoot: string;
let expiredRoot: string;

beforeAll(() => {
  pki = testPki();
  olderRoot = reissueRoot(pki.dir, "root-older", ["-startdate", "20200101000000Z", "-enddate", "20400101000000Z"]);
  expiredRoot = reissueRoot(pki.dir, "root-expired", ["-startdate", "20150101000000Z", "-enddate", "20200101000000Z"]);
}, 60_000);

const ROOT = "AZ Root Authority (RCA)";
const PCA = "AZ Policy Authority (PCA)";
const ICA = "AZ E-Government Authority (ICA)";
const ALL = (rootTrust = "C,,") => [
  { file: pki.root, nick: ROOT, trust: rootTrust },
  { file: pki.pca, nick: PCA, trust: ",," },
  { file: pki.ica, nick: ICA, trust: ",," },
];
const NO_ROOT = () => ALL().slice(1);

const chromeDeb: InstalledBrowser = { browser: "chrome", version: "150.0.7000.1", kind: "package", source: "/usr/bin/google-chrome" };
const chromiumSnap: InstalledBrowser = {
  browser: "chromium",
  version: "148.0.7100.5",
  kind: "snap",
  source: "/snap/chromium/current/meta/snap.yaml",
};
const operaDeb: InstalledBrowser = { browser: "opera", version: "120.0.5543.1", kind: "package", source: "/usr/bin/opera" };

const chromeOwnStore = (h: string) => join(h, ".config", "google-chrome", "Default", "ServerCertificate");
const certutilM = (db: string, nick: string, trust: string) =>
  execFileSync("certutil", ["-M", "-d", `sql:${db}`, "-n", nick, "-t", trust], { stdio: "ignore" });

function run(home: string, found: InstalledBrowser[], ca = true): Promise<Map<string, CheckResult>> {
  return certsRunIn(home, found, { certFile: pki.users.good, caFiles: ca ? [pki.bundle] : [] });
}
const verdict = (r: Map<string, CheckResult>, id: string) => `${r.get(id)!.status} ${r.get(id)!.code}`;

function rendersInEveryLanguage(r: CheckResult, homedir: string) {
  const [red] = redactResults([r], { redact: true, homedir, username: "nobody" });
  for (const lang of ["az", "en", "ru"] as const) {
    for (const m of [red!.message, ...red!.remedy]) {
      const text = t(lang, m);
      expect(text, `${lang}: ${text}`).not.toMatch(/\{\w+\}/);
      expect(text, `${lang}: ${text}`).not.toMatch(/\bcerts\.[a-z]+\.[A-Za-z.]+/);
    }
  }
}

describe("19.4 NSS trust flags on the root, as Debian's chromium reads them", () => {
  // C,, is a trusted root; ",,", "T,," (client CA), "c,," (valid CA), "P,," (trusted peer) are not; "p,p,p" is distrusted.
  it.each([
    ["C,,", "pass ROOT_TRUSTED"],
    [",,", "fail ROOT_NOT_TRUSTED"],
    ["T,,", "fail ROOT_NOT_TRUSTED"],
    ["c,,", "fail ROOT_NOT_TRUSTED"],
    ["P,,", "fail ROOT_NOT_TRUSTED"],
    ["p,p,p", "fail ROOT_DISTRUSTED"],
  ])("root %s → %s", async (trust, want) => {
    const h = newHome();
    const db = makeNssDb(join(h, ".pki/nssdb"), ALL());
    certutilM(db, ROOT, trust);
    const r = await run(h, [chromeDeb]);
    expect(verdict(r, "certs.root-trusted")).toBe(want);
  });
});

describe("19.4 distrust wins", () => {
  it("root trusted in NSS, DISTRUSTED in Chrome's own store: Chrome refuses it, the store named", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), ALL());
    makeChromeOwnStore(chromeOwnStore(h), [{ pem: pki.root, trust: CHROME_TRUST.distrusted }]);
    const r = await run(h, [chromeDeb]);
    const c = r.get("certs.root-trusted")!;
    expect(verdict(r, "certs.root-trusted")).toBe("fail ROOT_DISTRUSTED");
    expect(t("en", c.message)).toContain("Google Chrome: certificate manager");
    expect(t("en", c.message)).toContain("Google Chrome");
    expect(c.remedy.map((m) => m.key)).toContain("certs.remedy.chromeOwn.removeDistrusted");
    // The chain is not judged on a root the browser refuses.
    expect(verdict(r, "certs.user-chain")).toBe("skip DEPENDENCY_NOT_MET");
    rendersInEveryLanguage(c, h);
  });

  it("root trusted in Chrome's own store, distrusted (p,p,p) in NSS: refused, NSS named, with the certutil -M step", async () => {
    const h = newHome();
    const db = makeNssDb(join(h, ".pki/nssdb"), ALL());
    certutilM(db, ROOT, "p,p,p");
    makeChromeOwnStore(chromeOwnStore(h), [{ pem: pki.root, trust: CHROME_TRUST.trusted }]);
    const r = await run(h, [chromeDeb]);
    const c = r.get("certs.root-trusted")!;
    expect(verdict(r, "certs.root-trusted")).toBe("fail ROOT_DISTRUSTED");
    expect(t("en", c.message)).toContain("NSS (Google Chrome)");
    const remedy = c.remedy.map((m) => t("en", m)).join("\n");
    expect(remedy).toContain("certutil -M -d sql:$HOME/.pki/nssdb");
    expect(remedy).toContain("-t C,,");
    rendersInEveryLanguage(c, h);
  });

  it("the ICA distrusted in NSS (certutil -M -t p,p,p): INTERMEDIATE_DISTRUSTED naming the ICA and the store", async () => {
    const h = newHome();
    const db = makeNssDb(join(h, ".pki/nssdb"), ALL());
    certutilM(db, ICA, "p,p,p");
    const r = await run(h, [chromeDeb]);
    const c = r.get("certs.intermediates")!;
    expect(verdict(r, "certs.intermediates")).toBe("fail INTERMEDIATE_DISTRUSTED");
    expect(t("en", c.message)).toContain(ICA);
    expect(t("en", c.message)).toContain("NSS (Google Chrome)");
    expect(c.remedy.map((m) => t("en", m)).join("\n")).toMatch(/certutil -M .* -t ,,/);
    expect(verdict(r, "certs.root-trusted")).toBe("pass ROOT_TRUSTED");
    rendersInEveryLanguage(c, h);
  });

  it("the PCA distrusted in Chrome's own store, present in NSS: refused", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), ALL());
    makeChromeOwnStore(chromeOwnStore(h), [{ pem: pki.pca, trust: CHROME_TRUST.distrusted }]);
    const r = await run(h, [chromeDeb]);
    expect(verdict(r, "certs.intermediates")).toBe("fail INTERMEDIATE_DISTRUSTED");
    expect(t("en", r.get("certs.intermediates")!.message)).toContain(PCA);
  });
});

describe("19.4 expiry of the trusted root copy, 19.3 a root is its subject and key", () => {
  it("an older issue of the root (same name and key, still valid) is the same root: noted, trusted, the chain builds", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), [{ file: olderRoot, nick: ROOT, trust: "C,," }, ...NO_ROOT()]);
    const r = await run(h, [chromeDeb]);
    const root = r.get("certs.root-installed")!;
    expect(verdict(r, "certs.root-installed")).toBe("pass ROOT_INSTALLED");
    expect(root.message.key).toBe("certs.rootInstalled.pass.olderIssue");
    expect(t("en", root.message)).toContain("older issue");
    expect(verdict(r, "certs.root-trusted")).toBe("pass ROOT_TRUSTED");
    expect(verdict(r, "certs.user-chain")).toBe("pass CHAIN_OK");
    rendersInEveryLanguage(root, h);
  });

  it("a root with the official name and another key stays a mismatch", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), [{ file: pki.fakeRoot, nick: ROOT, trust: "C,," }, ...NO_ROOT()]);
    const r = await run(h, [chromeDeb]);
    expect(verdict(r, "certs.root-installed")).toBe("fail ROOT_MISMATCH");
  });

  it("the only trusted copy has expired: ROOT_TRUSTED_COPY_EXPIRED naming the date and the store", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), [{ file: expiredRoot, nick: ROOT, trust: "C,," }, ...NO_ROOT()]);
    const r = await run(h, [chromeDeb]);
    expect(verdict(r, "certs.root-installed")).toBe("pass ROOT_INSTALLED");
    const c = r.get("certs.root-trusted")!;
    expect(verdict(r, "certs.root-trusted")).toBe("fail ROOT_TRUSTED_COPY_EXPIRED");
    expect(t("en", c.message)).toContain("2020-01-01");
    expect(t("en", c.message)).toContain("NSS (Google Chrome)");
    rendersInEveryLanguage(c, h);
  });

  it("an expired trusted copy in NSS and a valid trusted copy with the same key in Chrome's own store: Chrome uses the valid one", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), [{ file: expiredRoot, nick: ROOT, trust: "C,," }, ...NO_ROOT()]);
    makeChromeOwnStore(chromeOwnStore(h), [{ pem: olderRoot, trust: CHROME_TRUST.trusted }]);
    const r = await run(h, [chromeDeb]);
    expect(verdict(r, "certs.root-trusted")).toBe("pass ROOT_TRUSTED");
    expect(verdict(r, "certs.user-chain")).toBe("pass CHAIN_OK");
  });
});

describe("19.1 only the browsers the citizen will use decide", () => {
  it("Chrome ready, the Chromium snap's store without the root: a warning naming Chromium (snap), not a failure", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), ALL());
    makeNssDb(join(h, "snap/chromium/current/.pki/nssdb"), NO_ROOT());
    const r = await run(h, [chromeDeb, chromiumSnap]);
    const c = r.get("certs.root-installed")!;
    expect(verdict(r, "certs.root-installed")).toBe("warn ROOT_MISSING_IN_OTHER_BROWSER");
    expect(t("en", c.message)).toContain("Chromium (snap)");
    expect(t("en", c.message)).toContain("Google Chrome");
    expect(resultDetail("en", c.message, c.remedy).browserStore).toContain("$HOME/snap/chromium/current/.pki/nssdb");
    for (const id of ["certs.root-trusted", "certs.intermediates", "certs.user-chain"]) expect(r.get(id)!.status, id).toBe("pass");
    rendersInEveryLanguage(c, h);
  });

  it("Chrome ready, the Chromium snap's store without the PCA and ICA: a warning", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), ALL());
    makeNssDb(join(h, "snap/chromium/current/.pki/nssdb"), ALL().slice(0, 1));
    const r = await run(h, [chromeDeb, chromiumSnap]);
    expect(verdict(r, "certs.intermediates")).toBe("warn INTERMEDIATES_MISSING_IN_OTHER_BROWSER");
    expect(t("en", r.get("certs.intermediates")!.message)).toContain("Chromium (snap)");
    rendersInEveryLanguage(r.get("certs.intermediates")!, h);
  });

  it("Chrome ready, the root distrusted only in the Chromium snap's store: a warning naming Chromium (snap)", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), ALL());
    makeNssDb(join(h, "snap/chromium/current/.pki/nssdb"), ALL("p,p,p"));
    const r = await run(h, [chromeDeb, chromiumSnap]);
    expect(verdict(r, "certs.root-trusted")).toBe("warn ROOT_UNTRUSTED_IN_OTHER_BROWSER");
    expect(t("en", r.get("certs.root-trusted")!.message)).toContain("Chromium (snap)");
  });

  it("Chrome ready, Opera (recommended too) lacking the root in its own store: still a failure naming Opera", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), ALL());
    const flat: InstalledBrowser = { browser: "opera", version: "105.0.4970.21", kind: "flatpak", source: "flatpak:com.opera.Opera" };
    makeNssDb(join(h, ".var/app/com.opera.Opera/.pki/nssdb"), NO_ROOT());
    const r = await run(h, [chromeDeb, flat]);
    expect(verdict(r, "certs.root-installed")).toBe("fail ROOT_NOT_INSTALLED");
    expect(t("en", r.get("certs.root-installed")!.message)).toContain("Opera (flatpak)");
    expect(t("en", r.get("certs.root-installed")!.message)).not.toContain("Google Chrome");
  });

  it("only the Chromium snap installed, without the root: the failure names the recommended browsers", async () => {
    const h = newHome();
    makeNssDb(join(h, "snap/chromium/current/.pki/nssdb"), NO_ROOT());
    const r = await run(h, [chromiumSnap]);
    const c = r.get("certs.root-installed")!;
    expect(verdict(r, "certs.root-installed")).toBe("fail ROOT_NOT_INSTALLED");
    expect(t("en", c.message)).toContain("Google Chrome, Opera");
  });

  it("Chrome and Opera debs share the ready store; nothing is noted", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), ALL());
    const r = await run(h, [chromeDeb, operaDeb]);
    expect(verdict(r, "certs.root-installed")).toBe("pass ROOT_INSTALLED");
  });
});

describe("19.4 the chain as each browser's stores let it be built (the chain check's own judgement)", () => {
  // The root and intermediates checks usually stop a refused chain first; the chain check
  // judges the path itself too, for CAs those checks do not recognise by name.
  const pem = (f: string) => new Uint8Array(Buffer.from(readFileSync(f, "utf8").replace(/-----[^-]+-----|\s/g, ""), "base64"));
  const store = async (file: string, o: Partial<StoredCert> = {}): Promise<StoredCert> => ({
    info: await certInfo(pem(file)),
    store: "NSS (Google Chrome)",
    usedByBrowser: true,
    trustedAsRoot: false,
    ...o,
  });
  const group: BrowserStore = {
    stores: ["NSS (Google Chrome)", "Google Chrome: certificate manager"],
    browsers: ["Google Chrome"],
    location: "$HOME/.pki/nssdb",
    recommended: true,
  };
  const chainOf = async (root: string) => Promise.all([pki.users.good, pki.ica, pki.pca, root].map(async (f) => certInfo(pem(f))));

  it("accepts the chain with the trusted root and the PCA and ICA", async () => {
    const stored = [await store(pki.root, { trustedAsRoot: true }), await store(pki.pca), await store(pki.ica)];
    expect(chainProblemIn(stored, group, await chainOf(pki.root), new Date())).toBeUndefined();
  });

  it("refuses it when the ICA is distrusted in Chrome's own store, naming that store", async () => {
    const stored = [
      await store(pki.root, { trustedAsRoot: true }),
      await store(pki.pca),
      await store(pki.ica),
      await store(pki.ica, { store: "Google Chrome: certificate manager", distrusted: true, ownStore: true }),
    ];
    expect(chainProblemIn(stored, group, await chainOf(pki.root), new Date())).toMatchObject({
      why: "distrusted",
      certificate: ICA,
      stores: ["Google Chrome: certificate manager"],
    });
  });

  it("refuses a chain whose only trusted root copy has expired; accepts it through a valid copy with the same key", async () => {
    const base = [await store(pki.pca), await store(pki.ica)];
    const expired = await store(expiredRoot, { trustedAsRoot: true });
    const p = chainProblemIn([expired, ...base], group, await chainOf(expiredRoot), new Date());
    expect(p).toMatchObject({ why: "expired" });
    expect(p!.date!.toISOString().slice(0, 10)).toBe("2020-01-01");
    const valid = await store(olderRoot, { trustedAsRoot: true, store: "Google Chrome: certificate manager" });
    expect(chainProblemIn([expired, valid, ...base], group, await chainOf(expiredRoot), new Date())).toBeUndefined();
  });
});
