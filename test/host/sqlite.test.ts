import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSqliteTable, SqliteFormatError, type SqliteValue } from "../../src/host/sqlite/read.js";
import { tempDir } from "../helpers/tmp.js";

// Every database here is written by the real sqlite3 program, so the reader is checked
// against SQLite's own output rather than against bytes made to match the reader.

const dir = tempDir("gc-sqlite-");
let dbCount = 0;

/** A new database path; `sql` run on it by the sqlite3 CLI, one process per call. */
function sqlite(path: string, sql: string): string {
  return execFileSync("sqlite3", ["-batch", path], { input: sql, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

function newDb(sql: string): string {
  const path = join(dir, `db${++dbCount}.sqlite`);
  sqlite(path, sql);
  return path;
}

const read = (path: string): Uint8Array => new Uint8Array(readFileSync(path));

/** Deterministic bytes (not random: a failing test must fail the same way twice). */
function bytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
const blobLiteral = (b: Uint8Array): string => `x'${hex(b)}'`;

/** Rows 1..n of a table t(id INTEGER PRIMARY KEY, name TEXT, data BLOB), via a recursive CTE. */
function manyRowsSql(n: number, textPad: number): string {
  return `CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, data BLOB);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < ${n})
INSERT INTO t SELECT i, 'row ' || i || '${"x".repeat(textPad)}', zeroblob(i % 7) FROM c;`;
}

function manyRowsExpected(n: number, textPad: number): SqliteValue[][] {
  return Array.from({ length: n }, (_, k) => [k + 1, `row ${k + 1}${"x".repeat(textPad)}`, new Uint8Array((k + 1) % 7)]);
}

function pageSizeOf(db: Uint8Array): number {
  const raw = (db[16]! << 8) | db[17]!;
  return raw === 1 ? 65536 : raw;
}

/** The page type byte of a table's root page, as sqlite3 reports the root. */
function rootPageType(path: string, table: string): { root: number; type: number } {
  const root = Number(sqlite(path, `SELECT rootpage FROM sqlite_schema WHERE name = '${table}';`).trim());
  const db = read(path);
  const start = (root - 1) * pageSizeOf(db) + (root === 1 ? 100 : 0);
  return { root, type: db[start]! };
}

describe("readSqliteTable on files written by sqlite3", () => {
  it("reads Chrome's ServerCertificate table exactly as inserted", () => {
    const cert = bytes(1500, 7);
    const hash1 = "9f".repeat(32);
    const hash2 = "0a1b2c3d".repeat(8);
    const path = newDb(`CREATE TABLE certificates(sha256hash_hex TEXT PRIMARY KEY, der_cert BLOB NOT NULL, trust_settings BLOB NOT NULL);
INSERT INTO certificates VALUES('${hash1}', ${blobLiteral(cert)}, x'0a020803');
INSERT INTO certificates VALUES('${hash2}', x'3082', x'');`);
    expect(readSqliteTable(read(path), "certificates")).toEqual([
      [hash1, cert, new Uint8Array([0x0a, 0x02, 0x08, 0x03])],
      [hash2, new Uint8Array([0x30, 0x82]), new Uint8Array(0)],
    ]);
    // SQLite matches table names without regard to ASCII case.
    expect(readSqliteTable(read(path), "CERTIFICATES")).toHaveLength(2);
  });

  it.each([512, 4096, 65536])("reads 2,000 rows through interior pages with page size %i", (pageSize) => {
    const pad = pageSize === 65536 ? 200 : 20;
    const path = newDb(`PRAGMA page_size=${pageSize};\n${manyRowsSql(2000, pad)}`);
    const db = read(path);
    expect(pageSizeOf(db)).toBe(pageSize);
    expect(rootPageType(path, "t").type).toBe(0x05);
    expect(readSqliteTable(db, "t")).toEqual(manyRowsExpected(2000, pad));
  });

  it("reads the schema table itself", () => {
    const path = newDb("CREATE TABLE a(x); CREATE VIEW v AS SELECT 1;");
    const schema = readSqliteTable(read(path), "sqlite_schema");
    expect(schema.map((r) => [r[0], r[1], r[3]])).toEqual([
      ["table", "a", 2],
      ["view", "v", 0],
    ]);
  });

  it("follows an overflow chain for a BLOB larger than a page", () => {
    const big = bytes(20_000, 3);
    const small = bytes(990, 4); // just over one page's local limit, with 1024-byte pages
    const path = newDb(`PRAGMA page_size=1024;
CREATE TABLE b(id INTEGER PRIMARY KEY, v BLOB, t TEXT);
INSERT INTO b VALUES(1, ${blobLiteral(big)}, 'after');
INSERT INTO b VALUES(2, ${blobLiteral(small)}, '${"é".repeat(2000)}');`);
    expect(readSqliteTable(read(path), "b")).toEqual([
      [1, big, "after"],
      [2, small, "é".repeat(2000)],
    ]);
  });

  it.each(["FULL", "INCREMENTAL"])("reads an auto_vacuum=%s database with pointer-map and freed pages", (mode) => {
    const path = newDb(`PRAGMA page_size=1024; PRAGMA auto_vacuum=${mode};
${manyRowsSql(600, 40)}
CREATE TABLE big(v BLOB);
INSERT INTO big VALUES(zeroblob(30000));
DELETE FROM t WHERE id % 3 = 0;
DELETE FROM big;`);
    const db = read(path);
    // Offset 52: largest root page, non-zero only in auto-vacuum databases (they have pointer maps).
    expect(new DataView(db.buffer, db.byteOffset).getUint32(52)).toBeGreaterThan(0);
    // Offset 36: freelist pages; FULL gives them back to the file at commit, INCREMENTAL keeps them.
    const freelist = new DataView(db.buffer, db.byteOffset).getUint32(36);
    if (mode === "INCREMENTAL") expect(freelist).toBeGreaterThan(0);
    expect(readSqliteTable(db, "t")).toEqual(manyRowsExpected(600, 40).filter((r) => (r[0] as number) % 3 !== 0));
    expect(readSqliteTable(db, "big")).toEqual([]);
  });

  it("decodes every serial type: integers of each width, floats, NULL, 0 and 1, text, blobs", () => {
    const ints: (number | bigint)[] = [
      0,
      1,
      2,
      -1,
      127,
      -128,
      255,
      32767,
      -32768,
      8388607,
      -8388608,
      2147483647,
      -2147483648,
      140737488355327,
      -140737488355328,
      9007199254740991,
      -9007199254740991,
      9007199254740993n,
      9223372036854775807n,
      -9223372036854775808n,
    ];
    const path = newDb(`CREATE TABLE v(k INTEGER PRIMARY KEY, x);
${ints.map((n, i) => `INSERT INTO v VALUES(${i + 1}, ${n});`).join("\n")}
INSERT INTO v VALUES(100, 1.5), (101, -0.25), (102, 1e300), (103, NULL), (104, 'Güzəştli mənzil'), (105, x'00ff'), (106, '');`);
    const rows = readSqliteTable(read(path), "v");
    expect(rows.slice(0, ints.length).map((r) => r[1])).toEqual(ints);
    expect(typeof rows[17]![1]).toBe("bigint");
    expect(rows.slice(ints.length)).toEqual([
      [100, 1.5],
      [101, -0.25],
      [102, 1e300],
      [103, null],
      [104, "Güzəştli mənzil"],
      [105, new Uint8Array([0, 255])],
      [106, ""],
    ]);
    // sqlite3 agrees on what it stored: the same values come back from its own query.
    expect(sqlite(path, "SELECT x FROM v WHERE k <= 20;").trim().split("\n")).toEqual(ints.map(String));
  });

  it("returns the rowid for an INTEGER PRIMARY KEY, NULL for columns added later, floats for REAL columns", () => {
    const path = newDb(`CREATE TABLE r(a TEXT, id INTEGER PRIMARY KEY, f REAL);
INSERT INTO r VALUES('one', -5, 3.0), ('two', 9223372036854775807, 2.5);
ALTER TABLE r ADD COLUMN added TEXT;
INSERT INTO r VALUES('three', 7, 1e18, 'new');`);
    expect(readSqliteTable(read(path), "r")).toEqual([
      ["one", -5, 3, null],
      ["three", 7, 1e18, "new"],
      ["two", 9223372036854775807n, 2.5, null],
    ]);
  });

  it("skips virtual generated columns in the record and keeps stored ones", () => {
    const path = newDb(`CREATE TABLE g(a INTEGER, v INTEGER GENERATED ALWAYS AS (a * 2) VIRTUAL, s INTEGER AS (a + 1) STORED, b TEXT);
INSERT INTO g(a, b) VALUES(10, 'x');`);
    expect(readSqliteTable(read(path), "g")).toEqual([[10, null, 11, "x"]]);
  });

  it.each(["UTF-16le", "UTF-16be"])("decodes text of a %s database", (encoding) => {
    const path = newDb(`PRAGMA encoding='${encoding}';
CREATE TABLE "Ünvan"(ad TEXT, n);
INSERT INTO "Ünvan" VALUES('Güzəştli mənzil', 1), ('${"ə".repeat(3000)}', 2);`);
    const db = read(path);
    expect(new DataView(db.buffer, db.byteOffset).getUint32(56)).toBe(encoding === "UTF-16le" ? 2 : 3);
    expect(readSqliteTable(db, "Ünvan")).toEqual([
      ["Güzəştli mənzil", 1],
      ["ə".repeat(3000), 2],
    ]);
  });
});

/**
 * The WAL as a big-endian machine's SQLite would have written it: magic 0x377f0683 and
 * every checksum recomputed over big-endian words (walformat.html, "Checksum Algorithm").
 */
function withBigEndianChecksums(wal: Uint8Array, frameBytes: number): Uint8Array {
  const out = wal.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const sum = (start: number, end: number, s: [number, number]): [number, number] => {
    let [s0, s1] = s;
    for (let i = start; i < end; i += 8) {
      s0 = (s0 + view.getUint32(i) + s1) >>> 0;
      s1 = (s1 + view.getUint32(i + 4) + s0) >>> 0;
    }
    return [s0, s1];
  };
  view.setUint32(0, 0x377f0683);
  let s = sum(0, 24, [0, 0]);
  view.setUint32(24, s[0]);
  view.setUint32(28, s[1]);
  for (let at = 32; at + frameBytes <= out.length; at += frameBytes) {
    s = sum(at + 24, at + frameBytes, sum(at, at + 8, s));
    view.setUint32(at + 16, s[0]);
    view.setUint32(at + 20, s[1]);
  }
  return out;
}

describe("readSqliteTable with a WAL", () => {
  const WAL_SETUP = "PRAGMA journal_mode=WAL;\nPRAGMA wal_autocheckpoint=0;\n.dbconfig no_ckpt_on_close on\n";

  /** A WAL database with rows 1..3 in the main file and later changes only in the WAL. */
  function walDb(): { path: string; wal: () => Uint8Array } {
    const path = newDb(`PRAGMA journal_mode=WAL;
CREATE TABLE certificates(sha256hash_hex TEXT PRIMARY KEY, der_cert BLOB NOT NULL, trust_settings BLOB NOT NULL);
INSERT INTO certificates VALUES('a1', x'01', x'0a020803'), ('b2', x'02', x''), ('c3', x'03', x'');`);
    // The CLI checkpoints on a normal close: everything so far is in the main file.
    expect(existsSync(`${path}-wal`)).toBe(false);
    return { path, wal: () => read(`${path}-wal`) };
  }

  const before = [
    ["a1", new Uint8Array([1]), new Uint8Array([0x0a, 0x02, 0x08, 0x03])],
    ["b2", new Uint8Array([2]), new Uint8Array(0)],
    ["c3", new Uint8Array([3]), new Uint8Array(0)],
  ];

  it("sees rows, an update and a delete that live only in the WAL", () => {
    const { path, wal } = walDb();
    sqlite(
      path,
      `${WAL_SETUP}INSERT INTO certificates VALUES('d4', ${blobLiteral(bytes(1500, 9))}, x'');
UPDATE certificates SET trust_settings = x'ff' WHERE sha256hash_hex = 'b2';
DELETE FROM certificates WHERE sha256hash_hex = 'a1';`,
    );
    const db = read(path);
    expect(readSqliteTable(db, "certificates")).toEqual(before);
    expect(readSqliteTable(db, "certificates", wal())).toEqual([
      ["b2", new Uint8Array([2]), new Uint8Array([0xff])],
      ["c3", new Uint8Array([3]), new Uint8Array(0)],
      ["d4", bytes(1500, 9), new Uint8Array(0)],
    ]);
  });

  it("reads a database whose table exists only in the WAL", () => {
    const path = join(dir, `db${++dbCount}.sqlite`);
    sqlite(
      path,
      `${WAL_SETUP}CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, data BLOB);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 500)
INSERT INTO t SELECT i, 'row ' || i, zeroblob(i % 7) FROM c;`,
    );
    const db = read(path);
    expect(() => readSqliteTable(db, "t")).toThrow(SqliteFormatError);
    expect(readSqliteTable(db, "t", read(`${path}-wal`))).toEqual(manyRowsExpected(500, 0));
  });

  /** The WAL after one committed change, and after a second change of several frames. */
  function twoWalStates() {
    const { path, wal } = walDb();
    sqlite(path, `${WAL_SETUP}INSERT INTO certificates VALUES('d4', x'04', x'');`);
    const first = wal();
    sqlite(path, `${WAL_SETUP}INSERT INTO certificates VALUES('e5', ${blobLiteral(bytes(9000, 5))}, x'');`);
    const second = wal();
    const db = read(path);
    const frameBytes = 24 + pageSizeOf(db);
    expect(second.subarray(0, first.length)).toEqual(first);
    // The second transaction wrote several frames; its last one is the commit.
    expect((second.length - first.length) / frameBytes).toBeGreaterThanOrEqual(2);
    const afterFirst = [...before, ["d4", new Uint8Array([4]), new Uint8Array(0)]];
    return { db, first, second, frameBytes, afterFirst };
  }

  it("ignores a transaction whose commit frame is missing or torn", () => {
    const { db, second, frameBytes, afterFirst } = twoWalStates();
    expect(readSqliteTable(db, "certificates", second)).toHaveLength(5);
    // Frames with good checksums but no commit after them: not committed.
    expect(readSqliteTable(db, "certificates", second.subarray(0, second.length - frameBytes))).toEqual(afterFirst);
    // The commit frame only half written.
    expect(readSqliteTable(db, "certificates", second.subarray(0, second.length - frameBytes / 2))).toEqual(afterFirst);
  });

  it("ignores frames from the first bad checksum or salt on", () => {
    const { db, first, second, afterFirst } = twoWalStates();
    const flipped = second.slice();
    flipped[second.length - 100]! ^= 0x01; // inside the commit frame's page
    expect(readSqliteTable(db, "certificates", flipped)).toEqual(afterFirst);
    const earlyFlip = second.slice();
    earlyFlip[first.length + 24 + 10]! ^= 0x80; // the first frame of the second transaction
    expect(readSqliteTable(db, "certificates", earlyFlip)).toEqual(afterFirst);
    const otherSalt = second.slice();
    otherSalt[first.length + 8]! ^= 0x01; // salt-1 of that frame: a leftover from an older WAL
    expect(readSqliteTable(db, "certificates", otherSalt)).toEqual(afterFirst);
  });

  it("reads a WAL whose checksums use big-endian words (written on a big-endian machine)", () => {
    const { db, second, frameBytes } = twoWalStates();
    const swapped = withBigEndianChecksums(second, frameBytes);
    expect(readSqliteTable(db, "certificates", swapped)).toEqual(readSqliteTable(db, "certificates", second));
    // The same bytes under the little-endian magic no longer check out: the main file alone.
    swapped[3] = 0x82;
    expect(readSqliteTable(db, "certificates", swapped)).toEqual(before);
  });

  it("ignores a WAL whose header does not check out", () => {
    const { db, second } = twoWalStates();
    for (const at of [0, 4, 12, 27]) {
      const bad = second.slice();
      bad[at]! ^= 0x01;
      expect(readSqliteTable(db, "certificates", bad)).toEqual(before);
    }
    expect(readSqliteTable(db, "certificates", new Uint8Array(10))).toEqual(before);
  });
});

describe("readSqliteTable on damaged input", () => {
  /** 2,000 rows with 512-byte pages: a root interior page with many children. */
  function treeDb() {
    const path = newDb(`PRAGMA page_size=512;\n${manyRowsSql(2000, 20)}`);
    const { root, type } = rootPageType(path, "t");
    expect(type).toBe(0x05);
    return { db: read(path), rootStart: (root - 1) * 512, root };
  }

  const setU32 = (b: Uint8Array, at: number, v: number) => new DataView(b.buffer, b.byteOffset).setUint32(at, v);

  it("rejects bytes that are not a SQLite 3 database, and a truncated one", { timeout: 10_000 }, () => {
    expect(() => readSqliteTable(new TextEncoder().encode("hello"), "t")).toThrow(SqliteFormatError);
    expect(() => readSqliteTable(new Uint8Array(4096), "t")).toThrow(SqliteFormatError);
    const { db } = treeDb();
    expect(() => readSqliteTable(db.subarray(0, 60), "t")).toThrow(SqliteFormatError);
    expect(() => readSqliteTable(db.subarray(0, Math.floor(db.length / 2)), "t")).toThrow(/past the end|outside/);
  });

  it("rejects an unknown table", () => {
    const { db } = treeDb();
    expect(() => readSqliteTable(db, "certificates")).toThrow(/no table named certificates/);
  });

  it("rejects a child pointer past the end and a loop, without hanging", { timeout: 10_000 }, () => {
    const { db, rootStart, root } = treeDb();
    const past = db.slice();
    setU32(past, rootStart + 8, 0x00ffffff); // right-most child
    expect(() => readSqliteTable(past, "t")).toThrow(/outside the database/);

    const loop = db.slice();
    setU32(loop, rootStart + 8, root);
    expect(() => readSqliteTable(loop, "t")).toThrow(/loop/);

    // A loop one level down: the first child's right-most pointer back to the root.
    const firstCell = (db[rootStart + 12]! << 8) | db[rootStart + 13]!;
    const child = new DataView(db.buffer, db.byteOffset).getUint32(rootStart + firstCell);
    const deep = db.slice();
    if (deep[(child - 1) * 512] === 0x05) setU32(deep, (child - 1) * 512 + 8, root);
    else setU32(deep, rootStart + firstCell, root);
    expect(() => readSqliteTable(deep, "t")).toThrow(SqliteFormatError);
  });

  it("rejects a cell pointer outside its page, a cell count too large, and an overflow chain that loops", { timeout: 10_000 }, () => {
    const { db, rootStart } = treeDb();
    const cellOff = db.slice();
    cellOff[rootStart + 12] = 0x02; // first cell pointer → 0x02xx, past a 512-byte page
    expect(() => readSqliteTable(cellOff, "t")).toThrow(/outside the page/);
    const count = db.slice();
    count[rootStart + 3] = 0xff;
    expect(() => readSqliteTable(count, "t")).toThrow(/cells/);

    const path = newDb(`PRAGMA page_size=1024; CREATE TABLE b(v BLOB); INSERT INTO b VALUES(zeroblob(20000));`);
    const ok = read(path);
    // Table b's root (page 2) is a leaf with one cell; its last 4 payload bytes name the first overflow page.
    const cell = (ok[1024 + 8]! << 8) | ok[1024 + 9]!;
    const view = new DataView(ok.buffer, ok.byteOffset);
    // Payload size and rowid varints, then the local part of the payload, then the first overflow page.
    let at = 1024 + cell;
    let payload = 0;
    for (;;) {
      const b = ok[at++]!;
      payload = payload * 128 + (b & 0x7f);
      if (b < 0x80) break;
    }
    at += 1; // rowid 1
    const m = Math.floor(((1024 - 12) * 32) / 255) - 23;
    const k = m + ((payload - m) % (1024 - 4));
    const local = k <= 1024 - 35 ? k : m;
    const firstOverflow = { at: at + local };
    const first = view.getUint32(firstOverflow.at);
    expect(first).toBeGreaterThan(2);
    const loop = ok.slice();
    setU32(loop, (first - 1) * 1024, first); // the first overflow page's "next" is itself
    expect(() => readSqliteTable(loop, "b")).toThrow(/loop/);
    expect(readSqliteTable(ok, "b")).toEqual([[new Uint8Array(20000)]]);

    // A payload size far beyond the file: refused before anything is allocated for it.
    const huge = ok.slice();
    huge.set([0xff, 0xff, 0xff], 1024 + cell); // the 3-byte size varint now runs on into the rowid
    expect(() => readSqliteTable(huge, "b")).toThrow(/larger than the database/);
  });
});
