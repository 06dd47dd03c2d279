import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ExecResult, Host } from "../../src/host/host.js";
import { createNodeHost } from "../../src/host/node-host.js";
import { runChecks } from "../../src/core/runner.js";
import { certsChecks } from "../../src/checks/certs/index.js";
import { parseCertutilList, nssTrustedAsRoot } from "../../src/host/certstores/nss.js";
import { parseWindowsStoreJson, readWindowsStores } from "../../src/host/certstores/windows.js";
import { WINDOWS_INVENTORY_SCRIPT } from "../../src/host/windows/inventory.js";
import { inventoryOutput } from "../windows/formats.js";
import { macTrusted, parseDumpTrustSettings } from "../../src/host/certstores/macos.js";
import { runOptions } from "../helpers/options.js";
import { tempDir } from "../helpers/tmp.js";
import { makePki, type Pki } from "./helpers/pki.js";

/**
 * The store readers this machine cannot run (Windows PowerShell, macOS `security`)
 * are fed output in the exact format those tools print, built around real
 * openssl-made certificates; the NSS list parser gets certutil's own layout.
 */

let pki: Pki;
const der = (pemFile: string) => Buffer.from(readFileSync(pemFile, "utf8").replace(/-----[^-]+-----|\s/g, ""), "base64");
const b64 = (pemFile: string) => der(pemFile).toString("base64");

beforeAll(() => {
  const closed = "http://127.0.0.1:9";
  pki = makePki(join(tempDir("gc-certs-parsers-"), "pki"), {
    ocsp: closed,
    crl: closed + "/c.crl",
    caIssuers: closed + "/i.cer",
    closed,
    rogueOcsp: closed,
    hanging: closed,
  });
}, 60_000);

function ok(stdout: string): ExecResult {
  return { exitCode: 0, signal: null, stdout, stderr: "", timedOut: false, truncated: false, notFound: false, durationMs: 1 };
}
function failed(stderr: string, exitCode = 1): ExecResult {
  return { exitCode, signal: null, stdout: "", stderr, timedOut: false, truncated: false, notFound: false, durationMs: 1 };
}
const NOT_FOUND: ExecResult = {
  exitCode: null,
  signal: null,
  stdout: "",
  stderr: "",
  timedOut: false,
  truncated: false,
  notFound: true,
  durationMs: 0,
};

/** The real host, but on another OS whose commands answer as captured. */
function hostFor(os: NodeJS.Platform, answer: (cmd: string, args: readonly string[]) => ExecResult): Host {
  const real = createNodeHost({ offline: true });
  return {
    ...real,
    platform: { ...real.platform, os, homedir: os === "win32" ? "C:\\Users\\test" : "/Users/test" },
    env: {},
    exec: async (cmd, args) => answer(cmd, args),
  };
}

async function runOn(host: Host, certFiles: string[] = [], caFiles: string[] = []) {
  const results = await runChecks(certsChecks, { host, options: runOptions({ certFiles, caFiles, offline: true, timeoutMs: 10_000 }) });
  return (id: string) => results.find((r) => r.id === id)!;
}

describe("certutil -L (NSS)", () => {
  it("reads nicknames with spaces and the trust attributes, as certutil prints them", () => {
    const out = [
      "",
      "Certificate Nickname                                         Trust Attributes",
      "                                                             SSL,S/MIME,JAR/XPI",
      "",
      "AZ Root Authority (RCA)                                      C,,  ",
      "AZ Policy Authority (PCA)                                    ,,   ",
      "Test User                                                    u,u,u",
      "",
    ].join("\n");
    const list = parseCertutilList(out);
    expect(list.map((e) => [e.nickname, e.trust])).toEqual([
      ["AZ Root Authority (RCA)", "C,,"],
      ["AZ Policy Authority (PCA)", ",,"],
      ["Test User", "u,u,u"],
    ]);
    expect(list.map((e) => nssTrustedAsRoot(e.ssl))).toEqual([true, false, false]);
    expect(nssTrustedAsRoot("CT")).toBe(true);
    expect(nssTrustedAsRoot("T")).toBe(false);
  });
});

