/**
 * A read-only reader for one table of a SQLite 3 database, over the bytes of the file
 * (and of its "-wal" file). Chrome keeps the certificates a user installed in
 * `<profile>/ServerCertificate`, a SQLite file; Node 20 has no `node:sqlite` and the tool
 * does not start programs to learn facts, so the file format is read here, as SQLite's
 * "Database File Format" and "WAL-mode File Format" documents describe it.
 *
 * Only what reading a rowid table needs is here: the header, table b-trees, overflow
 * chains, records, the schema table, and committed WAL frames. Everything read from the
 * bytes is checked before it is used: the file may be one Chrome is writing right now,
 * or simply damaged, and neither may make the reader loop or read past a buffer.
 */

export type SqliteValue = null | number | bigint | string | Uint8Array;

export class SqliteFormatError extends Error {
  override name = "SqliteFormatError";
}

/** A cap this reader keeps: the file may be valid SQLite, but it is not a store worth reading whole. */
export class SqliteLimitError extends SqliteFormatError {
  override name = "SqliteLimitError";
}

export interface SqliteLimits {
  /** Rows of the table read at most; one more is a SqliteLimitError. Default 10,000. */
  maxRows?: number;
  /** Length of the table's CREATE TABLE text at most (it is tokenized). Default 64 Ki characters. */
  maxSchemaSql?: number;
}

export interface SqliteReadOptions extends SqliteLimits {
  /** Ends the read with the signal's reason, checked whenever the reader yields. */
  signal?: AbortSignal;
  /** Steps (b-tree pages and cells) between two turns of the event loop. Default 256. */
  yieldEvery?: number;
}

const DEFAULT_MAX_ROWS = 10_000;
/** Chrome's CREATE TABLE is about 150 characters; a schema text of 31 MB took 3.4 GB to tokenize. */
const DEFAULT_MAX_SCHEMA_SQL = 64 * 1024;
/** The schema of a store has a handful of entries; the walk over it stops far past that. */
const MAX_SCHEMA_ROWS = 10_000;

/**
 * Rows of one table, each as its column values in declaration order (a rowid alias
 * INTEGER PRIMARY KEY column comes back as the rowid). `wal` is the content of the
 * database's "-wal" file when it exists: committed frames in it replace the pages of
 * the main file, as SQLite itself would read them. Throws SqliteFormatError for a file
 * that is not SQLite 3, a table that does not exist, or a structure that does not hold
 * (bad page numbers, loops, a cell outside its page, cells that overlap): never loops
 * forever, never reads outside the buffers. SqliteLimitError when the table has more
 * rows than `maxRows` or its schema text is longer than `maxSchemaSql`.
 */
export function readSqliteTable(db: Uint8Array, table: string, wal?: Uint8Array, limits: SqliteLimits = {}): SqliteValue[][] {
  const rows: SqliteValue[][] = [];
  for (const step of tableRows(db, table, wal, limits)) if (step) rows.push(step);
  return rows;
}

/**
 * readSqliteTable for a caller that runs among other checks: the walk gives the event
 * loop a turn (setImmediate, not a microtask) every `yieldEvery` steps, so timers and
 * signals keep working while it reads, and an aborted `signal` ends it there.
 */
export async function readSqliteTableAsync(
  db: Uint8Array,
  table: string,
  wal: Uint8Array | undefined,
  o: SqliteReadOptions = {},
): Promise<SqliteValue[][]> {
  const every = Math.max(1, o.yieldEvery ?? 256);
  const rows: SqliteValue[][] = [];
  let steps = 0;
  o.signal?.throwIfAborted();
  for (const step of tableRows(db, table, wal, o)) {
    if (step) rows.push(step);
    if (++steps % every === 0) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      o.signal?.throwIfAborted();
    }
  }
  return rows;
}

