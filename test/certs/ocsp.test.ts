import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { request } from "node:http";
import { certInfo, type CertInfo } from "../../src/certs/cert-info.js";
import { buildOcspRequest, parseOcspResponse } from "../../src/certs/ocsp.js";
import { tempDir } from "../helpers/tmp.js";
import { makePki, type Pki } from "./helpers/pki.js";
import { freePort, startOcspResponder } from "./helpers/services.js";

/** The OCSP request this tool builds, answered by a real `openssl ocsp`, and the answer's checks. */

const dir = tempDir("gc-certs-ocsp-");
let pki: Pki;
let port = 0;
let stop: () => Promise<void> = async () => undefined;
const info = (file: string): Promise<CertInfo> =>
  certInfo(new Uint8Array(Buffer.from(readFileSync(file, "utf8").replace(/-----[^-]+-----|\s/g, ""), "base64")));

beforeAll(async () => {
  port = await freePort();
  const c = "http://127.0.0.1:9";
  pki = makePki(join(dir, "pki"), {
    ocsp: `http://127.0.0.1:${port}`,
    crl: c + "/c.crl",
    caIssuers: c + "/i.cer",
    closed: c,
    rogueOcsp: c,
    hanging: c,
  });
  stop = (await startOcspResponder({ port, index: pki.icaIndex, ca: pki.ica, signer: pki.ocspSigner, key: pki.ocspKey, cwd: pki.dir }))
    .stop;
}, 60_000);
afterAll(() => stop());

function post(body: Uint8Array): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/",
        headers: { "Content-Type": "application/ocsp-request", "Content-Length": body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
      },
    );
    req.on("error", reject);
    req.end(Buffer.from(body));
  });
}

describe("OCSP against openssl ocsp", () => {
  it("gets good for a valid certificate and revoked (with the time) for a revoked one", async () => {
    const ica = await info(pki.ica);
    for (const [kind, status] of [
      ["good", "good"],
      ["revoked", "revoked"],
    ] as const) {
      const user = await info(pki.users[kind]);
      const { der, nonce } = await buildOcspRequest(user, ica);
      const answer = await parseOcspResponse(await post(der), user, ica, new Date(), "u", nonce);
      expect(answer.status).toBe(status);
      if (answer.status === "revoked") expect(Math.abs(answer.revokedAt.getTime() - Date.now())).toBeLessThan(24 * 3600_000);
    }
  });

  it("refuses a replayed answer (other nonce), a tampered one, one about another certificate, and a stale one", async () => {
    const ica = await info(pki.ica);
    const user = await info(pki.users.good);
    const other = await info(pki.users.crlOnly);
    const { der, nonce } = await buildOcspRequest(user, ica);
    const resp = await post(der);
    expect((await parseOcspResponse(resp, user, ica, new Date(), "u", nonce)).status).toBe("good");
    const wrongNonce = new Uint8Array(nonce.length).fill(7);
    expect(await parseOcspResponse(resp, user, ica, new Date(), "u", wrongNonce)).toMatchObject({
      status: "invalid",
      reason: expect.stringMatching(/nonce/),
    });
    const tampered = new Uint8Array(resp);
    tampered[tampered.length - 80] = (tampered[tampered.length - 80] ?? 0) ^ 0x01; // inside the responder's certificate or the signature
    expect((await parseOcspResponse(tampered, user, ica, new Date(), "u", nonce)).status).toBe("invalid");
    expect(await parseOcspResponse(resp, other, ica, new Date(), "u", nonce)).toMatchObject({
      status: "invalid",
      reason: expect.stringMatching(/serial/),
    });
    const later = new Date(Date.now() + 2 * 3600_000); // past nextUpdate (-nmin 10)
    expect(await parseOcspResponse(resp, user, ica, later, "u", nonce)).toMatchObject({
      status: "invalid",
      reason: expect.stringMatching(/stale/),
    });
    expect(await parseOcspResponse(new Uint8Array([1, 2, 3]), user, ica, new Date(), "u")).toMatchObject({ status: "invalid" });
  });

  it("refuses an answer checked against another issuer's key", async () => {
    const user = await info(pki.users.good);
    const ica = await info(pki.ica);
    const otherIca = await info(pki.otherIca);
    const { der, nonce } = await buildOcspRequest(user, ica);
    const resp = await post(der);
    expect(await parseOcspResponse(resp, user, otherIca, new Date(), "u", nonce)).toMatchObject({
      status: "invalid",
      reason: expect.stringMatching(/signature/),
    });
  });
});
