import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckDefinition } from "../../src/core/types.js";
import { TOKEN_CERTIFICATES_CHECK, type TokenCertificatesOutput } from "../../src/core/handover.js";
import { createNodeHost } from "../../src/host/node-host.js";
import { runChecks } from "../../src/core/runner.js";
import { certsChecks } from "../../src/checks/certs/index.js";
import { runOptions } from "../helpers/options.js";
import { tempDir } from "../helpers/tmp.js";
import { makePki, type Pki } from "./helpers/pki.js";

/**
 * The user's certificate as the token group hands it over (token.certificates →
 * TokenCertificatesOutput), with a check of the test's own in the token's place.
 */

let pki: Pki;
beforeAll(() => {
  const c = "http://127.0.0.1:9";
  pki = makePki(join(tempDir("gc-certs-handover-"), "pki"), {
    ocsp: c,
    crl: c + "/c.crl",
    caIssuers: c + "/i.cer",
    closed: c,
    rogueOcsp: c,
    hanging: c,
  });
}, 60_000);

const b64 = (file: string) => Buffer.from(readFileSync(file, "utf8").replace(/-----[^-]+-----|\s/g, ""), "base64").toString("base64");

function tokenCheck(status: "pass" | "fail", files: string[]): CheckDefinition<TokenCertificatesOutput> {
  return {
    id: TOKEN_CERTIFICATES_CHECK.id,
    group: "token",
    covers: [],
    title: "group.token",
    codes: { READ: { status: "pass" }, FAILED: { status: "fail" } },
    run: async () => ({
      code: status === "pass" ? "READ" : "FAILED",
      message: { key: "group.token" },
      output: {
        certificates: files.map((f, i) => ({
          derBase64: b64(f),
          module: "/usr/lib/softhsm/libsofthsm2.so",
          slotId: i,
          tokenLabel: "E-IMZA",
          tokenModel: "SoftHSM v2",
        })),
      },
    }),
  };
}

describe("token → certs hand-over", () => {
  it("judges the token's certificate, and leaves out a CA certificate stored on the token", async () => {
    const host = createNodeHost({ offline: true });
    const results = await runChecks([tokenCheck("pass", [pki.users.expired, pki.ica]) as CheckDefinition, ...certsChecks], {
      host,
      options: runOptions({ timeoutMs: 10_000 }),
    });
    const v = results.find((r) => r.id === "certs.user-validity")!;
    expect(v).toMatchObject({ code: "CERT_EXPIRED" });
    const certs = v.data.certificates as { source: string; tokenLabel: unknown }[];
    // The token is named by model and slot; its label (often the holder's name) is personal data.
    expect(certs.map((c) => c.source)).toEqual(["token SoftHSM v2, slot 0"]);
    expect(certs[0]!.tokenLabel).toEqual({ $pii: "name", value: "E-IMZA" });
  });

  it('judges the certificates of a token check that failed (an expired one fails it): never "no certificate"', async () => {
    const host = createNodeHost({ offline: true });
    const results = await runChecks([tokenCheck("fail", [pki.users.expired, pki.users.good]) as CheckDefinition, ...certsChecks], {
      host,
      options: runOptions({ timeoutMs: 10_000 }),
    });
    const v = results.find((r) => r.id === "certs.user-validity")!;
    expect(v).toMatchObject({ code: "CERT_EXPIRED" });
    expect((v.data.certificates as unknown[]).length).toBe(2);
    for (const id of ["certs.user-validity", "certs.user-chain", "certs.user-revocation"]) {
      expect(results.find((r) => r.id === id)!.code).not.toBe("NO_USER_CERT");
    }
  });
});
