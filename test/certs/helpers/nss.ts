import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

/** A real NSS shared DB in `db`, as Chrome makes it, holding `certs`. */
export function makeNssDb(db: string, certs: { file: string; nick: string; trust: string }[]): string {
  mkdirSync(db, { recursive: true });
  execFileSync("certutil", ["-N", "--empty-password", "-d", `sql:${db}`], { stdio: "ignore" });
  for (const c of certs) {
    execFileSync("certutil", ["-A", "-d", `sql:${db}`, "-n", c.nick, "-t", c.trust, "-a", "-i", c.file], { stdio: "ignore" });
  }
  return db;
}

/** A temporary HOME with a real NSS shared DB at ~/.pki/nssdb, as Chrome makes it. */
export function makeNssHome(home: string, certs: { file: string; nick: string; trust: string }[]): string {
  return makeNssDb(join(home, ".pki", "nssdb"), certs);
}

/** Chrome's CertificateMetadata protobuf with only a trust type: TRUSTED is 0a 02 08 03. */
export const CHROME_TRUST = { unspecified: "0a020801", distrusted: "0a020802", trusted: "0a020803" } as const;

/**
 * Chrome's own certificate store, `<profile>/ServerCertificate`, made by the real sqlite3
 * program with Chrome's schema (chromium components/server_certificate_database). With
 * `walOnly` the rows stay in the -wal file, as while Chrome runs (the sqlite3 shell is
 * told not to checkpoint on close).
 */
export function makeChromeOwnStore(file: string, certs: { pem: string; trust: string }[], o: { walOnly?: boolean } = {}): string {
  mkdirSync(join(file, ".."), { recursive: true });
  const rows = certs.map(({ pem, trust }) => {
    const der = execFileSync("openssl", ["x509", "-in", pem, "-outform", "DER"]);
    const hash = execFileSync("openssl", ["dgst", "-sha256", "-hex"], { input: der }).toString().trim().split(/\s+/).pop()!;
    return `INSERT INTO certificates VALUES ('${hash}', x'${der.toString("hex")}', x'${trust}');`;
  });
  const schema = "CREATE TABLE certificates(sha256hash_hex TEXT PRIMARY KEY, der_cert BLOB NOT NULL, trust_settings BLOB NOT NULL);";
  if (o.walOnly) {
    execFileSync("sqlite3", [file, "PRAGMA journal_mode=WAL;", schema]);
    execFileSync("sqlite3", [file, ".dbconfig no_ckpt_on_close on", "PRAGMA wal_autocheckpoint=0;", ...rows]);
  } else {
    execFileSync("sqlite3", [file, schema, ...rows]);
  }
  return file;
}