describe("Windows certificate stores (the PowerShell inventory's certs section)", () => {
  const item = (store: string, file: string, subject: string) => ({ Store: store, Thumbprint: "X", Subject: subject, RawData: b64(file) });
  // LocalMachine\Root is never empty on Windows: some root of Windows' own is always there.
  const windowsOwnRoot = () => item("LocalMachine\\Root", pki.pca, "CN=Some Windows root");
  const inv = (items: unknown[]) => inventoryOutput({ certs: items });

  it("asks every Root and CA store in the one inventory run", () => {
    for (const s of ["LocalMachine\\Root", "CurrentUser\\Root", "LocalMachine\\CA", "CurrentUser\\CA"])
      expect(WINDOWS_INVENTORY_SCRIPT).toContain(`'${s}'`);
    expect(WINDOWS_INVENTORY_SCRIPT).toContain("ConvertTo-Json");
  });

  it("parses an array, a single object (ConvertTo-Json does not wrap one item) and no output", () => {
    const one = item("CurrentUser\\Root", pki.root, "CN=AZ Root Authority (RCA), O=Test PKI, C=AZ");
    expect(parseWindowsStoreJson(JSON.stringify([one, one]))).toHaveLength(2);
    expect(parseWindowsStoreJson("\uFEFF" + JSON.stringify(one))).toHaveLength(1);
    expect(parseWindowsStoreJson("")).toEqual([]);
    expect(parseWindowsStoreJson("\r\n")).toEqual([]);
  });

  it("counts a certificate in a Root store as trusted, and one in a CA store as present only", async () => {
    const out = inv([
      windowsOwnRoot(),
      item("CurrentUser\\Root", pki.root, "CN=AZ Root Authority (RCA)"),
      item("LocalMachine\\CA", pki.pca, "CN=AZ Policy Authority (PCA)"),
      item("CurrentUser\\CA", pki.ica, "CN=AZ E-Government Authority (ICA)"),
    ]);
    const host = hostFor("win32", (cmd) => (cmd === "powershell.exe" ? ok(out) : NOT_FOUND));
    const readings = await readWindowsStores(host, { timeoutMs: 1000 });
    const byStore = Object.fromEntries(readings.map((r) => [r.store, r.certificates.map((c) => c.trustedAsRoot)]));
    expect(byStore["Windows CurrentUser\\Root"]).toEqual([true]);
    expect(byStore["Windows LocalMachine\\CA"]).toEqual([false]);
    const r = await runOn(host, [pki.users.good], [pki.bundle]);
    expect(r("certs.root-installed").code).toBe("ROOT_INSTALLED");
    expect(r("certs.root-trusted").code).toBe("ROOT_TRUSTED");
    expect(r("certs.intermediates").code).toBe("INTERMEDIATES_INSTALLED");
    expect(r("certs.user-chain").code).toBe("CHAIN_OK");
  });

  it("fails EIMZA-ROOT-TRUSTED with the Windows remedy when the root sits only in the CA store", async () => {
    const out = inv([
      item("LocalMachine\\Root", pki.users.good, "CN=Some Windows root"),
      item("CurrentUser\\CA", pki.root, "CN=AZ Root Authority (RCA)"),
      item("CurrentUser\\CA", pki.pca, "x"),
      item("CurrentUser\\CA", pki.ica, "y"),
    ]);
    const r = await runOn(
      hostFor("win32", () => ok(out)),
      [pki.users.good],
      [pki.bundle],
    );
    expect(r("certs.root-installed").code).toBe("ROOT_INSTALLED");
    const t = r("certs.root-trusted");
    expect(t.code).toBe("ROOT_NOT_TRUSTED");
    expect(t.remedy.map((m) => m.key)).toContain("certs.remedy.windows.trustRoot");
  });

  it("fails EIMZA-ROOT-INSTALLED with the Windows steps when the stores lack the root", async () => {
    const r = await runOn(
      hostFor("win32", () => ok(inv([windowsOwnRoot(), item("CurrentUser\\CA", pki.pca, "x")]))),
      [],
      [pki.bundle],
    );
    const c = r("certs.root-installed");
    expect(c.code).toBe("ROOT_NOT_INSTALLED");
    expect(c.remedy.map((m) => m.key)).toEqual(
      expect.arrayContaining(["certs.remedy.windows.installRoot", "certs.remedy.windows.certutilRoot"]),
    );
  });

  it("says the stores could not be read when PowerShell is missing, and skips what needs them", async () => {
    const r = await runOn(hostFor("win32", () => NOT_FOUND));
    expect(r("certs.stores")).toMatchObject({ status: "error", code: "STORES_UNREADABLE" });
    // The stores could not be read: what needs them could not be checked either (#19.15).
    expect(r("certs.root-installed")).toMatchObject({
      status: "error",
      code: "DEPENDENCY_NOT_CHECKED",
      data: { blockedBy: "certs.stores" },
    });
  });

  it("an unreadable Windows store is never blamed on Chrome/Opera locking it (that is NSS on Linux) (#19.16)", async () => {
    const r = await runOn(
      hostFor("win32", () => ok("")),
      [],
      [pki.bundle],
    );
    const stores = r("certs.stores");
    expect(stores).toMatchObject({ status: "error", code: "STORES_UNREADABLE" });
    expect(stores.remedy.map((m) => m.key)).toEqual(["certs.stores.remedy.retryLater"]);
  });

  it("revocation with the stores unread: the issuer could not be looked for, not 'was not found' (#19.16)", async () => {
    const results = await runChecks(certsChecks, {
      host: hostFor("win32", () => ok("")),
      options: runOptions({ certFiles: [pki.users.good], offline: false, timeoutMs: 10_000 }),
    });
    const rev = results.find((x) => x.id === "certs.user-revocation")!;
    expect([rev.status, rev.code, rev.message.key]).toEqual(["error", "ISSUER_NOT_LOOKED_UP", "certs.userRevocation.issuerNotLookedUp"]);
  });

  it("an empty LocalMachine\\Root (Wine's stub PowerShell prints nothing; a broken provider) is could-not-check, never 'root not installed'", async () => {
    for (const out of ["", inv([]), inv([item("CurrentUser\\CA", pki.pca, "x")])]) {
      const r = await runOn(
        hostFor("win32", () => ok(out)),
        [],
        [pki.bundle],
      );
      expect(r("certs.stores")).toMatchObject({ status: "error", code: "STORES_UNREADABLE" });
      expect(r("certs.root-installed").code).not.toBe("ROOT_NOT_INSTALLED");
    }
  });
});

