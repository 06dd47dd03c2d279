import { createHash } from "node:crypto";
import type { Host } from "../host/host.js";
import { UsageError } from "../core/errors.js";
import { loadX509 } from "../core/lazy.js";
import { certInfo, type CertInfo } from "./cert-info.js";

/** A certificate file is never larger than this; a bigger one is not a certificate. */
const MAX_CERT_FILE_BYTES = 1024 * 1024;

/**
 * A --cert or --ca file holds one certificate or a short chain (leaf, ICA, PCA, root).
 * Far more distinct certificates than that is not an input this tool was asked to
 * judge (a whole exported store, a hostile file) and parsing it would hold up every
 * other check: refused before any parsing.
 */
export const MAX_CERTIFICATES_PER_FILE = 32;

export interface LoadedCertificate {
  /** DER bytes, exactly as found. */
  der: Uint8Array;
  /** Where it came from: the file path, with "#n" for the n-th of a bundle. */
  source: string;
  /** Parsed once, here; every check reads this instead of parsing again. */
  info: CertInfo;
}

/**
 * Each input file is read and parsed once per run. The run's host object is the key:
 * the CLI makes one host per run, so a second run (or a test with another host)
 * reads the file afresh.
 */
const parsedByHost = new WeakMap<Host, Map<string, Promise<LoadedCertificate[]>>>();

/**
 * Reads a PEM (one or a bundle) or DER certificate file and parses every
 * certificate in it, once per run. Anything else — unreadable, too large, not a
 * certificate, a broken one, too many — is a UsageError (exit 64) with the reason,
 * never a crash. Copies of one certificate (same SHA-256) count once.
 */
export function readCertificateFile(host: Host, path: string): Promise<LoadedCertificate[]> {
  let files = parsedByHost.get(host);
  if (!files) {
    files = new Map();
    parsedByHost.set(host, files);
  }
  let p = files.get(path);
  if (!p) {
    p = loadFile(host, path);
    files.set(path, p);
    // Nobody may be waiting yet (validation awaits it later); a refusal is not "unhandled".
    p.catch(() => undefined);
  }
  return p;
}

async function loadFile(host: Host, path: string): Promise<LoadedCertificate[]> {
  let bytes: Buffer;
  try {
    bytes = await host.fs.readFile(path, { maxBytes: MAX_CERT_FILE_BYTES });
  } catch (e) {
    throw new UsageError("cli.error.fileUnreadable", { file: path, reason: shortReason(e) });
  }
  const x509 = await loadX509();
  const text = bytes.toString("latin1");
  let ders: Uint8Array[];
  if (/-----BEGIN [A-Z0-9 ]+-----/.test(text)) {
    let blocks: { type: string; rawData: ArrayBuffer }[];
    try {
      blocks = x509.PemConverter.decodeWithHeaders(text);
    } catch (e) {
      throw new UsageError("cli.error.notCertificate", { file: path, reason: shortReason(e) });
    }
    ders = blocks.filter((b) => /CERTIFICATE$/.test(b.type) && !/REQUEST/.test(b.type)).map((b) => new Uint8Array(b.rawData));
    if (ders.length === 0) throw new UsageError("cli.error.notCertificate", { file: path, reason: "no CERTIFICATE block" });
  } else {
    ders = [new Uint8Array(bytes)];
  }
  // Hashing is cheap and parsing is not: drop copies and count before parsing anything.
  const distinct = new Map<string, { der: Uint8Array; index: number }>();
  for (const [i, der] of ders.entries()) {
    const sha256 = createHash("sha256").update(der).digest("hex");
    if (!distinct.has(sha256)) distinct.set(sha256, { der, index: i });
  }
  if (distinct.size > MAX_CERTIFICATES_PER_FILE) {
    throw new UsageError("cli.error.tooManyCertificates", { file: path, count: distinct.size, max: MAX_CERTIFICATES_PER_FILE });
  }
  const out: LoadedCertificate[] = [];
  for (const { der, index } of distinct.values()) {
    // Parsing is synchronous work; between certificates the event loop gets its turn,
    // so other checks' timers and I/O are not held up by a long file.
    if (out.length > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    let info: CertInfo;
    try {
      // Parse every field the checks read (names, dates, key, extensions), so a
      // certificate that parses lazily but is broken inside fails here, at the input,
      // and not in the middle of a check.
      info = await certInfo(der);
      void info.cert.publicKey;
    } catch (e) {
      throw new UsageError("cli.error.notCertificate", { file: path, reason: shortReason(e) });
    }
    out.push({ der, source: ders.length > 1 ? `${path}#${index + 1}` : path, info });
  }
  return out;
}

/** Validates every --cert and --ca file before a check runs (exit 64 on bad input). */
export async function validateCertificateInputs(host: Host, files: readonly string[]): Promise<void> {
  for (const f of files) await readCertificateFile(host, f);
}

function shortReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === "ENOENT") return "no such file";
  if (err?.code === "EACCES") return "permission denied";
  if (err?.code === "EISDIR") return "is a directory";
  return String(err?.message ?? e)
    .split("\n")[0]!
    .slice(0, 200);
}
