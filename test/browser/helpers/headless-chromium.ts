import { execFile, execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";

export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

/** The flags every headless run here uses: no network of its own, no first-run, no sandbox (root in CI). */
const BASE_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A self-signed certificate for www.e-gov.az, made with openssl in `dir`. */
export function portalCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = path.join(dir, "portal.key");
  const cert = path.join(dir, "portal.crt");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      key,
      "-out",
      cert,
      "-days",
      "2",
      "-subj",
      "/CN=www.e-gov.az",
      "-addext",
      "subjectAltName=DNS:www.e-gov.az",
    ],
    { stdio: "ignore" },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export interface PortalStandIn {
  /** Port of the https page that plays www.e-gov.az. */
  pagePort: number;
  /** Port of the plain http server on 127.0.0.1 that plays the signer program. */
  signerPort: number;
  signerHits: () => number;
  close: () => Promise<void>;
}

/**
 * An https page on 127.0.0.1 that the browser is told is www.e-gov.az (host-resolver
 * rule) and that declares itself public (`Content-Security-Policy: treat-as-public-address`,
 * as chromium's own LNA test data does), whose script fetches a "signer" on 127.0.0.1
 * and writes the outcome into the page.
 */
export async function startPortalStandIn(tls: { key: Buffer; cert: Buffer }): Promise<PortalStandIn> {
  let hits = 0;
  const signer = http.createServer((_req, res) => {
    hits++;
    res.writeHead(200, { "access-control-allow-origin": "*", "content-type": "text/plain" }).end("signer-ok");
  });
  await new Promise<void>((r) => signer.listen(0, "127.0.0.1", r));
  const signerPort = (signer.address() as AddressInfo).port;
  const page = https.createServer(tls, (_req, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-security-policy": "treat-as-public-address" });
    res.end(
      `<html><body><div id="outcome">waiting</div><script>` +
        `fetch("http://127.0.0.1:${signerPort}/").then(r => r.text()).then(t => { document.getElementById("outcome").textContent = "REACHED " + t; })` +
        `.catch(e => { document.getElementById("outcome").textContent = "REFUSED " + e; });` +
        `</script></body></html>`,
    );
  });
  await new Promise<void>((r) => page.listen(0, "127.0.0.1", r));
  const pagePort = (page.address() as AddressInfo).port;
  return {
    pagePort,
    signerPort,
    signerHits: () => hits,
    close: async () => {
      await new Promise<void>((r) => page.close(() => r()));
      await new Promise<void>((r) => signer.close(() => r()));
    },
  };
}

/**
 * Opens https://www.e-gov.az/ (served by the stand-in) in headless chromium on a
 * temporary user-data folder and returns the page's final DOM. Headless chromium
 * answers the Local Network Access prompt with Block and stores it in that folder.
 */
export function openPortalHeadless(
  userDataDir: string,
  stand: PortalStandIn,
  extraFlags: string[] = [],
): Promise<{ dom: string; log: string }> {
  const args = [
    ...BASE_FLAGS,
    `--user-data-dir=${userDataDir}`,
    "--ignore-certificate-errors",
    `--host-resolver-rules=MAP www.e-gov.az:443 127.0.0.1:${stand.pagePort}`,
    "--virtual-time-budget=5000",
    // Console messages go to stderr, so the exact error text the citizen would see is at hand.
    "--enable-logging=stderr",
    "--v=0",
    ...extraFlags,
    "--dump-dom",
    "https://www.e-gov.az/",
  ];
  return new Promise((resolve, reject) => {
    execFile(CHROMIUM, args, { timeout: 60_000, maxBuffer: 8 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(err);
      else resolve({ dom: stdout, log: stderr });
    });
  });
}

/** The text the page's script wrote: "REACHED …" or "REFUSED …". */
export function outcomeOf(dom: string): string {
  return /id="outcome">([^<]*)</.exec(dom)?.[1] ?? "";
}
