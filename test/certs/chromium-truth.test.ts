import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile, execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import { join } from "node:path";
import type { InstalledBrowser } from "../../src/host/browsers/types.js";
import { type Pki, reissueRoot } from "./helpers/pki.js";
import { browserHomes, certsRunIn } from "./helpers/browser-homes.js";
import { CHROME_TRUST, makeChromeOwnStore, makeNssDb } from "./helpers/nss.js";

/**
 * Issue 19.4 against the real thing: Debian's chromium, headless, with a temporary HOME
 * holding a real NSS database and Chrome's own store (sqlite3), loads an https page
 * served on 127.0.0.1 by a certificate the test ICA issued. Whether it shows the page is
 * the truth; the tool's root-trusted verdict for the same HOME must agree. (Chromium
 * here is the test's instrument: the tool itself never starts a browser.)
 */

const hasChromium = existsSync("/usr/bin/chromium");
const { pki: testPki, newHome } = browserHomes("gc-certs-chromium-truth-");
let pki: Pki;
let expiredRoot: string;
let server: Server | undefined;
let port = 0;

const chromium156: InstalledBrowser = { browser: "chromium", version: "156.0.8078.114", kind: "package", source: "/usr/bin/chromium" };

describe.skipIf(!hasChromium && !process.env.CI)("Debian's chromium and the tool agree on which root it trusts", () => {
  beforeAll(async () => {
    pki = testPki();
    const dir = pki.dir;
    const run = (args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    // The root's own key and name, re-issued with dates long past.
    expiredRoot = reissueRoot(dir, "root-exp", ["-startdate", "20150101000000Z", "-enddate", "20200101000000Z"]);
    // A server certificate for 127.0.0.1 from the ICA; the server sends the ICA and PCA along.
    writeFileSync(
      join(dir, "srv.ext"),
      "[ v3_srv ]\nbasicConstraints = CA:false\nkeyUsage = critical,digitalSignature\nextendedKeyUsage = serverAuth\nsubjectAltName = IP:127.0.0.1\nauthorityKeyIdentifier = keyid:always\n",
    );
    run([
      "req",
      "-new",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:P-256",
      "-nodes",
      "-keyout",
      "srv.key",
      "-out",
      "srv.csr",
      "-subj",
      "/CN=127.0.0.1",
      "-config",
      "base.cnf",
    ]);
    run([
      "x509",
      "-req",
      "-in",
      "srv.csr",
      "-CA",
      "ica.pem",
      "-CAkey",
      "ica.key",
      "-CAcreateserial",
      "-out",
      "srv.pem",
      "-days",
      "300",
      "-extfile",
      "srv.ext",
      "-extensions",
      "v3_srv",
    ]);
    const cert = ["srv.pem", "ica.pem", "pca.pem"].map((f) => readFileSync(join(dir, f), "utf8")).join("");
    server = createServer({ key: readFileSync(join(dir, "srv.key")), cert }, (_q, r) => r.end("<html><body>PAGE-SHOWN</body></html>"));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    port = (server.address() as { port: number }).port;
  }, 60_000);
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /**
   * Does chromium show the page with this HOME (its user-data folder the one the tool
   * reads)? Asynchronous: the https server lives in this process and must keep answering.
   */
  function chromiumShows(home: string): Promise<boolean> {
    const args = [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      `--user-data-dir=${join(home, ".config", "chromium")}`,
      "--dump-dom",
      `https://127.0.0.1:${port}/`,
    ];
    return new Promise((resolve) => {
      execFile(
        "chromium",
        args,
        { env: { ...process.env, HOME: home }, encoding: "utf8", timeout: 60_000, maxBuffer: 4 * 1024 * 1024 },
        (_e, stdout) => resolve(String(stdout).includes("PAGE-SHOWN")),
      );
    });
  }

  const INTER = () => [
    { file: pki.pca, nick: "AZ Policy Authority (PCA)", trust: ",," },
    { file: pki.ica, nick: "AZ E-Government Authority (ICA)", trust: ",," },
  ];
  const own = (h: string) => join(h, ".config", "chromium", "Default", "ServerCertificate");
  const CASES: Array<{
    name: string;
    nss?: string;
    root?: () => string;
    own?: Array<{ pem: () => string; trust: string }>;
    shown: boolean;
    code: string;
  }> = [
    { name: "NSS C,,", nss: "C,,", shown: true, code: "ROOT_TRUSTED" },
    { name: "NSS ,,", nss: ",,", shown: false, code: "ROOT_NOT_TRUSTED" },
    { name: "NSS T,,", nss: "T,,", shown: false, code: "ROOT_NOT_TRUSTED" },
    { name: "NSS c,,", nss: "c,,", shown: false, code: "ROOT_NOT_TRUSTED" },
    { name: "NSS P,,", nss: "P,,", shown: false, code: "ROOT_NOT_TRUSTED" },
    { name: "NSS p,p,p", nss: "p,p,p", shown: false, code: "ROOT_DISTRUSTED" },
    {
      name: "NSS C,, and DISTRUSTED in Chrome's own store",
      nss: "C,,",
      own: [{ pem: () => pki.root, trust: CHROME_TRUST.distrusted }],
      shown: false,
      code: "ROOT_DISTRUSTED",
    },
    {
      name: "NSS p,p,p and TRUSTED in Chrome's own store",
      nss: "p,p,p",
      own: [{ pem: () => pki.root, trust: CHROME_TRUST.trusted }],
      shown: false,
      code: "ROOT_DISTRUSTED",
    },
    { name: "only an expired copy, trusted (C,,)", nss: "C,,", root: () => expiredRoot, shown: false, code: "ROOT_TRUSTED_COPY_EXPIRED" },
    {
      name: "an expired copy in NSS, a valid one with the same key trusted in Chrome's own store",
      nss: "C,,",
      root: () => expiredRoot,
      own: [{ pem: () => pki.root, trust: CHROME_TRUST.trusted }],
      shown: true,
      code: "ROOT_TRUSTED",
    },
  ];
  for (const c of CASES) {
    it(`${c.name}: chromium ${c.shown ? "shows" : "refuses"} the page; the tool says ${c.code}`, async () => {
      const h = newHome();
      makeNssDb(join(h, ".pki/nssdb"), [{ file: c.root?.() ?? pki.root, nick: "AZ Root Authority (RCA)", trust: "C,," }, ...INTER()]);
      if (c.nss !== "C,,")
        execFileSync("certutil", ["-M", "-d", `sql:${join(h, ".pki/nssdb")}`, "-n", "AZ Root Authority (RCA)", "-t", c.nss!], {
          stdio: "ignore",
        });
      if (c.own)
        makeChromeOwnStore(
          own(h),
          c.own.map((o) => ({ pem: o.pem(), trust: o.trust })),
        );
      const r = await certsRunIn(h, [chromium156], { certFile: pki.users.good, caFiles: [pki.bundle] });
      expect(r.get("certs.root-trusted")!.code).toBe(c.code);
      expect(await chromiumShows(h)).toBe(c.shown);
    }, 120_000);
  }
});