describe("macOS keychains (security find-certificate -p, dump-trust-settings)", () => {
  const USER_TRUST = [
    "Number of trusted certs = 2",
    "Cert 0: AZ Root Authority (RCA)",
    "   Number of trust settings : 0",
    "Cert 1: Some Denied CA",
    "   Number of trust settings : 1",
    "   Trust Setting 0:",
    "      Policy OID            : SSL",
    "      Allowed Error         : CSSMERR_TP_CERT_EXPIRED",
    "      Result Type           : kSecTrustSettingsResultDeny",
    "",
  ].join("\n");

  it("parses trust settings: none = trusted for everything, Deny = not trusted, a setting without Result Type = TrustRoot", () => {
    const entries = parseDumpTrustSettings(USER_TRUST);
    expect(entries.map((e) => [e.name, macTrusted(e)])).toEqual([
      ["AZ Root Authority (RCA)", true],
      ["Some Denied CA", false],
    ]);
    const noResult = parseDumpTrustSettings(
      "Number of trusted certs = 1\nCert 0: X\n   Number of trust settings : 1\n   Trust Setting 0:\n      Policy OID            : SSL\n",
    );
    expect(macTrusted(noResult[0]!)).toBe(true);
    const asRoot = parseDumpTrustSettings(
      "Cert 0: Y\n   Number of trust settings : 1\n   Trust Setting 0:\n      Policy OID            : Code Signing\n      Result Type           : kSecTrustSettingsResultTrustAsRoot\n",
    );
    expect(macTrusted(asRoot[0]!)).toBe(true);
  });

  const pems = (...files: string[]) => files.map((f) => readFileSync(f, "utf8")).join("");
  const mac = (trust: string, login: string) =>
    hostFor("darwin", (cmd, args) => {
      if (cmd !== "security") return NOT_FOUND;
      if (args[0] === "dump-trust-settings")
        return args.includes("-d")
          ? failed("SecTrustSettingsCopyCertificates: No Trust Settings were found.")
          : trust
            ? ok(trust)
            : failed("SecTrustSettingsCopyCertificates: No Trust Settings were found.");
      if (args[0] === "find-certificate") return String(args[args.length - 1]).includes("login.keychain") ? ok(login) : ok("");
      return NOT_FOUND;
    });

  it("passes root installed and trusted when the login keychain holds it with trust settings", async () => {
    const r = await runOn(mac(USER_TRUST, pems(pki.root, pki.pca, pki.ica)), [pki.users.good], [pki.bundle]);
    expect(r("certs.root-installed").code).toBe("ROOT_INSTALLED");
    expect(r("certs.root-trusted").code).toBe("ROOT_TRUSTED");
    expect(r("certs.user-chain").code).toBe("CHAIN_OK");
  });

  it("fails EIMZA-ROOT-TRUSTED when the keychain holds the root without trust settings", async () => {
    const r = await runOn(mac("", pems(pki.root, pki.pca, pki.ica)), [pki.users.good], [pki.bundle]);
    expect(r("certs.root-installed").code).toBe("ROOT_INSTALLED");
    expect(r("certs.root-trusted").code).toBe("ROOT_NOT_TRUSTED");
    expect(r("certs.root-trusted").remedy.map((m) => m.key)).toContain("certs.remedy.mac.trustRoot");
  });
});
