/**
 * Does a Windows DLL export a function by this name? Read from the file's bytes (the
 * PE export table), never by loading it: loading runs the DLL's own code.
 *
 * Format (Microsoft, "PE Format", learn.microsoft.com/windows/win32/debug/pe-format):
 * - the DOS header starts "MZ"; the 32-bit value at 0x3C is the offset of "PE\0\0";
 * - the COFF header follows (20 bytes): NumberOfSections at +2, SizeOfOptionalHeader at +16;
 * - the optional header: Magic 0x10B (PE32) or 0x20B (PE32+); NumberOfRvaAndSizes at
 *   +92 (PE32) / +108 (PE32+), then the data directories (8 bytes each: RVA, size), the
 *   first being the export table;
 * - the section table (40 bytes per section: VirtualSize +8, VirtualAddress +12,
 *   SizeOfRawData +16, PointerToRawData +20) maps an RVA to a file offset;
 * - the export directory: NumberOfNames at +24, AddressOfNames at +32 (an array of
 *   RVAs of NUL-terminated ASCII names).
 * Everything is bounded: a malformed or hostile file gives `undefined`, never a hang.
 */
export type PeExportAnswer = { ok: true; exports: boolean; machine: number } | { ok: false; reason: string };

const MAX_SECTIONS = 96;
const MAX_NAMES = 65_536;
const MAX_NAME_LENGTH = 512;

export function peExportsName(buf: Buffer, name: string): PeExportAnswer {
  const fail = (reason: string): PeExportAnswer => ({ ok: false, reason });
  if (buf.length < 0x40 || buf.readUInt16LE(0) !== 0x5a4d) return fail("not a PE file (no MZ)");
  const pe = buf.readUInt32LE(0x3c);
  if (pe + 24 > buf.length || buf.readUInt32LE(pe) !== 0x00004550) return fail("no PE signature");
  const coff = pe + 4;
  const machine = buf.readUInt16LE(coff);
  const sections = buf.readUInt16LE(coff + 2);
  const optSize = buf.readUInt16LE(coff + 16);
  const opt = coff + 20;
  if (sections > MAX_SECTIONS || opt + optSize > buf.length || optSize < 2) return fail("bad headers");
  const magic = buf.readUInt16LE(opt);
  const countAt = magic === 0x10b ? 92 : magic === 0x20b ? 108 : -1;
  if (countAt < 0) return fail(`unknown optional header magic 0x${magic.toString(16)}`);
  if (countAt + 4 > optSize) return fail("optional header too short");
  const dirCount = buf.readUInt32LE(opt + countAt);
  if (dirCount < 1 || countAt + 4 + 8 > optSize) return { ok: true, exports: false, machine };
  const exportRva = buf.readUInt32LE(opt + countAt + 4);
  const exportSize = buf.readUInt32LE(opt + countAt + 8);
  if (exportRva === 0 || exportSize === 0) return { ok: true, exports: false, machine };

  const table = opt + optSize;
  if (table + sections * 40 > buf.length) return fail("section table past the end");
  const toOffset = (rva: number): number | undefined => {
    for (let i = 0; i < sections; i++) {
      const s = table + i * 40;
      const vsize = buf.readUInt32LE(s + 8);
      const va = buf.readUInt32LE(s + 12);
      const rawSize = buf.readUInt32LE(s + 16);
      const raw = buf.readUInt32LE(s + 20);
      const span = Math.max(vsize, rawSize);
      if (rva >= va && rva < va + span) {
        const off = raw + (rva - va);
        return off < buf.length && rva - va < rawSize ? off : undefined;
      }
    }
    return undefined;
  };
  const dir = toOffset(exportRva);
  if (dir === undefined || dir + 40 > buf.length) return fail("export directory outside the file");
  const count = buf.readUInt32LE(dir + 24);
  const namesAt = toOffset(buf.readUInt32LE(dir + 32));
  if (count === 0) return { ok: true, exports: false, machine };
  if (count > MAX_NAMES || namesAt === undefined || namesAt + count * 4 > buf.length) return fail("export name table outside the file");
  const wanted = Buffer.from(name + "\0", "latin1");
  for (let i = 0; i < count; i++) {
    const at = toOffset(buf.readUInt32LE(namesAt + i * 4));
    if (at === undefined) continue;
    const end = Math.min(buf.length, at + MAX_NAME_LENGTH);
    if (at + wanted.length <= end && buf.compare(wanted, 0, wanted.length, at, at + wanted.length) === 0) {
      return { ok: true, exports: true, machine };
    }
  }
  return { ok: true, exports: false, machine };
}
