import type { RangeFile } from "../host.js";
import { ByteWindows, bufferFile } from "./byte-window.js";

/**
 * Does a Windows DLL export a function by this name? Read from the file's bytes (the
 * PE export table), never by loading it: loading runs the DLL's own code.
 *
 * Format (Microsoft, "PE Format", learn.microsoft.com/windows/win32/debug/pe-format):
 * - the DOS header starts "MZ"; the 32-bit value at 0x3C is the offset of "PE\0\0";
 * - the COFF header follows (20 bytes): Machine at +0, NumberOfSections at +2,
 *   SizeOfOptionalHeader at +16;
 * - the optional header: Magic 0x10B (PE32) or 0x20B (PE32+); NumberOfRvaAndSizes at
 *   +92 (PE32) / +108 (PE32+), then the data directories (8 bytes each: RVA, size), the
 *   first being the export table;
 * - the section table (40 bytes per section: VirtualSize +8, VirtualAddress +12,
 *   SizeOfRawData +16, PointerToRawData +20) maps an RVA to a file offset;
 * - the export directory: NumberOfNames at +24, AddressOfNames at +32 (an array of
 *   RVAs of NUL-terminated ASCII names), "ordered lexically to allow binary searches";
 *   the loader itself finds a name by binary search (a table out of order hides a name
 *   from GetProcAddress too), and so does this reader: a handful of reads per file.
 * Only the headers and the parts of the export table the search touches are read
 * (ByteWindows over FileHost.readRanges), never the whole DLL. Everything is bounded:
 * a malformed or hostile file gives `ok: false`, never a hang.
 */
export type PeExportAnswer = { ok: true; exports: boolean; machine: number } | { ok: false; reason: string };

/** IMAGE_FILE_MACHINE_*: what a DLL was built for. */
export const PE_MACHINE = { i386: 0x14c, amd64: 0x8664, arm64: 0xaa64 } as const;

const MAX_SECTIONS = 96;
const MAX_NAMES = 65_536;
const MAX_NAME_LENGTH = 512;
/**
 * The export directory's own range is read at once when it is no larger (a driver's:
 * a few dozen names); a larger one (a system DLL's thousands) is searched by chunks.
 */
const EXPORT_PRELOAD_BYTES = 16 * 1024;

export async function peExports(file: RangeFile, name: string): Promise<PeExportAnswer> {
  const fail = (reason: string): PeExportAnswer => ({ ok: false, reason });
  const w = new ByteWindows(file);
  const dos = await w.bytes(0, 0x40);
  if (dos?.readUInt16LE(0) !== 0x5a4d) return fail("not a PE file (no MZ)");
  const pe = dos.readUInt32LE(0x3c);
  const coffBytes = await w.bytes(pe, 24);
  if (coffBytes?.readUInt32LE(0) !== 0x00004550) return fail("no PE signature");
  const machine = coffBytes.readUInt16LE(4);
  const sections = coffBytes.readUInt16LE(6);
  const optSize = coffBytes.readUInt16LE(20);
  const opt = pe + 24;
  if (sections > MAX_SECTIONS || optSize < 2) return fail("bad headers");
  const headers = await w.bytes(opt, optSize + sections * 40);
  if (!headers) return fail("headers past the end");
  const magic = headers.readUInt16LE(0);
  const countAt = magic === 0x10b ? 92 : magic === 0x20b ? 108 : -1;
  if (countAt < 0) return fail(`unknown optional header magic 0x${magic.toString(16)}`);
  if (countAt + 4 > optSize) return fail("optional header too short");
  const dirCount = headers.readUInt32LE(countAt);
  if (dirCount < 1 || countAt + 4 + 8 > optSize) return { ok: true, exports: false, machine };
  const exportRva = headers.readUInt32LE(countAt + 4);
  const exportSize = headers.readUInt32LE(countAt + 8);
  if (exportRva === 0 || exportSize === 0) return { ok: true, exports: false, machine };

  const toOffset = (rva: number): number | undefined => {
    for (let i = 0; i < sections; i++) {
      const s = optSize + i * 40;
      const vsize = headers.readUInt32LE(s + 8);
      const va = headers.readUInt32LE(s + 12);
      const rawSize = headers.readUInt32LE(s + 16);
      const raw = headers.readUInt32LE(s + 20);
      const span = Math.max(vsize, rawSize);
      if (rva >= va && rva < va + span) {
        const off = raw + (rva - va);
        return off < file.size && rva - va < rawSize ? off : undefined;
      }
    }
    return undefined;
  };
  const dirAt = toOffset(exportRva);
  if (dirAt === undefined) return fail("export directory outside the file");
  if (exportSize <= EXPORT_PRELOAD_BYTES) await w.preload(dirAt, exportSize);
  const dir = await w.bytes(dirAt, 40);
  if (!dir) return fail("export directory outside the file");
  const count = dir.readUInt32LE(24);
  if (count === 0) return { ok: true, exports: false, machine };
  const namesAt = toOffset(dir.readUInt32LE(32));
  if (count > MAX_NAMES || namesAt === undefined || namesAt + count * 4 > file.size) return fail("export name table outside the file");
  const wanted = Buffer.from(name, "latin1");
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const rva = await w.u32le(namesAt + mid * 4);
    const at = rva === undefined ? undefined : toOffset(rva);
    const seen = at === undefined ? undefined : await w.cString(at, MAX_NAME_LENGTH);
    if (!seen) return fail("an export name outside the file");
    const order = Buffer.compare(seen, wanted);
    if (order === 0) return { ok: true, exports: true, machine };
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return { ok: true, exports: false, machine };
}

/** The same over bytes already in memory. */
export function peExportsName(buf: Buffer, name: string): Promise<PeExportAnswer> {
  return peExports(bufferFile(buf), name).catch((e: unknown) => ({ ok: false, reason: e instanceof Error ? e.message : String(e) }));
}