/** The rows of `table` one by one; null between them marks a step of work (a page, a schema entry). */
function* tableRows(db: Uint8Array, table: string, wal: Uint8Array | undefined, limits: SqliteLimits): Generator<SqliteValue[] | null> {
  const maxRows = limits.maxRows ?? DEFAULT_MAX_ROWS;
  const file = openDatabase(db, wal);
  yield null;
  let found: TableSchema | undefined;
  for (const step of findTable(file, table, limits.maxSchemaSql ?? DEFAULT_MAX_SCHEMA_SQL)) {
    if (step) found = step;
    yield null;
  }
  if (!found) throw new SqliteFormatError(`no table named ${table} in the database`);
  let count = 0;
  for (const cell of walkTableTree(file, found.rootPage)) {
    if (!cell) {
      yield null;
      continue;
    }
    if (++count > maxRows) throw new SqliteLimitError(`table ${table} has more than ${maxRows} rows`);
    yield tableRow(decodeRecord(cell.payload, file.decodeText), cell.rowid, found.columns);
  }
}

// ---------------------------------------------------------------------------------------
// The database: header, pages, WAL

const HEADER_MAGIC = "SQLite format 3\0";
const HEADER_BYTES = 100;

interface Database {
  /** Page size less the bytes reserved at the end of each page (for extensions). */
  usable: number;
  pageCount: number;
  /** No payload can be longer than the bytes there are (a corrupt size must not become a huge allocation). */
  maxPayload: number;
  /** The bytes of page `n` (1-based), as SQLite would see them with the WAL applied. */
  page(n: number): Uint8Array;
  decodeText(bytes: Uint8Array): string;
}

function openDatabase(db: Uint8Array, walBytes: Uint8Array | undefined): Database {
  if (!hasHeaderMagic(db)) throw new SqliteFormatError('not a SQLite 3 database (no "SQLite format 3" header)');
  const pageSize = headerPageSize(db);
  const wal = walBytes ? readWal(walBytes, pageSize) : undefined;
  const pageCount = wal ? wal.pageCount : mainFilePageCount(db, pageSize);

  const page = (n: number): Uint8Array => {
    if (!Number.isInteger(n) || n < 1 || n > pageCount) {
      throw new SqliteFormatError(`page ${n} is outside the database (${pageCount} pages)`);
    }
    const inWal = wal?.frames.get(n);
    if (inWal !== undefined && walBytes) return walBytes.subarray(inWal, inWal + pageSize);
    const start = (n - 1) * pageSize;
    if (start + pageSize > db.length) throw new SqliteFormatError(`page ${n} lies past the end of the file`);
    return db.subarray(start, start + pageSize);
  };

  // Page 1 may itself come from the WAL: its header is the current one.
  const first = page(1);
  if (!hasHeaderMagic(first) || headerPageSize(first) !== pageSize) {
    throw new SqliteFormatError("page 1 in the WAL does not hold a matching database header");
  }
  const usable = pageSize - first[20]!;
  // The b-tree payload rules assume at least 480 usable bytes (the spec's minimum).
  if (usable < 480) throw new SqliteFormatError(`only ${usable} usable bytes per page`);
  const maxPayload = db.length + (walBytes?.length ?? 0);
  return { usable, pageCount, maxPayload, page, decodeText: textDecoder(u32(first, 56)) };
}

function hasHeaderMagic(bytes: Uint8Array): boolean {
  if (bytes.length < HEADER_BYTES) return false;
  for (let i = 0; i < HEADER_MAGIC.length; i++) if (bytes[i] !== HEADER_MAGIC.charCodeAt(i)) return false;
  return true;
}

/** Two bytes at offset 16; 1 stands for 65536, which does not fit in them. */
function headerPageSize(header: Uint8Array): number {
  const raw = u16(header, 16);
  const size = raw === 1 ? 65536 : raw;
  if (!isValidPageSize(size)) throw new SqliteFormatError(`page size ${size} is not a power of two in 512..65536`);
  return size;
}

function isValidPageSize(size: number): boolean {
  return size >= 512 && size <= 65536 && (size & (size - 1)) === 0;
}

/**
 * The size at offset 28 is only trusted when it is non-zero and the change counter
 * equals "version-valid-for" (offset 92): a SQLite older than 3.7.0 updates neither, and
 * then the file length is the truth.
 */
function mainFilePageCount(db: Uint8Array, pageSize: number): number {
  const inHeader = u32(db, 28);
  if (inHeader > 0 && u32(db, 24) === u32(db, 92)) return inHeader;
  return Math.floor(db.length / pageSize);
}

