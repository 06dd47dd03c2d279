import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readSqliteTable, readSqliteTableAsync, SqliteFormatError, SqliteLimitError } from "../../src/host/sqlite/read.js";
import type { CheckResult } from "../../src/core/types.js";
import type { InstalledBrowser } from "../../src/host/browsers/types.js";
import { MAX_OWN_STORE_ROWS } from "../../src/host/certstores/chrome-own.js";
import { browserHomes, certsRunIn } from "../certs/helpers/browser-homes.js";
import { CHROME_TRUST, makeNssDb } from "../certs/helpers/nss.js";
import type { Pki } from "../certs/helpers/pki.js";

/**
 * The SQLite reader under hostile stores (issue #18.2): files written by the real
 * sqlite3 program, then pages rewritten the way an attacker would. One 64 KiB page whose
 * cell pointers all point at one cell came back as 32,312 rows (85 s, 600 MB); a long
 * table was read in one go past the check's budget; a huge CREATE TABLE was tokenized
 * at 3.4 GB. Now: overlapping cells and impossible cell counts are refused, rows and
 * schema text are capped, the walk yields to the event loop and honours its signal,
 * and Chrome's own store alone becomes "unreadable" while NSS keeps its verdicts.
 */

const SCHEMA = "CREATE TABLE certificates(sha256hash_hex TEXT PRIMARY KEY, der_cert BLOB NOT NULL, trust_settings BLOB NOT NULL);";
const { pki: testPki, newHome } = browserHomes("gc-sqlite-limits-");
let pki: Pki;
let rootDer: Buffer;
beforeAll(() => {
  pki = testPki();
  rootDer = execFileSync("openssl", ["x509", "-in", pki.root, "-outform", "DER"]);
});

