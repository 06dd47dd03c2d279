import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckResult } from "../../src/core/types.js";
import { createNodeHost } from "../../src/host/node-host.js";
import { runChecks } from "../../src/core/runner.js";
import { userRevocationCheck } from "../../src/checks/certs/user-revocation.js";
import { t } from "../../src/i18n/catalog.js";
import { runOptions } from "../helpers/options.js";
import { tempDir } from "../helpers/tmp.js";
import { makeCaCrlPki, type CaCrlPki } from "./helpers/ca-crl-pki.js";
import { freePort, startFileServer, startOcspResponder } from "./helpers/services.js";

/**
 * Issue 19.5 and 19.6: every CA on the path is checked for revocation (RFC 5280
 * §6.1.3(a)(3)): the ICA against the PCA's CRL, the PCA against the root's, at the
 * distribution points the CA certificates name (shaped like the real
 * asxm.e-imza.az/cdp/AZ%20Root%20Authority%20(RCA).crl). A stale CRL that was the only
 * answer is the authority's out-of-date list, not an unreachable service. Real openssl
 * CAs and CRLs served on 127.0.0.1, a real `openssl ocsp` responder for the user's own
 * certificate.
 */

const dir = tempDir("gc-certs-ca-revocation-");
let pki: CaCrlPki;
let server: Awaited<ReturnType<typeof startFileServer>>;
let stopOcsp: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  const file = (name: () => string) => () => readFileSync(name());
  server = await startFileServer({
    "/cdp/AZ%20Root%20Authority%20(RCA).crl": file(() => pki.rootCrl),
    "/cdp/AZ%20Policy%20Authority%20(PCA).crl": file(() => pki.pcaCrl),
    "/cdp/ica.crl": file(() => pki.icaCrl),
  });
  const ocspPort = await freePort();
  pki = makeCaCrlPki(join(dir, "pki"), `http://127.0.0.1:${server.port}`, `http://127.0.0.1:${ocspPort}`);
  stopOcsp = (
    await startOcspResponder({ port: ocspPort, index: pki.icaIndex, ca: pki.ica, signer: pki.ocspSigner, key: pki.ocspKey, cwd: pki.dir })
  ).stop;
}, 60_000);
afterAll(async () => {
  await stopOcsp();
  await server?.close();
});

async function revocation(cert: string): Promise<CheckResult> {
  const env = { ...process.env, HOME: dir } as Record<string, string>;
  const [r] = await runChecks([userRevocationCheck], {
    host: createNodeHost({ offline: false, env }),
    options: runOptions({ offline: false, timeoutMs: 10_000, certFiles: [cert], caFiles: [pki.bundle] }),
  });
  return r!;
}
const caChecks = (r: CheckResult) =>
  (r.data.certificates as Array<{ caChecks: Array<{ ca: string; verdict: string; attempts: Array<{ url: string }> }> }>)[0]!.caChecks;

// Before 19.5: its revocations stay in the CAs' databases for the rest of the file.
describe("19.6 a stale CRL is not an unreachable service", () => {
  it("the only answer a CRL past its nextUpdate: the authority's list is out of date, with the date", async () => {
    pki.regenerate({ staleIca: true });
    const r = await revocation(pki.userCrlOnly);
    expect([r.status, r.code]).toEqual(["warn", "REVOCATION_STALE"]);
    const text = t("en", r.message);
    expect(text).toContain("out of date");
    expect(text).toContain("2024-02-01");
    expect(text).not.toContain("could not be reached");
    for (const lang of ["az", "ru"] as const) expect(t(lang, r.message)).toContain("2024-02-01");
  });
});

describe("19.5 every CA on the path is checked for revocation", () => {
  it("nothing revoked: the user's OCSP says good, the ICA and the PCA are asked at their issuers' CRLs", async () => {
    pki.regenerate();
    const r = await revocation(pki.user);
    expect([r.status, r.code]).toEqual(["pass", "NOT_REVOKED"]);
    const cas = caChecks(r);
    expect(cas.map((c) => [c.ca, c.verdict])).toEqual([
      ["AZ E-Government Authority (ICA)", "good"],
      ["AZ Policy Authority (PCA)", "good"],
    ]);
    expect(cas[0]!.attempts[0]!.url).toMatch(/\/cdp\/AZ%20Policy%20Authority%20\(PCA\)\.crl$/);
    expect(cas[1]!.attempts[0]!.url).toMatch(/\/cdp\/AZ%20Root%20Authority%20\(RCA\)\.crl$/);
  });

  it("the ICA revoked in the PCA's CRL: CA_REVOKED naming the ICA, although the user's own OCSP answer is good", async () => {
    pki.revoke("ica");
    pki.regenerate();
    const r = await revocation(pki.user);
    expect([r.status, r.code]).toEqual(["fail", "CA_REVOKED"]);
    const text = t("en", r.message);
    expect(text).toContain("AZ E-Government Authority (ICA)");
    expect(text).toContain("AZ Policy Authority (PCA)");
    const own = (r.data.certificates as Array<{ verdict: string; attempts: Array<{ method: string }> }>)[0]!;
    expect(own.verdict).toBe("good");
    expect(own.attempts[0]!.method).toBe("ocsp");
    for (const lang of ["az", "ru"] as const) expect(t(lang, r.message)).toContain("AZ E-Government Authority (ICA)");
    expect(r.remedy.map((m) => m.key)).toContain("certs.remedy.call157");
  });

  it("the PCA revoked in the root's CRL: CA_REVOKED naming the PCA", async () => {
    pki.revoke("pca");
    pki.regenerate();
    const r = await revocation(pki.user);
    expect([r.status, r.code]).toEqual(["fail", "CA_REVOKED"]);
    expect(caChecks(r).find((c) => c.ca === "AZ Policy Authority (PCA)")!.verdict).toBe("revoked");
  });
});