function textDecoder(encoding: number): (bytes: Uint8Array) => string {
  // ignoreBOM keeps a leading U+FEFF that is part of the stored text.
  switch (encoding) {
    case 0: // a database with no schema yet has not fixed its encoding; SQLite's default is UTF-8
    case 1: {
      const d = new TextDecoder("utf-8", { ignoreBOM: true });
      return (b) => d.decode(b);
    }
    case 2: {
      const d = new TextDecoder("utf-16le", { ignoreBOM: true });
      return (b) => d.decode(b);
    }
    case 3: {
      // Swapped to little-endian: "utf-16be" needs a Node built with full ICU.
      const d = new TextDecoder("utf-16le", { ignoreBOM: true });
      return (b) => d.decode(swapBytePairs(b));
    }
    default:
      throw new SqliteFormatError(`unknown text encoding ${encoding}`);
  }
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  return out;
}

const WAL_HEADER_BYTES = 32;
const WAL_FRAME_HEADER_BYTES = 24;
const WAL_VERSION = 3007000;

interface WalIndex {
  /** Page number → offset of that page's newest committed content in the WAL. */
  frames: Map<number, number>;
  /** The database size in pages after the last commit. */
  pageCount: number;
}

/**
 * The committed state of the WAL, or undefined when it adds nothing: a header that does
 * not check out (SQLite then ignores the whole file) or no commit frame. Frames count
 * only while their salts match the header and the running checksum holds; a writer that
 * stopped mid-transaction leaves frames after the last commit, and those are not read.
 */
function readWal(wal: Uint8Array, pageSize: number): WalIndex | undefined {
  if (wal.length < WAL_HEADER_BYTES) return undefined;
  const magic = u32(wal, 0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) return undefined;
  // The low bit of the magic says in which byte order the checksum reads the words.
  const bigEndian = (magic & 1) === 1;
  if (u32(wal, 4) !== WAL_VERSION || u32(wal, 8) !== pageSize) return undefined;
  let sum = walChecksum(wal, 0, 24, bigEndian, [0, 0]);
  if (sum[0] !== u32(wal, 24) || sum[1] !== u32(wal, 28)) return undefined;
  const salt1 = u32(wal, 16);
  const salt2 = u32(wal, 20);

  const committed = new Map<number, number>();
  const pending = new Map<number, number>();
  let pageCount = 0;
  const frameBytes = WAL_FRAME_HEADER_BYTES + pageSize;
  for (let at = WAL_HEADER_BYTES; at + frameBytes <= wal.length; at += frameBytes) {
    const pageNumber = u32(wal, at);
    if (pageNumber === 0) break;
    if (u32(wal, at + 8) !== salt1 || u32(wal, at + 12) !== salt2) break;
    // The checksum runs over the first 8 bytes of the frame header and then the page.
    sum = walChecksum(wal, at, at + 8, bigEndian, sum);
    sum = walChecksum(wal, at + WAL_FRAME_HEADER_BYTES, at + frameBytes, bigEndian, sum);
    if (sum[0] !== u32(wal, at + 16) || sum[1] !== u32(wal, at + 20)) break;
    pending.set(pageNumber, at + WAL_FRAME_HEADER_BYTES);
    const sizeAfterCommit = u32(wal, at + 4);
    if (sizeAfterCommit !== 0) {
      for (const [n, offset] of pending) committed.set(n, offset);
      pending.clear();
      pageCount = sizeAfterCommit;
    }
  }
  return pageCount > 0 ? { frames: committed, pageCount } : undefined;
}

/**
 * SQLite's WAL checksum: over pairs of 32-bit words x0, x1, s0 += x0 + s1 and
 * s1 += x1 + s0, modulo 2^32. `end - start` is a multiple of 8 everywhere it is used
 * (8-byte headers, pages of a power-of-two size).
 */
function walChecksum(bytes: Uint8Array, start: number, end: number, bigEndian: boolean, from: readonly [number, number]): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const littleEndian = !bigEndian;
  let s0 = from[0];
  let s1 = from[1];
  for (let i = start; i < end; i += 8) {
    s0 = (s0 + view.getUint32(i, littleEndian) + s1) >>> 0;
    s1 = (s1 + view.getUint32(i + 4, littleEndian) + s0) >>> 0;
  }
  return [s0, s1];
}

// ---------------------------------------------------------------------------------------
// Table b-trees