const sqlite = (file: string, sql: string) =>
  execFileSync("sqlite3", ["-batch", file], { input: sql, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;

/** Chrome's store holding the test root once, in 64 KiB pages, and where its one leaf page starts. */
function oneRootStore(file: string): { db: Buffer; leaf: number } {
  sqlite(
    file,
    `PRAGMA page_size=65536;\n${SCHEMA}\nINSERT INTO certificates VALUES ('${"ab".repeat(32)}', x'${rootDer.toString("hex")}', x'${CHROME_TRUST.trusted}');`,
  );
  const root = Number(sqlite(file, "SELECT rootpage FROM sqlite_schema WHERE name = 'certificates';").trim());
  const db = readFileSync(file);
  const leaf = (root - 1) * 65536;
  expect(db[leaf]).toBe(0x0d);
  expect(u16(db, leaf + 3)).toBe(1);
  return { db, leaf };
}

/** The leaf's cell pointer array rewritten: `count` pointers, all to the one real cell. */
function amplified(db: Buffer, leaf: number, count: number): Buffer {
  const out = Buffer.from(db);
  const cell = u16(db, leaf + 8);
  const n = Math.min(count, Math.floor((cell - 8) / 2));
  out.writeUInt16BE(n, leaf + 3);
  for (let i = 0; i < n; i++) out.writeUInt16BE(cell, leaf + 8 + 2 * i);
  return out;
}

const chromiumDeb: InstalledBrowser = { browser: "chromium", version: "150.0.7000.1", kind: "package", source: "/usr/bin/chromium" };
const storesData = (r: Map<string, CheckResult>) =>
  r.get("certs.stores")!.data.stores as Array<{ store: string; readable: boolean; reason?: string; certificates: number }>;

/** A HOME whose NSS database holds the official chain, and whose Chromium profile holds `store` as its own store. */
function homeWith(store: Buffer): string {
  const h = newHome();
  makeNssDb(join(h, ".pki/nssdb"), [
    { file: pki.root, nick: "AZ Root Authority (RCA)", trust: "C,," },
    { file: pki.pca, nick: "AZ Policy Authority (PCA)", trust: ",," },
    { file: pki.ica, nick: "AZ E-Government Authority (ICA)", trust: ",," },
  ]);
  const file = join(h, ".config", "chromium", "Default", "ServerCertificate");
  execFileSync("mkdir", ["-p", join(file, "..")]);
  writeFileSync(file, store);
  return h;
}

describe("cell pointers that point at one cell", () => {
  it("32,312 pointers on a 64 KiB page: more cells than the page can hold, refused", () => {
    const { db, leaf } = oneRootStore(join(newHome(), "a.sqlite"));
    expect(readSqliteTable(db, "certificates")).toHaveLength(1);
    expect(() => readSqliteTable(amplified(db, leaf, 32_312), "certificates")).toThrow(/claims \d+ cells, more than fit/);
  });

  it("10,000 pointers (a count that could fit) to one cell: the cells overlap, refused", () => {
    const { db, leaf } = oneRootStore(join(newHome(), "b.sqlite"));
    expect(() => readSqliteTable(amplified(db, leaf, 10_000), "certificates")).toThrow(/overlap/);
  });

  it("two pointers to the same cell: refused, not one row twice", () => {
    const { db, leaf } = oneRootStore(join(newHome(), "c.sqlite"));
    expect(() => readSqliteTable(amplified(db, leaf, 2), "certificates")).toThrow(SqliteFormatError);
  });

  it("in Chrome's own store: that store alone is unreadable, the root in NSS is still found", async () => {
    const { db, leaf } = oneRootStore(join(newHome(), "d.sqlite"));
    // 482 such pages crashed Node out of memory before; one is enough to show the refusal.
    const r = await certsRunIn(homeWith(amplified(db, leaf, 32_312)), [chromiumDeb], { certFile: pki.users.good });
    expect(storesData(r)).toContainEqual(
      expect.objectContaining({
        store: "Chromium: certificate manager",
        readable: false,
        certificates: 0,
        reason: expect.stringMatching(/more than fit/),
      }),
    );
    expect(storesData(r)).toContainEqual(expect.objectContaining({ store: "NSS (Chromium)", readable: true, certificates: 3 }));
    expect([r.get("certs.root-installed")!.status, r.get("certs.root-installed")!.code]).toEqual(["pass", "ROOT_INSTALLED"]);
  }, 60_000);
});

describe("a long table", () => {
  let big: Buffer;
  beforeAll(() => {
    // 5,000 distinct rows of about 1 KiB each: a real 5 MB file, as sqlite3 writes it.
    const file = join(newHome(), "big.sqlite");
    sqlite(
      file,
      `${SCHEMA}
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 5000)
INSERT INTO certificates SELECT printf('%064d', i), x'${rootDer.toString("hex")}' || randomblob(8), x'${CHROME_TRUST.trusted}' FROM c;`,
    );
    big = readFileSync(file);
    expect(big.length).toBeGreaterThan(5_000_000);
  });

  it("rows past the cap are a SqliteLimitError, not 5,000 certificates", async () => {
    expect(readSqliteTable(big, "certificates")).toHaveLength(5000);
    expect(() => readSqliteTable(big, "certificates", undefined, { maxRows: MAX_OWN_STORE_ROWS })).toThrow(SqliteLimitError);
    await expect(readSqliteTableAsync(big, "certificates", undefined, { maxRows: MAX_OWN_STORE_ROWS })).rejects.toThrow(
      /more than 500 rows/,
    );
  });

  it("the walk gives timers their turn: a timer set before the read aborts it midway", async () => {
    const ctrl = new AbortController();
    let fired = false;
    setTimeout(() => {
      fired = true;
      ctrl.abort(new Error("budget spent"));
    }, 0);
    await expect(readSqliteTableAsync(big, "certificates", undefined, { signal: ctrl.signal, yieldEvery: 16 })).rejects.toThrow(
      "budget spent",
    );
    expect(fired).toBe(true);
  });

  it("in Chrome's own store: that store alone is unreadable, the root in NSS is still found", async () => {
    const r = await certsRunIn(homeWith(big), [chromiumDeb], { certFile: pki.users.good });
    expect(storesData(r)).toContainEqual(
      expect.objectContaining({
        store: "Chromium: certificate manager",
        readable: false,
        reason: expect.stringMatching(/more than 500 rows/),
      }),
    );
    expect([r.get("certs.root-installed")!.status, r.get("certs.root-installed")!.code]).toEqual(["pass", "ROOT_INSTALLED"]);
  }, 60_000);
});

describe("a huge CREATE TABLE", () => {
  it("schema text past the cap is refused before it is tokenized", () => {
    const file = join(newHome(), "schema.sqlite");
    // 1,000 columns and a CHECK with a list of 200,000 values: a valid table, about 2 MB of schema text.
    const columns = Array.from({ length: 1000 }, (_, i) => `c${i} BLOB`).join(", ");
    const values = Array.from({ length: 200_000 }, (_, i) => i).join(",");
    sqlite(
      file,
      `CREATE TABLE certificates(sha256hash_hex TEXT, der_cert BLOB, trust_settings BLOB, ${columns}, CHECK(c0 NOT IN (${values})));`,
    );
    const db = readFileSync(file);
    expect(() => readSqliteTable(db, "certificates", undefined, { maxSchemaSql: 16 * 1024 })).toThrow(SqliteLimitError);
    expect(() => readSqliteTable(db, "certificates")).toThrow(/schema text of table certificates is \d+ characters/);
  });
});
