import type { RangeFile } from "../host.js";
import { ByteWindows, bufferFile } from "./byte-window.js";

/**
 * Does a macOS library (Mach-O) export a symbol by this name, and for which processor?
 * Read from the file's bytes, never by loading it (dlopen runs the library's own code).
 *
 * Format (Apple's <mach-o/loader.h>, <mach-o/nlist.h> and <mach-o/fat.h>, as published
 * in apple-oss-distributions/xnu EXTERNAL_HEADERS/mach-o and cctools include/mach-o):
 * - a universal ("fat") file starts with FAT_MAGIC 0xcafebabe (or FAT_MAGIC_64
 *   0xcafebabf), big-endian, then nfat_arch and one fat_arch per slice: cputype,
 *   cpusubtype, offset, size, align (fat_arch_64: offset and size 64-bit, then align
 *   and reserved); each slice is a whole Mach-O file at `offset`, and every file offset
 *   inside it counts from the slice's start. 0xcafebabe also starts a Java class file,
 *   whose "nfat_arch" (its version, 45 and up) no universal file comes near;
 * - a thin file starts with mach_header (MH_MAGIC 0xfeedface, 28 bytes) or
 *   mach_header_64 (MH_MAGIC_64 0xfeedfacf, 32 bytes), in the machine's byte order
 *   (little-endian for x86_64 and arm64): magic, cputype, cpusubtype, filetype, ncmds,
 *   sizeofcmds, flags[, reserved]; ncmds load commands follow, each starting with cmd
 *   and cmdsize;
 * - the exported symbols are in the export trie: LC_DYLD_INFO (0x22) or
 *   LC_DYLD_INFO_ONLY (0x80000022), dyld_info_command with export_off at +40 and
 *   export_size at +44, or LC_DYLD_EXPORTS_TRIE (0x80000033), linkedit_data_command
 *   with dataoff at +8 and datasize at +12. A trie node is a uleb128 "terminal size"
 *   (0 when no symbol ends there) and that many bytes of symbol information, then a
 *   byte counting the edges, each a NUL-terminated string of the next characters and
 *   a uleb128 offset (from the trie's start) of the node it leads to. A name is
 *   exported when following its characters from the first node ends on a node with
 *   symbol information. dyld looks names up so, and so does this reader: only the
 *   nodes on the name's path are read;
 * - without a trie (an older library, or an object file), the symbol table:
 *   LC_SYMTAB (0x2), symtab_command with symoff +8, nsyms +12, stroff +16,
 *   strsize +20; nlist_64 entries of 16 bytes (nlist: 12): n_strx (u32, into the
 *   string table), n_type (u8), n_sect, n_desc, n_value. A symbol is exported when
 *   n_type has N_EXT (0x01), no N_STAB bit (0xe0), and its N_TYPE (0x0e) bits are
 *   not N_UNDF (0x0).
 * C names carry a leading underscore there: C_GetFunctionList is "_C_GetFunctionList".
 * Everything is bounded (slices, commands, trie steps, table sizes, reads); a
 * malformed or hostile file gives `ok: false`, never a hang.
 */
export interface MachOSlice {
  /** "x86_64", "arm64", "i386", "arm", or the cputype in hex. */
  cpu: string;
  exports: boolean;
}

export type MachOExportAnswer = { ok: true; slices: MachOSlice[] } | { ok: false; reason: string };

const FAT_MAGIC = 0xcafebabe;
const FAT_MAGIC_64 = 0xcafebabf;
const MH_MAGIC = 0xfeedface;
const MH_MAGIC_64 = 0xfeedfacf;
const MH_CIGAM = 0xcefaedfe;
const MH_CIGAM_64 = 0xcffaedfe;
const LC_SYMTAB = 0x2;
const LC_DYLD_INFO = 0x22;
const LC_DYLD_INFO_ONLY = 0x80000022;
const LC_DYLD_EXPORTS_TRIE = 0x80000033;
const N_STAB = 0xe0;
const N_TYPE = 0x0e;
const N_EXT = 0x01;
const N_UNDF = 0x0;

