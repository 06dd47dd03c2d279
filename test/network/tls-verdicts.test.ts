import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type net from "node:net";
import tls from "node:tls";
import { runCli } from "../helpers/cli.js";

/**
 * The TLS verdicts past "untrusted": an openssl-made CA is made trusted for the CLI
 * process through Node's own NODE_EXTRA_CA_CERTS (it adds to the bundled public roots),
 * so the name and validity checks behind it can be reached for real.
 */
describe("network.tls verdicts with a trusted CA", () => {
  let dir: string;
  const servers: net.Server[] = [];
  const openssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "ignore" });

  function leaf(name: string, cn: string, san: string, days: string): void {
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", `/CN=${cn}`, "-keyout", `${name}.key`, "-out", `${name}.csr`);
    writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${san}\n`);
    openssl(
      "x509",
      "-req",
      "-in",
      `${name}.csr`,
      "-CA",
      "ca.pem",
      "-CAkey",
      "ca.key",
      "-set_serial",
      String(Date.now() % 100000),
      "-days",
      days,
      "-extfile",
      `${name}.ext`,
      "-out",
      `${name}.pem`,
    );
  }

  async function serve(name: string): Promise<number> {
    const server = tls.createServer({ key: readFileSync(join(dir, `${name}.key`)), cert: readFileSync(join(dir, `${name}.pem`)) }, (s) =>
      s.end(),
    );
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    return (server.address() as net.AddressInfo).port;
  }

  async function tlsCheck(port: number) {
    const r = await runCli(["all", "--json", "--lang", "en", "--timeout", "4000"], {
      env: { GUZESTLI_PORTAL_HOST: "localhost", GUZESTLI_PORTAL_PORT: String(port), NODE_EXTRA_CA_CERTS: join(dir, "ca.pem") },
    });
    const doc = JSON.parse(r.stdout) as {
      checks: Array<{ id: string; status: string; code: string; message: string; data: Record<string, unknown> }>;
    };
    return doc.checks.find((c) => c.id === "network.tls")!;
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "gc-tls-"));
    openssl(
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "2",
      "-subj",
      "/O=Test Public CA/CN=Test Public Root",
      "-keyout",
      "ca.key",
      "-out",
      "ca.pem",
    );
    leaf("good", "localhost", "DNS:localhost", "2");
    leaf("other", "portal.example", "DNS:portal.example", "2");
    leaf("expired", "localhost", "DNS:localhost", "-1"); // notAfter before notBefore: already expired
  });
  afterAll(() => {
    for (const s of servers) s.close();
  });

  it("a certificate from a trusted CA for the right name passes, naming the issuer", async () => {
    const c = await tlsCheck(await serve("good"));
    expect(c.status).toBe("pass");
    expect(c.code).toBe("TLS_OK");
    expect(c.message).toContain("Test Public Root");
  });

  it("a trusted certificate for another name is a redirected connection", async () => {
    const c = await tlsCheck(await serve("other"));
    expect(c.code).toBe("TLS_NAME_MISMATCH");
    expect(c.message).toContain("portal.example");
  });

  it("an expired certificate points at the computer's clock", async () => {
    const c = await tlsCheck(await serve("expired"));
    expect(c.code).toBe("TLS_CLOCK");
    expect(c.data.verifyError).toBe("CERT_HAS_EXPIRED");
  });
});