const TABLE_INTERIOR = 0x05;
const TABLE_LEAF = 0x0d;
/** SQLite itself refuses trees deeper than 20; a few more leaves room, not loops. */
const MAX_TREE_DEPTH = 40;

/**
 * Every row of the table b-tree at `root`, in rowid order, with null after each page
 * (a step of work for the caller to count). Every page (tree or overflow) may be
 * reached once: a second visit means the links form a loop.
 */
function* walkTableTree(file: Database, root: number): Generator<{ rowid: number | bigint; payload: Uint8Array } | null> {
  const seen = new Set<number>();
  function* descend(pageNumber: number, depth: number): Generator<{ rowid: number | bigint; payload: Uint8Array } | null> {
    if (depth > MAX_TREE_DEPTH) throw new SqliteFormatError(`the b-tree at page ${root} is deeper than ${MAX_TREE_DEPTH}`);
    markSeen(seen, pageNumber);
    const page = file.page(pageNumber);
    // Page 1 starts with the 100-byte file header; cell offsets still count from 0.
    const header = pageNumber === 1 ? HEADER_BYTES : 0;
    const type = page[header];
    if (type === TABLE_LEAF) {
      const cells = cellOffsets(file, page, header, 8, pageNumber, true);
      yield null;
      for (const cell of cells) yield leafCell(file, page, cell, seen);
    } else if (type === TABLE_INTERIOR) {
      const cells = cellOffsets(file, page, header, 12, pageNumber, false);
      yield null;
      for (const cell of cells) yield* descend(u32(page, cell), depth + 1);
      yield* descend(u32(page, header + 8), depth + 1);
    } else {
      throw new SqliteFormatError(`page ${pageNumber} is not a table b-tree page (type ${type})`);
    }
  }
  yield* descend(root, 0);
}

function markSeen(seen: Set<number>, pageNumber: number): void {
  if (seen.has(pageNumber)) throw new SqliteFormatError(`page ${pageNumber} is reached twice: the b-tree has a loop`);
  seen.add(pageNumber);
}

/**
 * The cell pointer array after the page header: each cell's offset within the page, in
 * the array's order. A page holds at most (page size - 8) / 6 cells (SQLite's MX_CELL,
 * btreeInt.h: a cell takes at least 4 bytes plus its 2-byte pointer), and no two cells
 * may share a byte: one cell pointed at thousands of times would otherwise come back as
 * thousands of rows (32,312 from one 64 KiB page).
 */
function cellOffsets(file: Database, page: Uint8Array, header: number, headerSize: number, pageNumber: number, leaf: boolean): number[] {
  const count = u16(page, header + 3);
  const arrayStart = header + headerSize;
  const arrayEnd = arrayStart + 2 * count;
  const maxCells = Math.floor((file.usable - 8) / 6);
  if (count > maxCells || arrayEnd > file.usable) throw new SqliteFormatError(`page ${pageNumber} claims ${count} cells, more than fit`);
  const offsets: number[] = [];
  for (let at = arrayStart; at < arrayEnd; at += 2) {
    const offset = u16(page, at);
    if (offset < arrayEnd || offset >= file.usable) {
      throw new SqliteFormatError(`a cell of page ${pageNumber} lies outside the page's cell content area`);
    }
    offsets.push(offset);
  }
  const extents = offsets.map((start) => ({ start, end: cellEnd(file, page, start, leaf) })).sort((a, b) => a.start - b.start);
  for (let i = 0; i < extents.length; i++) {
    const { start, end } = extents[i]!;
    if (end > file.usable) throw new SqliteFormatError(`a cell of page ${pageNumber} runs off the page`);
    if (i + 1 < extents.length && end > extents[i + 1]!.start) {
      throw new SqliteFormatError(`cells of page ${pageNumber} overlap (at ${start} and ${extents[i + 1]!.start})`);
    }
  }
  return offsets;
}

/**
 * Where a cell ends on its page. A table leaf cell: payload size, rowid, the local part
 * of the payload, then an overflow page number when the payload does not fit. A table
 * interior cell: a 4-byte child page number and a rowid. SQLite counts no cell as
 * shorter than 4 bytes (cellSizePtr).
 */
