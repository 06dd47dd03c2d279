import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";
import { makePki, type Pki } from "./helpers/pki.js";
import { CLOSED_PORT, fileRoute, freePorts, startFileServer, startHangingServer, startOcspResponder } from "./helpers/services.js";
import { makeNssHome } from "./helpers/nss.js";

/**
 * `certs` end to end through the built CLI, with a real openssl PKI, real NSS
 * databases in a temporary HOME, a real `openssl ocsp` responder and a loopback
 * HTTP server for the CRL, the AIA issuer and the clock's Date header.
 */

interface Doc {
  summary: { exitCode: number };
  checks: {
    id: string;
    status: string;
    code: string;
    message: string;
    remedy: string[];
    data: Record<string, unknown>;
    detail: Record<string, string>;
    covers: string[];
  }[];
}

const dir = tempDir("gc-certs-e2e-");
let pki: Pki;
let stopAll: (() => Promise<void>)[] = [];
let httpBase = "";
let skewedClockUrl = "";

beforeAll(async () => {
  const [ocspPort, roguePort] = (await freePorts(2)) as [number, number];
  const closedPort = CLOSED_PORT;
  const hanging = await startHangingServer();
  stopAll.push(hanging.close);
  const files: Record<string, () => Buffer> = {};
  const server = await startFileServer(files);
  stopAll.push(server.close);
  httpBase = `http://127.0.0.1:${server.port}`;
  pki = makePki(join(dir, "pki"), {
    ocsp: `http://127.0.0.1:${ocspPort}`,
    crl: `${httpBase}/ica.crl`,
    caIssuers: `${httpBase}/ica.cer`,
    closed: `http://127.0.0.1:${closedPort}`,
    rogueOcsp: `http://127.0.0.1:${roguePort}`,
    hanging: `http://127.0.0.1:${hanging.port}`,
  });
  files["/ica.crl"] = fileRoute(pki.icaCrlDer);
  files["/ica.cer"] = fileRoute(pki.icaDer);
  files["/"] = () => Buffer.from("portal");
  const responder = await startOcspResponder({
    port: ocspPort,
    index: pki.icaIndex,
    ca: pki.ica,
    signer: pki.ocspSigner,
    key: pki.ocspKey,
    cwd: pki.dir,
  });
  stopAll.push(responder.stop);
  const rogue = await startOcspResponder({
    port: roguePort,
    index: pki.icaIndex,
    ca: pki.ica,
    signer: pki.fakeRoot,
    key: pki.fakeRootKey,
    cwd: pki.dir,
  });
  stopAll.push(rogue.stop);
  const skewed = await startFileServer(
    { "/": () => Buffer.from("x") },
    { dateHeader: () => new Date(Date.now() + 3_600_000).toUTCString() },
  );
  stopAll.push(skewed.close);
  skewedClockUrl = `http://127.0.0.1:${skewed.port}/`;
}, 60_000);

afterAll(async () => {
  await Promise.all(stopAll.map((s) => s()));
  stopAll = [];
});

let homes = 0;
type Install = "root" | "rootUntrusted" | "pca" | "ica" | "expiredPca" | "fakeRoot" | "otherIca";
function home(installs: Install[] | null): string {
  const h = join(dir, `home${++homes}`);
  mkdirSync(h, { recursive: true });
  if (installs === null) return h; // no NSS database at all
  const map: Record<Install, { file: string; nick: string; trust: string }> = {
    root: { file: pki.root, nick: "AZ Root Authority (RCA)", trust: "C,," },
    rootUntrusted: { file: pki.root, nick: "AZ Root Authority (RCA)", trust: ",," },
    fakeRoot: { file: pki.fakeRoot, nick: "AZ Root Authority (RCA)", trust: "C,," },
    pca: { file: pki.pca, nick: "AZ Policy Authority (PCA)", trust: ",," },
    expiredPca: { file: pki.expiredPca, nick: "AZ Policy Authority (PCA)", trust: ",," },
    ica: { file: pki.ica, nick: "AZ E-Government Authority (ICA)", trust: ",," },
    otherIca: { file: pki.otherIca, nick: "AZ E-Government Authority (ICA)", trust: ",," },
  };
  makeNssHome(
    h,
    installs.map((i) => map[i]),
  );
  return h;
}