const CPU_NAMES = new Map<number, string>([
  [0x7, "i386"],
  [0x01000007, "x86_64"],
  [0xc, "arm"],
  [0x0100000c, "arm64"],
  [0x0200000c, "arm64_32"],
]);
/** A universal file with more slices than any shipped one (Apple's own have 2 or 3). */
const MAX_SLICES = 8;
const MAX_COMMANDS = 512;
const MAX_COMMAND_BYTES = 64 * 1024;
/** Trie nodes followed for one name: one per edge, far more than any real name's length. */
const MAX_TRIE_STEPS = 256;
const MAX_EDGES = 256;
const MAX_EDGE_LENGTH = 4096;
const MAX_SYMBOLS = 65_536;
const MAX_STRING_TABLE = 1024 * 1024;

/** Node's process.arch as Mach-O names the CPU. */
export function machOCpuOf(processArch: string): string {
  return processArch === "x64" ? "x86_64" : processArch === "ia32" ? "i386" : processArch === "arm" ? "arm" : processArch;
}

export async function machOExports(file: RangeFile, name: string): Promise<MachOExportAnswer> {
  const w = new ByteWindows(file, 4096, 96);
  try {
    const head = await w.bytes(0, 8);
    if (!head) return { ok: false, reason: "too short for Mach-O" };
    const be = head.readUInt32BE(0);
    if (be === FAT_MAGIC || be === FAT_MAGIC_64) {
      const count = head.readUInt32BE(4);
      if (count === 0 || count > MAX_SLICES) return { ok: false, reason: `not a universal file (${count} slices)` };
      const entry = be === FAT_MAGIC_64 ? 32 : 20;
      const table = await w.bytes(8, count * entry);
      if (!table) return { ok: false, reason: "slice table past the end" };
      const slices: MachOSlice[] = [];
      for (let i = 0; i < count; i++) {
        const e = i * entry;
        const offset = be === FAT_MAGIC_64 ? Number(table.readBigUInt64BE(e + 8)) : table.readUInt32BE(e + 8);
        const slice = await thin(w, offset, name);
        if (!slice.ok) return slice;
        slices.push(slice.slice);
      }
      return { ok: true, slices };
    }
    const one = await thin(w, 0, name);
    return one.ok ? { ok: true, slices: [one.slice] } : one;
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}

/** The same over bytes already in memory. */
export function machOExportsName(buf: Buffer, name: string): Promise<MachOExportAnswer> {
  return machOExports(bufferFile(buf), name);
}

type ThinAnswer = { ok: true; slice: MachOSlice } | { ok: false; reason: string };

async function thin(w: ByteWindows, base: number, name: string): Promise<ThinAnswer> {
  const fail = (reason: string): ThinAnswer => ({ ok: false, reason });
  const header = await w.bytes(base, 32);
  if (!header) return fail("Mach-O header past the end");
  const magic = header.readUInt32LE(0);
  if (magic === MH_CIGAM || magic === MH_CIGAM_64) return fail("big-endian Mach-O");
  if (magic !== MH_MAGIC && magic !== MH_MAGIC_64) return fail("not a Mach-O file");
  const is64 = magic === MH_MAGIC_64;
  const cputype = header.readUInt32LE(4);
  const cpu = CPU_NAMES.get(cputype) ?? `0x${cputype.toString(16)}`;
  const ncmds = header.readUInt32LE(16);
  const sizeofcmds = header.readUInt32LE(20);
  if (ncmds > MAX_COMMANDS || sizeofcmds > MAX_COMMAND_BYTES) return fail("too many load commands");
  const cmds = await w.bytes(base + (is64 ? 32 : 28), sizeofcmds);
  if (!cmds) return fail("load commands past the end");
  let trie: { off: number; size: number } | undefined;
  let symtab: { symoff: number; nsyms: number; stroff: number; strsize: number } | undefined;
  for (let i = 0, at = 0; i < ncmds; i++) {
    if (at + 8 > cmds.length) return fail("load command past sizeofcmds");
    const cmd = cmds.readUInt32LE(at);
    const size = cmds.readUInt32LE(at + 4);
    if (size < 8 || at + size > cmds.length) return fail("bad load command size");
    if ((cmd === LC_DYLD_INFO || cmd === LC_DYLD_INFO_ONLY) && size >= 48) {
      const off = cmds.readUInt32LE(at + 40);
      const sz = cmds.readUInt32LE(at + 44);
      if (sz > 0) trie = { off, size: sz };
    } else if (cmd === LC_DYLD_EXPORTS_TRIE && size >= 16) {
      const off = cmds.readUInt32LE(at + 8);
      const sz = cmds.readUInt32LE(at + 12);
      if (sz > 0) trie = { off, size: sz };
    } else if (cmd === LC_SYMTAB && size >= 24) {
      symtab = {
        symoff: cmds.readUInt32LE(at + 8),
        nsyms: cmds.readUInt32LE(at + 12),
        stroff: cmds.readUInt32LE(at + 16),
        strsize: cmds.readUInt32LE(at + 20),
      };
    }
    at += size;
  }
  const wanted = Buffer.from(name, "utf8");
  if (trie) return { ok: true, slice: { cpu, exports: await trieHas(w, base + trie.off, trie.size, wanted) } };
  if (symtab) return { ok: true, slice: { cpu, exports: await symtabHas(w, base, symtab, is64, wanted) } };
  return { ok: true, slice: { cpu, exports: false } };
}

async function uleb(w: ByteWindows, at: number, end: number): Promise<{ value: number; length: number }> {
  const bytes = await w.bytes(at, Math.min(10, end - at));
  if (!bytes || bytes.length === 0) throw new Error("uleb128 past the end of the trie");
  let value = 0;
  let scale = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    value += (b & 0x7f) * scale;
    scale *= 128;
    if ((b & 0x80) === 0) {
      if (!Number.isSafeInteger(value)) throw new Error("uleb128 too large");
      return { value, length: i + 1 };
    }
  }
  throw new Error("unterminated uleb128");
}