function cellEnd(file: Database, page: Uint8Array, cell: number, leaf: boolean): number {
  let end: number;
  if (leaf) {
    const [size, afterSize] = readVarint(page, cell, file.usable);
    const [, afterRowid] = readVarint(page, afterSize, file.usable);
    const payloadSize = asLength(size, "payload size");
    if (payloadSize > file.maxPayload) throw new SqliteFormatError(`a payload of ${payloadSize} bytes is larger than the database`);
    const local = localPayloadSize(payloadSize, file.usable);
    end = afterRowid + local + (local < payloadSize ? 4 : 0);
  } else {
    if (cell + 4 > file.usable) throw new SqliteFormatError("a cell runs off its page");
    end = readVarint(page, cell + 4, file.usable)[1];
  }
  return Math.max(end, cell + 4);
}

/** A table leaf cell: payload size, rowid, the local part of the payload, maybe an overflow page. */
function leafCell(file: Database, page: Uint8Array, cell: number, seen: Set<number>): { rowid: number | bigint; payload: Uint8Array } {
  const [size, afterSize] = readVarint(page, cell, file.usable);
  const [rowid, afterRowid] = readVarint(page, afterSize, file.usable);
  const payloadSize = asLength(size, "payload size");
  if (payloadSize > file.maxPayload) throw new SqliteFormatError(`a payload of ${payloadSize} bytes is larger than the database`);
  const local = localPayloadSize(payloadSize, file.usable);
  const localEnd = afterRowid + local;
  if (local === payloadSize) {
    if (localEnd > file.usable) throw new SqliteFormatError("a cell's payload runs off its page");
    return { rowid, payload: page.subarray(afterRowid, localEnd) };
  }
  if (localEnd + 4 > file.usable) throw new SqliteFormatError("a cell's payload runs off its page");
  const payload = new Uint8Array(payloadSize);
  payload.set(page.subarray(afterRowid, localEnd));
  readOverflowChain(file, u32(page, localEnd), payload, local, seen);
  return { rowid, payload };
}

/**
 * How much of a table leaf payload stays on the leaf page; the rest goes to overflow
 * pages. The spec's rule: all of it up to X = U-35; else K = M+((P-M)%(U-4)) when that
 * fits under X, so that the overflow pages are used in full; else M.
 */
function localPayloadSize(payloadSize: number, usable: number): number {
  const maxLocal = usable - 35;
  if (payloadSize <= maxLocal) return payloadSize;
  const minLocal = Math.floor(((usable - 12) * 32) / 255) - 23;
  const k = minLocal + ((payloadSize - minLocal) % (usable - 4));
  return k <= maxLocal ? k : minLocal;
}

/** Overflow pages: a 4-byte next page number (0 on the last), then U-4 bytes of payload. */
function readOverflowChain(file: Database, first: number, into: Uint8Array, filled: number, seen: Set<number>): void {
  let next = first;
  while (filled < into.length) {
    if (next === 0) throw new SqliteFormatError("an overflow chain ends before its payload does");
    markSeen(seen, next);
    const page = file.page(next);
    const take = Math.min(file.usable - 4, into.length - filled);
    into.set(page.subarray(4, 4 + take), filled);
    filled += take;
    next = u32(page, 0);
  }
}

// ---------------------------------------------------------------------------------------
// Records

/**
 * A record: a header (its own size as a varint, then one serial type per column) and
 * the values one after another.
 */
function decodeRecord(payload: Uint8Array, decodeText: (bytes: Uint8Array) => string): SqliteValue[] {
  const [rawHeaderSize, afterSize] = readVarint(payload, 0, payload.length);
  const headerSize = asLength(rawHeaderSize, "record header size");
  if (headerSize < afterSize || headerSize > payload.length) throw new SqliteFormatError("a record header does not fit its payload");
  const values: SqliteValue[] = [];
  let typeAt = afterSize;
  let valueAt = headerSize;
  while (typeAt < headerSize) {
    const [rawType, next] = readVarint(payload, typeAt, headerSize);
    typeAt = next;
    const serialType = asLength(rawType, "serial type");
    const size = serialTypeSize(serialType);
    if (valueAt + size > payload.length) throw new SqliteFormatError("a record value runs past its payload");
    values.push(decodeValue(serialType, payload.subarray(valueAt, valueAt + size), decodeText));
    valueAt += size;
  }
  return values;
}

