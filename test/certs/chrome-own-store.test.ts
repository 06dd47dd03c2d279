import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckResult } from "../../src/core/types.js";
import type { InstalledBrowser } from "../../src/host/browsers/types.js";
import { trustOfMetadata } from "../../src/host/certstores/chrome-own.js";
import { t } from "../../src/i18n/catalog.js";
import type { Pki } from "./helpers/pki.js";
import { browserHomes, certsRunIn } from "./helpers/browser-homes.js";
import { CHROME_TRUST, makeChromeOwnStore, makeNssDb } from "./helpers/nss.js";

/**
 * Chrome's own certificate store (chrome://certificate-manager, "Installed by you"):
 * a root imported there lives in `<profile>/ServerCertificate`, a SQLite database made
 * here by the real sqlite3 program with Chrome's schema, not in NSS. Chrome trusts it
 * besides NSS; a check of NSS alone called such a root missing.
 */

const { pki: testPki, newHome } = browserHomes("gc-certs-chrome-own-");
let pki: Pki;
beforeAll(() => {
  pki = testPki();
});

const NO_ROOT = () => [
  { file: pki.pca, nick: "AZ Policy Authority (PCA)", trust: ",," },
  { file: pki.ica, nick: "AZ E-Government Authority (ICA)", trust: ",," },
];

const chromeDeb: InstalledBrowser = { browser: "chrome", version: "150.0.7000.1", kind: "package", source: "/usr/bin/google-chrome" };
const chromiumDeb: InstalledBrowser = { browser: "chromium", version: "150.0.7000.1", kind: "package", source: "/usr/bin/chromium" };

function certsRun(home: string, found: InstalledBrowser[]): Promise<Map<string, CheckResult>> {
  return certsRunIn(home, found, { certFile: pki.users.good });
}

const chromiumProfile = (h: string, profile = "Default") => join(h, ".config", "chromium", profile, "ServerCertificate");
const storesData = (r: Map<string, CheckResult>) =>
  r.get("certs.stores")!.data.stores as Array<{
    store: string;
    browsers?: string[];
    readable: boolean;
    reason?: string;
    certificates: number;
  }>;

describe("Chrome's trust metadata (CertificateMetadata protobuf)", () => {
  it.each([
    ["0a020803", "trusted"],
    ["0a020801", "unspecified"],
    ["0a020802", "distrusted"],
    ["", "unknown"],
    // Constraints (field 2) after the trust are skipped by their length.
    ["0a020803120b0a096578616d706c652e6f", "trusted"],
    // Constraints first, then the trust.
    ["12020a000a020803", "trusted"],
    // A length past the end, a trust type Chrome does not have: nothing is trusted.
    ["0a0508", "unknown"],
    ["0a020809", "unknown"],
  ])("%s is %s", (hex, want) => {
    expect(trustOfMetadata(Buffer.from(hex, "hex"))).toBe(want);
  });
});

describe("a root imported in Chrome's certificate manager counts for that browser", () => {
  it("Chromium with the root only in its own store (trusted): installed and trusted; the store is listed", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), NO_ROOT());
    makeChromeOwnStore(chromiumProfile(h), [{ pem: pki.root, trust: CHROME_TRUST.trusted }]);
    const r = await certsRun(h, [chromiumDeb]);
    expect([r.get("certs.root-installed")!.status, r.get("certs.root-installed")!.code]).toEqual(["pass", "ROOT_INSTALLED"]);
    expect([r.get("certs.root-trusted")!.status, r.get("certs.root-trusted")!.code]).toEqual(["pass", "ROOT_TRUSTED"]);
    expect(r.get("certs.user-chain")!.status).toBe("pass");
    expect(storesData(r)).toContainEqual(
      expect.objectContaining({ store: "Chromium: certificate manager", browsers: ["Chromium"], readable: true, certificates: 1 }),
    );
  });

  it("Chrome and Chromium share one NSS database without the root, only Chromium's own store has it: Chrome alone lacks it", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), NO_ROOT());
    makeChromeOwnStore(chromiumProfile(h), [{ pem: pki.root, trust: CHROME_TRUST.trusted }]);
    const r = await certsRun(h, [chromeDeb, chromiumDeb]);
    const root = r.get("certs.root-installed")!;
    expect([root.status, root.code]).toEqual(["fail", "ROOT_NOT_INSTALLED"]);
    const text = t("en", root.message);
    expect(text).toContain("Google Chrome");
    expect(text).not.toContain("Chromium");
    // The remedy still installs into the NSS database, where this tool installs.
    expect(root.remedy.map((m) => t("en", m)).join("\n")).toContain("sql:$HOME/.pki/nssdb");
  });

  it("imported but not marked trusted: installed, not trusted", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), NO_ROOT());
    makeChromeOwnStore(chromiumProfile(h), [{ pem: pki.root, trust: CHROME_TRUST.unspecified }]);
    const r = await certsRun(h, [chromiumDeb]);
    expect(r.get("certs.root-installed")!.status).toBe("pass");
    expect([r.get("certs.root-trusted")!.status, r.get("certs.root-trusted")!.code]).toEqual(["fail", "ROOT_NOT_TRUSTED"]);
  });

  it("read while Chrome runs: a root still only in the -wal file counts", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), NO_ROOT());
    const file = makeChromeOwnStore(chromiumProfile(h), [{ pem: pki.root, trust: CHROME_TRUST.trusted }], { walOnly: true });
    expect(existsSync(`${file}-wal`)).toBe(true);
    const r = await certsRun(h, [chromiumDeb]);
    expect(r.get("certs.root-installed")!.status).toBe("pass");
  });

  it("the store of the profile Chrome opens (Local State's last used) is the one read", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), NO_ROOT());
    mkdirSync(join(h, ".config", "chromium"), { recursive: true });
    writeFileSync(join(h, ".config", "chromium", "Local State"), JSON.stringify({ profile: { last_used: "Profile 1" } }));
    makeChromeOwnStore(chromiumProfile(h, "Default"), [{ pem: pki.root, trust: CHROME_TRUST.trusted }]);
    const r = await certsRun(h, [chromiumDeb]);
    expect(r.get("certs.root-installed")!.status).toBe("fail");
    makeChromeOwnStore(chromiumProfile(h, "Profile 1"), [{ pem: pki.root, trust: CHROME_TRUST.trusted }]);
    expect((await certsRun(h, [chromiumDeb])).get("certs.root-installed")!.status).toBe("pass");
  });

  it("a damaged database is said unreadable in the store list; the verdict stands on NSS and is not an error", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), NO_ROOT());
    mkdirSync(join(h, ".config", "chromium", "Default"), { recursive: true });
    writeFileSync(chromiumProfile(h), "SQLite format 3\0".padEnd(4096, "x"));
    const r = await certsRun(h, [chromiumDeb]);
    expect(storesData(r)).toContainEqual(expect.objectContaining({ store: "Chromium: certificate manager", readable: false }));
    expect([r.get("certs.root-installed")!.status, r.get("certs.root-installed")!.code]).toEqual(["fail", "ROOT_NOT_INSTALLED"]);
  });

  it("no database (the certificate manager never used): nothing more is listed, verdicts as before", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), NO_ROOT());
    const r = await certsRun(h, [chromiumDeb]);
    expect(storesData(r).map((s) => s.store)).not.toContain("Chromium: certificate manager");
    expect(r.get("certs.root-installed")!.code).toBe("ROOT_NOT_INSTALLED");
  });
});