async function trieHas(w: ByteWindows, start: number, size: number, wanted: Buffer): Promise<boolean> {
  const end = start + size;
  if (end > w.size) throw new Error("export trie past the end");
  let node = 0;
  let matched = 0;
  for (let step = 0; step < MAX_TRIE_STEPS; step++) {
    const at = start + node;
    if (node < 0 || at >= end) throw new Error("trie node outside the trie");
    const terminal = await uleb(w, at, end);
    if (matched === wanted.length) return terminal.value > 0;
    let p = at + terminal.length + terminal.value;
    const countByte = await w.bytes(p, 1);
    if (!countByte || p >= end) throw new Error("trie edges past the end");
    const edges = countByte[0]!;
    p += 1;
    let next: number | undefined;
    for (let i = 0; i < Math.min(edges, MAX_EDGES); i++) {
      const label = await w.cString(p, Math.min(MAX_EDGE_LENGTH, end - p - 1));
      if (!label) throw new Error("trie edge without its end");
      p += label.length + 1;
      const child = await uleb(w, p, end);
      p += child.length;
      if (
        label.length > 0 &&
        wanted.length - matched >= label.length &&
        wanted.compare(label, 0, label.length, matched, matched + label.length) === 0
      ) {
        matched += label.length;
        next = child.value;
        break;
      }
    }
    if (next === undefined) return false;
    node = next;
  }
  throw new Error("export trie deeper than any name");
}

async function symtabHas(
  w: ByteWindows,
  base: number,
  s: { symoff: number; nsyms: number; stroff: number; strsize: number },
  is64: boolean,
  wanted: Buffer,
): Promise<boolean> {
  const entry = is64 ? 16 : 12;
  if (s.nsyms > MAX_SYMBOLS || s.strsize > MAX_STRING_TABLE) throw new Error("symbol table too large to read");
  const syms = await w.bytes(base + s.symoff, s.nsyms * entry);
  const strings = await w.bytes(base + s.stroff, s.strsize);
  if (!syms || !strings) throw new Error("symbol table past the end");
  for (let i = 0; i < s.nsyms; i++) {
    const e = i * entry;
    const type = syms[e + 4]!;
    if ((type & N_STAB) !== 0 || (type & N_EXT) === 0 || (type & N_TYPE) === N_UNDF) continue;
    const strx = syms.readUInt32LE(e);
    if (strx === 0 || strx + wanted.length >= strings.length) continue;
    if (strings[strx + wanted.length] === 0 && strings.compare(wanted, 0, wanted.length, strx, strx + wanted.length) === 0) return true;
  }
  return false;
}