const INTEGER_SIZES = [0, 1, 2, 3, 4, 6, 8] as const;

function serialTypeSize(serialType: number): number {
  if (serialType <= 6) return INTEGER_SIZES[serialType]!;
  if (serialType === 7) return 8;
  if (serialType === 8 || serialType === 9) return 0;
  if (serialType === 10 || serialType === 11) throw new SqliteFormatError(`reserved serial type ${serialType} in a record`);
  return Math.floor((serialType - 12) / 2);
}

function decodeValue(serialType: number, bytes: Uint8Array, decodeText: (bytes: Uint8Array) => string): SqliteValue {
  if (serialType === 0) return null;
  if (serialType <= 6) return signedBigEndian(bytes);
  if (serialType === 7) return new DataView(bytes.buffer, bytes.byteOffset, 8).getFloat64(0, false);
  if (serialType === 8) return 0;
  if (serialType === 9) return 1;
  // A copy: the caller keeps the value, not a window onto the whole file.
  return serialType % 2 === 0 ? bytes.slice() : decodeText(bytes);
}

/** A two's-complement big-endian integer of 1..8 bytes; a bigint only when a number would lose digits. */
function signedBigEndian(bytes: Uint8Array): number | bigint {
  if (bytes.length === 8) {
    return safeNumber(new DataView(bytes.buffer, bytes.byteOffset, 8).getBigInt64(0, false));
  }
  let value = 0;
  for (const b of bytes) value = value * 256 + b;
  const range = 2 ** (8 * bytes.length);
  return value >= range / 2 ? value - range : value;
}

function safeNumber(value: bigint): number | bigint {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

/**
 * SQLite's varint: 1 to 9 bytes, big-endian, 7 bits from each of the first 8 bytes (high
 * bit set means "more") and all 8 bits of a ninth. 64 bits, two's complement: rowids can
 * be negative. Reads nothing at or past `end`.
 */
function readVarint(bytes: Uint8Array, at: number, end: number): [number | bigint, number] {
  let value = 0;
  // Up to 7 bytes (49 bits) stay exact in a number.
  for (let i = 0; i < 7; i++) {
    if (at + i >= end) throw new SqliteFormatError("a varint runs off the end of its page or record");
    const b = bytes[at + i]!;
    value = value * 128 + (b & 0x7f);
    if (b < 0x80) return [value, at + i + 1];
  }
  let big = BigInt(value);
  for (let i = 7; i < 9; i++) {
    if (at + i >= end) throw new SqliteFormatError("a varint runs off the end of its page or record");
    const b = bytes[at + i]!;
    if (i === 8) return [safeNumber(BigInt.asIntN(64, (big << 8n) | BigInt(b))), at + 9];
    big = (big << 7n) | BigInt(b & 0x7f);
    if (b < 0x80) return [safeNumber(BigInt.asIntN(64, big)), at + 8];
  }
  throw new SqliteFormatError("unreachable varint state");
}

/** Sizes and serial types are varints too; here they must be plain non-negative numbers. */
function asLength(value: number | bigint, what: string): number {
  if (typeof value !== "number" || value < 0) throw new SqliteFormatError(`${what} ${value} is out of range`);
  return value;
}

// ---------------------------------------------------------------------------------------
// The schema: where a table lives and what its columns are

interface Column {
  name: string;
  /** A virtual generated column: computed on read, not stored in the record. */
  virtual: boolean;
  /** REAL affinity: SQLite may store a whole float as an integer and converts it back on read. */
  realAffinity: boolean;
}

interface TableSchema {
  rootPage: number;
  /** Undefined when the CREATE TABLE could not be understood: records come back as stored. */
  columns?: { list: Column[]; rowidAlias?: number };
}

const SCHEMA_COLUMNS = {
  list: ["type", "name", "tbl_name", "rootpage", "sql"].map((name) => ({ name, virtual: false, realAffinity: false })),
};

/** The table's schema entry, yielded once found; null for each step of the walk over the schema. */
function* findTable(file: Database, table: string, maxSql: number): Generator<TableSchema | null> {
  const wanted = asciiLower(table);
  if (wanted === "sqlite_schema" || wanted === "sqlite_master") {
    yield { rootPage: 1, columns: SCHEMA_COLUMNS };
    return;
  }
  let entries = 0;
  for (const cell of walkTableTree(file, 1)) {
    if (!cell) {
      yield null;
      continue;
    }
    if (++entries > MAX_SCHEMA_ROWS) throw new SqliteLimitError(`the schema has more than ${MAX_SCHEMA_ROWS} entries`);
    const [type, name, , rootPage, sql] = decodeRecord(cell.payload, file.decodeText);
    if (type !== "table" || typeof name !== "string" || asciiLower(name) !== wanted) {
      yield null;
      continue;
    }
    if (typeof rootPage !== "number" || !Number.isInteger(rootPage) || rootPage < 1) {
      throw new SqliteFormatError(`table ${name} has no b-tree of its own (a virtual table?)`);
    }
    if (typeof sql === "string" && sql.length > maxSql) {
      throw new SqliteLimitError(`the schema text of table ${name} is ${sql.length} characters, more than ${maxSql}`);
    }
    yield { rootPage, columns: typeof sql === "string" ? parseCreateTable(sql, name) : undefined };
    return;
  }
}

/** SQLite compares identifiers ignoring the case of ASCII letters only. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function tableRow(record: SqliteValue[], rowid: number | bigint, columns: TableSchema["columns"]): SqliteValue[] {
  if (!columns) return record;
  let stored = 0;
  return columns.list.map((column, i) => {
    if (column.virtual) return null;
    // Past the end of the record: a column added by ALTER TABLE after the row was written.
    const value = record[stored++] ?? null;
    // The rowid alias is stored as NULL; its value is the rowid.
    if (i === columns.rowidAlias) return rowid;
    return column.realAffinity && typeof value === "bigint" ? Number(value) : value;
  });
}

// A tokenizer and parser for just enough of CREATE TABLE: column names and types, which
// column (if any) is the rowid alias, which are virtual generated columns.

interface Token {
  text: string;
  /** An unquoted word can be a keyword; a quoted one is always a name. */
  kind: "word" | "quoted" | "string" | "punct";
}

