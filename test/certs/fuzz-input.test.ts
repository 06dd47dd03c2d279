import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { createNodeHost } from "../../src/host/node-host.js";
import { readCertificateFile } from "../../src/certs/load.js";
import { certInfo } from "../../src/certs/cert-info.js";
import { UsageError } from "../../src/core/errors.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

/**
 * Random and mutated DER/PEM through the certificate input path: every case either
 * loads into certificates every check can read, or is refused with a UsageError
 * (exit 64) and a one-line reason. Never a crash. Fixed seed, so a failure repeats.
 */

function prng(seed: number): () => number {
  // mulberry32
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dir = tempDir("gc-certs-fuzz-");
execFileSync(
  "openssl",
  [
    "req",
    "-x509",
    "-new",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-keyout",
    join(dir, "k.pem"),
    "-out",
    join(dir, "c.pem"),
    "-subj",
    "/C=AZ/O=Fuzz/serialNumber=1ABCDEF/CN=Fuzz User",
    "-days",
    "30",
    "-addext",
    "authorityInfoAccess=OCSP;URI:http://127.0.0.1:9/",
    "-addext",
    "crlDistributionPoints=URI:http://127.0.0.1:9/c.crl",
  ],
  { stdio: "ignore" },
);
const PEM = readFileSync(join(dir, "c.pem"), "utf8");
const DER = Buffer.from(PEM.replace(/-----[^-]+-----|\s/g, ""), "base64");

function cases(n: number): { name: string; data: Buffer }[] {
  const rnd = prng(0x5eed2026);
  const int = (max: number) => Math.floor(rnd() * max);
  const pem = (b: Buffer, label = "CERTIFICATE") =>
    `-----BEGIN ${label}-----\n${b.toString("base64").replace(/.{1,64}/g, "$&\n")}-----END ${label}-----\n`;
  const mutate = (src: Buffer): Buffer => {
    const b = Buffer.from(src);
    switch (int(6)) {
      case 0: // flip bytes
        for (let i = 0, k = 1 + int(8); i < k; i++) {
          const at = int(b.length);
          b[at] = (b[at] ?? 0) ^ (1 << int(8));
        }
        return b;
      case 1: // truncate
        return b.subarray(0, int(b.length));
      case 2: // insert garbage
        return Buffer.concat([
          b.subarray(0, int(b.length)),
          Buffer.from(Array.from({ length: 1 + int(16) }, () => int(256))),
          b.subarray(int(b.length)),
        ]);
      case 3: // break a length byte near the start (tag/length headers)
        b[1 + int(Math.min(40, b.length - 1))] = int(256);
        return b;
      case 4: // set bytes to 0xff inside extensions (near the end)
        for (let i = 0; i < 4; i++) b[b.length - 1 - int(120)] = 0xff;
        return b;
      default: // duplicate a slice
        return Buffer.concat([b, b.subarray(int(b.length))]);
    }
  };
  const out: { name: string; data: Buffer }[] = [];
  for (let i = 0; i < n; i++) {
    const kind = int(8);
    let data: Buffer;
    if (kind === 0) data = Buffer.from(Array.from({ length: int(3000) }, () => int(256)));
    else if (kind === 1) data = mutate(DER);
    else if (kind === 2) data = Buffer.from(pem(mutate(DER)));
    else if (kind === 3) data = Buffer.from(PEM.slice(0, int(PEM.length)));
    else if (kind === 4) data = Buffer.from(pem(Buffer.from(Array.from({ length: int(800) }, () => int(256)))));
    else if (kind === 5) data = Buffer.from(PEM + pem(mutate(DER)));
    else if (kind === 6) data = Buffer.from(pem(DER, ["CERTIFICATE REQUEST", "PRIVATE KEY", "X509 CRL", "TRUSTED CERTIFICATE"][int(4)]!));
    else data = Buffer.from(PEM.replace(/[A-Za-z0-9+/]/g, (c) => (rnd() < 0.01 ? "!*#"[int(3)]! : c)));
    out.push({ name: `case-${i}-k${kind}`, data });
  }
  return out;
}

describe("certificate input fuzzing", () => {
  const host = createNodeHost({ offline: true });

  it("300 random and mutated DER/PEM files: loaded and fully readable, or refused with a UsageError", async () => {
    let refused = 0;
    let loaded = 0;
    for (const c of cases(300)) {
      const file = join(dir, c.name);
      writeFileSync(file, c.data);
      try {
        const certs = await readCertificateFile(host, file);
        expect(certs.length).toBeGreaterThan(0);
        // What the input path accepts, every check can read.
        for (const x of certs) await certInfo(x.der);
        loaded++;
      } catch (e) {
        if (!(e instanceof UsageError)) throw new Error(`${c.name}: not a UsageError: ${(e as Error).stack}`);
        refused++;
      }
    }
    // The corpus really exercises both paths.
    expect(refused).toBeGreaterThan(100);
    expect(loaded).toBeGreaterThan(0);
  }, 120_000);

  it("through the CLI: exit 64 with one clear line and no stack trace", async () => {
    const sample = cases(300).filter((_, i) => i % 20 === 0);
    let ran = 0;
    for (const c of sample) {
      const file = join(dir, `cli-${c.name}`);
      writeFileSync(file, c.data);
      let accepted = true;
      try {
        await readCertificateFile(host, file);
      } catch {
        accepted = false;
      }
      if (accepted) continue;
      ran++;
      for (const opt of ["--cert", "--ca"]) {
        const r = await runCli(["certs", opt, file, "--offline", "--lang", "en"], { env: { HOME: dir } });
        expect(r.code, `${c.name} ${opt}: ${r.stderr}`).toBe(64);
        expect(r.stderr).toMatch(/is not a certificate \(PEM or DER\)/);
        expect(r.stderr).not.toMatch(/\n\s+at /);
        expect(r.stdout).toBe("");
      }
    }
    expect(ran).toBeGreaterThanOrEqual(5);
  }, 180_000);
});
