import type { Host } from "../host/host.js";
import { UsageError } from "../core/errors.js";
import { loadX509 } from "../core/lazy.js";
import { certInfo } from "./cert-info.js";

/** A certificate file is never larger than this; a bigger one is not a certificate. */
const MAX_CERT_FILE_BYTES = 1024 * 1024;

export interface LoadedCertificate {
  /** DER bytes, exactly as found. */
  der: Uint8Array;
  /** Where it came from: the file path, with "#n" for the n-th of a bundle. */
  source: string;
}

/**
 * Reads a PEM (one or a bundle) or DER certificate file and parses every
 * certificate in it. Anything else — unreadable, too large, not a certificate,
 * a broken one — is a UsageError (exit 64) with the reason, never a crash.
 */
export async function readCertificateFile(host: Host, path: string): Promise<LoadedCertificate[]> {
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
  const out: LoadedCertificate[] = [];
  for (const [i, der] of ders.entries()) {
    try {
      // Parse every field the checks read (names, dates, key, extensions), so a
      // certificate that parses lazily but is broken inside fails here, at the input,
      // and not in the middle of a check.
      const info = await certInfo(der);
      void info.cert.publicKey;
    } catch (e) {
      throw new UsageError("cli.error.notCertificate", { file: path, reason: shortReason(e) });
    }
    out.push({ der, source: ders.length > 1 ? `${path}#${i + 1}` : path });
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
  return String(err?.message ?? e).split("\n")[0]!.slice(0, 200);
}