function tokenizeSql(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (sql.startsWith("--", i)) {
      const eol = sql.indexOf("\n", i);
      i = eol < 0 ? sql.length : eol + 1;
    } else if (sql.startsWith("/*", i)) {
      const close = sql.indexOf("*/", i + 2);
      i = close < 0 ? sql.length : close + 2;
    } else if (c === "'" || c === '"' || c === "`" || c === "[") {
      const close = c === "[" ? "]" : c;
      let text = "";
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === close) {
          // A doubled quote inside stands for one; brackets have no escape.
          if (close !== "]" && sql[j + 1] === close) {
            text += close;
            j += 2;
            continue;
          }
          break;
        }
        text += sql[j];
        j++;
      }
      tokens.push({ text, kind: c === "'" ? "string" : "quoted" });
      i = j + 1;
    } else if (c === "(" || c === ")" || c === ",") {
      tokens.push({ text: c, kind: "punct" });
      i++;
    } else {
      const m = /^[^\s()',"`[\]]+/.exec(sql.slice(i))!;
      tokens.push({ text: m[0], kind: "word" });
      i += m[0].length;
    }
  }
  return tokens;
}

const isKeyword = (t: Token | undefined, word: string): boolean => t?.kind === "word" && t.text.toUpperCase() === word;

const TABLE_CONSTRAINTS = new Set(["CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"]);
const COLUMN_CONSTRAINTS = new Set([
  "CONSTRAINT",
  "PRIMARY",
  "NOT",
  "NULL",
  "UNIQUE",
  "CHECK",
  "DEFAULT",
  "COLLATE",
  "REFERENCES",
  "GENERATED",
  "AS",
]);