async function certs(
  h: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; doc: Doc; stderr: string }> {
  const r = await runCli(["certs", "--json", "--lang", "en", ...args], { env: { HOME: h, GUZESTLI_CLOCK_URL: `${httpBase}/`, ...env } });
  let doc: Doc;
  try {
    doc = JSON.parse(r.stdout) as Doc;
  } catch {
    throw new Error(`no JSON (exit ${r.code}): ${r.stdout}\n${r.stderr}`);
  }
  return { code: r.code, doc, stderr: r.stderr };
}

const check = (doc: Doc, id: string) => {
  const c = doc.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
};

const ALL: Install[] = ["root", "pca", "ica"];

describe("certs with a real NSS database (Linux)", () => {
  it("fails EIMZA-ROOT-INSTALLED when the NSS DB lacks the root, and says how to install it", async () => {
    const { code, doc } = await certs(home(["pca", "ica"]), ["--cert", pki.users.good, "--ca", pki.bundle]);
    const c = check(doc, "certs.root-installed");
    expect(c.status).toBe("fail");
    expect(c.code).toBe("ROOT_NOT_INSTALLED");
    expect(c.covers).toContain("EIMZA-ROOT-INSTALLED");
    expect(c.data.method).toBe("fingerprint");
    const remedy = c.remedy.join("\n");
    expect(remedy).toMatch(/certutil -A -d sql:.*\.pki\/nssdb -n "AZ Root Authority \(RCA\)" -t C,,/);
    expect(remedy).toContain("Trust this certificate for identifying websites");
    expect(remedy).toContain("certs --fix --ca");
    // Root cause first: what needs the root is skipped and points at it.
    expect(check(doc, "certs.root-trusted")).toMatchObject({ status: "skip", code: "DEPENDENCY_NOT_MET" });
    expect(check(doc, "certs.user-chain").data.blockedBy).toBe("certs.root-installed");
    expect(code).toBe(1);
  });

  it("fails EIMZA-ROOT-INSTALLED when there is no NSS database yet", async () => {
    const { doc } = await certs(home(null), ["--cert", pki.users.good, "--ca", pki.bundle]);
    expect(check(doc, "certs.root-installed")).toMatchObject({ status: "fail", code: "ROOT_NOT_INSTALLED" });
    expect(check(doc, "certs.intermediates")).toMatchObject({ status: "fail", code: "INTERMEDIATES_MISSING" });
  });

  it("fails EIMZA-ROOT-TRUSTED when the root is present without the C trust flag", async () => {
    const { code, doc } = await certs(home(["rootUntrusted", "pca", "ica"]), ["--cert", pki.users.good, "--ca", pki.bundle]);
    expect(check(doc, "certs.root-installed")).toMatchObject({ status: "pass", code: "ROOT_INSTALLED" });
    const c = check(doc, "certs.root-trusted");
    expect(c).toMatchObject({ status: "fail", code: "ROOT_NOT_TRUSTED" });
    expect(c.covers).toContain("EIMZA-ROOT-TRUSTED");
    expect(c.remedy.join("\n")).toContain("-t C,,");
    expect(code).toBe(1);
  });

  it("passes with everything in place and the OCSP responder saying good", async () => {
    const { code, doc } = await certs(home(ALL), ["--cert", pki.users.good, "--ca", pki.bundle]);
    const notPass = doc.checks.filter((c) => c.status !== "pass" && c.id !== "certs.stores");
    expect(notPass.map((c) => `${c.id}:${c.status}:${c.code}:${c.message}`)).toEqual([]);
    expect(check(doc, "certs.stores").status).toBe("info");
    expect(JSON.stringify(check(doc, "certs.user-revocation").detail)).toContain("OCSP");
    expect(check(doc, "certs.user-chain").message).toContain(
      "AZ E-Government Authority (ICA) → AZ Policy Authority (PCA) → AZ Root Authority (RCA)",
    );
    expect(code).toBe(0);
  });

  it("fails with 157 in the remedy when the responder says revoked", async () => {
    const { code, doc } = await certs(home(ALL), ["--cert", pki.users.revoked, "--ca", pki.bundle]);
    const c = check(doc, "certs.user-revocation");
    expect(c).toMatchObject({ status: "fail", code: "REVOKED" });
    expect(c.covers).toContain("EIMZA-VALIDITY");
    expect(c.remedy.join(" ")).toContain("157");
    expect(JSON.stringify(c.detail)).toContain("OCSP");
    expect(code).toBe(1);
  });

  it("falls back to the CRL when the OCSP responder cannot be reached: good and revoked", async () => {
    const h = home(ALL);
    const good = await certs(h, ["--cert", pki.users.crlOnly, "--ca", pki.bundle]);
    expect(check(good.doc, "certs.user-revocation")).toMatchObject({ status: "pass", code: "NOT_REVOKED" });
    expect(JSON.stringify(check(good.doc, "certs.user-revocation").detail)).toContain("CRL");
    const revoked = await certs(h, ["--cert", pki.users.revokedCrlOnly, "--ca", pki.bundle]);
    expect(check(revoked.doc, "certs.user-revocation")).toMatchObject({ status: "fail", code: "REVOKED" });
    expect(check(revoked.doc, "certs.user-revocation").remedy.join(" ")).toContain("157");
  });

  it("warns with the reason, never passes, when neither OCSP nor CRL answers", async () => {
    const { doc } = await certs(home(ALL), ["--cert", pki.users.unreachable, "--ca", pki.bundle, "--timeout", "3000"]);
    const c = check(doc, "certs.user-revocation");
    expect(c).toMatchObject({ status: "warn", code: "REVOCATION_UNREACHABLE" });
    // The raw reason is for the IT helper: in detail (and --verbose, the report), not in the citizen's line.
    expect(c.message).not.toMatch(/ECONNREFUSED/);
    expect(JSON.stringify(c.detail)).toMatch(/ECONNREFUSED|refused/i);
  });

  it("refuses an OCSP answer not signed for the issuer, and goes on to the CRL", async () => {
    const { doc } = await certs(home(ALL), ["--cert", pki.users.rogueOcsp, "--ca", pki.bundle]);
    const c = check(doc, "certs.user-revocation");
    expect(c).toMatchObject({ status: "pass", code: "NOT_REVOKED" });
    expect(JSON.stringify(c.detail)).toContain("CRL");
    const attempts = (c.data.certificates as { attempts: { method: string; outcome: string }[] }[])[0]!.attempts;
    expect(attempts[0]).toMatchObject({ method: "ocsp", outcome: expect.stringMatching(/invalid: signature does not verify/) });
  });

  it("gives warn, not timeout, when the responder accepts the connection and never answers", async () => {
    const { doc } = await certs(home(ALL), ["--cert", pki.users.hanging, "--ca", pki.bundle, "--timeout", "3000"]);
    const c = check(doc, "certs.user-revocation");
    expect(c).toMatchObject({ status: "warn", code: "REVOCATION_UNREACHABLE" });
    expect(JSON.stringify(c.detail)).toMatch(/no answer within \d+ ms/);
  });

  it("skips revocation with the reason when offline, and when the certificate names no source", async () => {
    const off = await certs(home(ALL), ["--cert", pki.users.good, "--ca", pki.bundle, "--offline"]);
    expect(check(off.doc, "certs.user-revocation")).toMatchObject({ status: "skip", code: "OFFLINE_SKIPPED" });
    expect(check(off.doc, "certs.clock")).toMatchObject({ status: "skip", code: "OFFLINE_SKIPPED" });
    const none = await certs(home(ALL), ["--cert", pki.users.noRevocationInfo, "--ca", pki.bundle]);
    expect(check(none.doc, "certs.user-revocation")).toMatchObject({ status: "skip", code: "NO_REVOCATION_INFO" });
  });

  it("fails EIMZA-INTERMEDIATES when PCA and ICA are missing, and skips the chain pointing at it", async () => {
    const { doc } = await certs(home(["root"]), ["--cert", pki.users.good, "--ca", pki.bundle]);
    const c = check(doc, "certs.intermediates");
    expect(c).toMatchObject({ status: "fail", code: "INTERMEDIATES_MISSING" });
    expect(c.message).toContain("AZ Policy Authority (PCA)");
    expect(c.message).toContain("AZ E-Government Authority (ICA)");
    expect(check(doc, "certs.user-chain")).toMatchObject({ status: "skip", code: "DEPENDENCY_NOT_MET" });
    // Revocation needs only the issuer: found through --ca / AIA, so it still answers.
    expect(check(doc, "certs.user-revocation")).toMatchObject({ status: "pass", code: "NOT_REVOKED" });
  });

  it("finds a missing issuer through the certificate's AIA caIssuers URL when online", async () => {
    const { doc } = await certs(home(["root", "pca"]), ["--cert", pki.users.good]);
    // The store lacks the ICA and no --ca was given: the issuer came from AIA, so revocation could be asked.
    expect(check(doc, "certs.intermediates")).toMatchObject({ status: "fail", code: "INTERMEDIATES_MISSING" });
    expect(check(doc, "certs.user-revocation")).toMatchObject({ status: "pass", code: "NOT_REVOKED" });
    const off = await certs(home(["root", "pca"]), ["--cert", pki.users.good, "--offline"]);
    expect(check(off.doc, "certs.user-revocation").code).toBe("OFFLINE_SKIPPED");
  });

  it("tells an installed ICA with the right name but another key: by fingerprint with --ca, by signature without", async () => {
    const h = home(["root", "pca", "otherIca"]);
    const withCa = await certs(h, ["--cert", pki.users.good, "--ca", pki.bundle, "--offline"]);
    expect(check(withCa.doc, "certs.intermediates")).toMatchObject({ status: "fail", code: "INTERMEDIATE_MISMATCH" });
    const byName = await certs(h, ["--cert", pki.users.good, "--offline"]);
    expect(check(byName.doc, "certs.intermediates")).toMatchObject({ status: "pass", code: "INTERMEDIATES_INSTALLED" });
    const chain = check(byName.doc, "certs.user-chain");
    expect(chain).toMatchObject({ status: "fail", code: "CHAIN_BAD_SIGNATURE" });
    expect(chain.message).toContain("AZ E-Government Authority (ICA)");
  });

  it("tells a root with the right name but another key from the official one", async () => {
    const { doc } = await certs(home(["fakeRoot", "pca", "ica"]), ["--cert", pki.users.good, "--ca", pki.bundle]);
    expect(check(doc, "certs.root-installed")).toMatchObject({ status: "fail", code: "ROOT_MISMATCH" });
  });

  it("compares by name only without --ca and without a user certificate, and says so", async () => {
    const { doc } = await certs(home(ALL), []);
    const c = check(doc, "certs.root-installed");
    expect(c).toMatchObject({ status: "pass", code: "ROOT_INSTALLED" });
    expect(c.data.method).toBe("subject");
    expect(c.message).toContain("--ca");
  });

  it("without --ca, recognises the root through the user's own chain, and still asks for --ca to compare fingerprints", async () => {
    const { doc } = await certs(home(ALL), ["--cert", pki.users.good]);
    const c = check(doc, "certs.root-installed");
    expect(c).toMatchObject({ status: "pass", code: "ROOT_INSTALLED" });
    expect(c.data.method).toBe("chain");
    expect(c.message).toContain("--ca");
  });

  it("fails an expired CA certificate and an expired user certificate", async () => {
    const { doc } = await certs(home(["root", "expiredPca", "ica"]), ["--cert", pki.users.expired]);
    expect(check(doc, "certs.ca-validity")).toMatchObject({ status: "fail", code: "CA_EXPIRED" });
    expect(check(doc, "certs.ca-validity").message).toContain("AZ Policy Authority (PCA)");
    const u = check(doc, "certs.user-validity");
    expect(u).toMatchObject({ status: "fail", code: "CERT_EXPIRED" });
    expect(u.remedy.join(" ")).toContain("157");
  });

  it("fails a certificate that expires before --sale", async () => {
    const { doc } = await certs(home(ALL), ["--cert", pki.users.good, "--ca", pki.bundle, "--sale", "2035-01-01T10:00"]);
    expect(check(doc, "certs.user-validity")).toMatchObject({ status: "fail", code: "CERT_EXPIRES_BEFORE_SALE" });
  });

  it("skips the user checks with a pointer when no certificate is given", async () => {
    const { doc } = await certs(home(ALL), ["--ca", pki.bundle]);
    for (const id of ["certs.user-validity", "certs.user-chain", "certs.user-revocation"]) {
      expect(check(doc, id)).toMatchObject({ status: "skip", code: "NO_USER_CERT" });
    }
  });

  it("keeps the user's name and serial out of the JSON unless --no-redact", async () => {
    const h = home(ALL);
    const red = await certs(h, ["--cert", pki.users.good, "--ca", pki.bundle]);
    const text = JSON.stringify(red.doc);
    expect(text).not.toContain("Test User good");
    expect(text).not.toContain("7ABC4DE");
    const plain = await certs(h, ["--cert", pki.users.good, "--ca", pki.bundle, "--no-redact"]);
    expect(JSON.stringify(plain.doc)).toContain("Test User good");
  });

  it("warns when the clock differs from the portal's Date header", async () => {
    const { doc } = await certs(home(ALL), ["--cert", pki.users.good, "--ca", pki.bundle], { GUZESTLI_CLOCK_URL: skewedClockUrl });
    const c = check(doc, "certs.clock");
    expect(c).toMatchObject({ status: "warn", code: "CLOCK_SKEW" });
    expect(c.message).toMatch(/1 hour behind/);
  });
});

