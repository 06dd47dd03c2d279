import { describe, expect, it } from "vitest";
import type { ExecResult, Host } from "../../src/host/host.js";
import { createNodeHost } from "../../src/host/node-host.js";
import { importCertificate } from "../../src/host/certstores/import.js";
import { tempDir } from "../helpers/tmp.js";

describe("certs --fix on Windows: certutil -user -addstore", () => {
  const dir = tempDir("gc-win-import-");
  const host = (stdout: string): Host => {
    const real = createNodeHost({ offline: true });
    return {
      ...real,
      platform: { ...real.platform, os: "win32" },
      env: { TEMP: dir },
      exec: async (): Promise<ExecResult> => ({
        exitCode: 0,
        signal: null,
        stdout,
        stderr: "",
        timedOut: false,
        truncated: false,
        notFound: false,
        durationMs: 1,
      }),
    };
  };
  const req = { name: "AZ Root Authority (RCA)", pem: "-----BEGIN CERTIFICATE-----\nMA==\n-----END CERTIFICATE-----\n", asRoot: true };

  it("takes certutil's report of what it added as success", async () => {
    const out =
      'Root "Trusted Root Certification Authorities"\r\nSignature matches Public Key\r\nCertificate "AZ Root Authority (RCA)" added to store.\r\nCertUtil: -addstore command completed successfully.\r\n';
    expect(await importCertificate(host(out), req, { timeoutMs: 1000 })).toMatchObject({ ok: true, target: "Windows CurrentUser\\Root" });
  });

  it("takes silence with exit 0 (Wine's stub certutil.exe) as failure", async () => {
    expect(await importCertificate(host(""), req, { timeoutMs: 1000 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("printed nothing"),
    });
  });
});