function parseCreateTable(sql: string, table: string): TableSchema["columns"] {
  const tokens = tokenizeSql(sql);
  const open = tokens.findIndex((t) => t.kind === "punct" && t.text === "(");
  if (open < 0) return undefined;
  const { parts, close } = splitTopLevel(tokens, open);
  if (close < 0) return undefined;
  if (tokens.slice(close + 1).some((t) => isKeyword(t, "ROWID"))) {
    throw new SqliteFormatError(`table ${table} is a WITHOUT ROWID table, which this reader does not read`);
  }

  const list: Column[] = [];
  const types: string[] = [];
  let primaryKey: { columns: string[]; descInline: boolean } | undefined;
  for (const part of parts) {
    if (part.length === 0) continue;
    if (part[0]!.kind === "word" && TABLE_CONSTRAINTS.has(part[0]!.text.toUpperCase())) {
      const pk = part.findIndex((t, i) => isKeyword(t, "PRIMARY") && isKeyword(part[i + 1], "KEY"));
      if (pk >= 0 && part[pk + 2]?.text === "(") {
        const inner = splitTopLevel(part, pk + 2).parts;
        primaryKey = { columns: inner.map((p) => p[0]?.text ?? ""), descInline: false };
      }
      continue;
    }
    const name = part[0]!.text;
    let i = 1;
    const typeWords: string[] = [];
    while (
      i < part.length &&
      part[i]!.kind !== "punct" &&
      !(part[i]!.kind === "word" && COLUMN_CONSTRAINTS.has(part[i]!.text.toUpperCase()))
    ) {
      typeWords.push(part[i]!.text);
      i++;
    }
    const type = typeWords.join(" ").toUpperCase();
    const rest = part.slice(i);
    const pk = rest.findIndex((t, j) => isKeyword(t, "PRIMARY") && isKeyword(rest[j + 1], "KEY"));
    if (pk >= 0) primaryKey = { columns: [name], descInline: isKeyword(rest[pk + 2], "DESC") };
    list.push({ name, virtual: isVirtualGenerated(rest), realAffinity: hasRealAffinity(type) });
    types.push(type);
  }

  // "INTEGER PRIMARY KEY" on exactly one column makes it the rowid; SQLite keeps the old
  // quirk that "INTEGER PRIMARY KEY DESC" in the column definition does not.
  let rowidAlias: number | undefined;
  if (primaryKey && primaryKey.columns.length === 1 && !primaryKey.descInline) {
    const pkName = asciiLower(primaryKey.columns[0]!);
    const index = list.findIndex((c) => asciiLower(c.name) === pkName);
    if (index >= 0 && types[index] === "INTEGER") rowidAlias = index;
  }
  return { list, rowidAlias };
}

/** The comma-separated parts between the "(" at `open` and its ")". */
function splitTopLevel(tokens: Token[], open: number): { parts: Token[][]; close: number } {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (let i = open + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "punct" && t.text === "(") depth++;
    if (t.kind === "punct" && t.text === ")") {
      if (depth === 0) return { parts, close: i };
      depth--;
    }
    if (depth === 0 && t.kind === "punct" && t.text === ",") parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  return { parts, close: -1 };
}

/** "[GENERATED ALWAYS] AS (expr) [VIRTUAL|STORED]": virtual unless STORED. */
function isVirtualGenerated(constraints: Token[]): boolean {
  let depth = 0;
  let generated = false;
  let stored = false;
  for (const t of constraints) {
    if (t.kind === "punct" && t.text === "(") depth++;
    else if (t.kind === "punct" && t.text === ")") depth--;
    else if (depth === 0 && isKeyword(t, "AS")) generated = true;
    else if (depth === 0 && isKeyword(t, "STORED")) stored = true;
  }
  return generated && !stored;
}

/** SQLite's affinity rules, in their order: INT, then CHAR/CLOB/TEXT, then BLOB or none, then REAL/FLOA/DOUB. */
function hasRealAffinity(type: string): boolean {
  if (type.includes("INT") || /CHAR|CLOB|TEXT/.test(type) || type.includes("BLOB") || type === "") return false;
  return /REAL|FLOA|DOUB/.test(type);
}

// ---------------------------------------------------------------------------------------

/** Big-endian reads; callers pass offsets they checked, and a short buffer reads as an error, not as zero. */
function u16(bytes: Uint8Array, at: number): number {
  if (at + 2 > bytes.length) throw new SqliteFormatError(`read of 2 bytes at ${at} is past the end`);
  return (bytes[at]! << 8) | bytes[at + 1]!;
}

function u32(bytes: Uint8Array, at: number): number {
  if (at + 4 > bytes.length) throw new SqliteFormatError(`read of 4 bytes at ${at} is past the end`);
  return ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;
}