describe("certs --fix", () => {
  const nssList = (h: string) => execFileSync("certutil", ["-L", "-d", `sql:${join(h, ".pki", "nssdb")}`]).toString();

  it("writes nothing without --fix", async () => {
    const h = home(["pca"]);
    const before = nssList(h);
    await certs(h, ["--cert", pki.users.good, "--ca", pki.bundle]);
    expect(nssList(h)).toBe(before);
  });

  it("without a terminal and without --yes asks nothing and writes nothing", async () => {
    const h = home(["pca"]);
    const before = nssList(h);
    const r = await certs(h, ["--ca", pki.bundle, "--fix"]);
    expect(r.stderr).toContain("--yes");
    expect(nssList(h)).toBe(before);
  });

  it("with --yes installs the missing official root (trusted) and intermediates from --ca, then the checks pass", async () => {
    const h = home(["rootUntrusted", "pca"]);
    const r = await certs(h, ["--ca", pki.bundle, "--fix", "--yes"]);
    expect(r.stderr).toContain("Installed AZ Root Authority (RCA)");
    expect(r.stderr).toContain("Installed AZ E-Government Authority (ICA)");
    const list = nssList(h);
    expect(list).toMatch(/AZ Root Authority \(RCA\)\s+C/);
    const after = await certs(h, ["--cert", pki.users.good, "--ca", pki.bundle]);
    for (const id of ["certs.root-installed", "certs.root-trusted", "certs.intermediates", "certs.user-chain"]) {
      expect(check(after.doc, id).status).toBe("pass");
    }
  });

  it("creates the NSS database when Chrome never made one", async () => {
    const h = home(null);
    const r = await certs(h, ["--ca", pki.bundle, "--fix", "--yes"]);
    expect(r.stderr).toContain("Installed AZ Root Authority (RCA)");
    const after = await certs(h, ["--cert", pki.users.good, "--ca", pki.bundle]);
    expect(check(after.doc, "certs.root-trusted").status).toBe("pass");
  });
});
