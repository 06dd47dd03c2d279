/**
 * Real Mach-O files for the macOS discovery tests, made on Linux with LLVM: llvm-mc
 * assembles an object for x86_64 or arm64 macOS, ld64.lld (LLVM's Mach-O linker)
 * links it into a dylib (no SDK needed: the code calls nothing), llvm-lipo joins
 * slices into a universal file. Debian packages llvm-14 and lld-14
 * (scripts/install-test-deps.sh).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

function tool(names: string[]): string | undefined {
  for (const n of names) {
    if (spawnSync(n, ["--version"], { stdio: "ignore" }).status === 0) return n;
  }
  return undefined;
}

const LLVM_BIN = "/usr/lib/llvm-14/bin";
export const MACHO_TOOLS = {
  mc: tool(["llvm-mc", "llvm-mc-14", `${LLVM_BIN}/llvm-mc`]),
  ld: tool(["ld64.lld", "ld64.lld-14", `${LLVM_BIN}/ld64.lld`]),
  lipo: tool(["llvm-lipo", "llvm-lipo-14", `${LLVM_BIN}/llvm-lipo`]),
};
export const HAS_MACHO_TOOLS = Object.values(MACHO_TOOLS).every((t) => t !== undefined);

export type MachOArch = "x86_64" | "arm64";

/** Assembly defining these global functions (C names; Mach-O prefixes "_"). */
function assembly(arch: MachOArch, functions: readonly string[]): string {
  const body = arch === "arm64" ? "\tmov x0, #0\n\tret\n" : "\txorl %eax, %eax\n\tretq\n";
  return (
    "\t.section\t__TEXT,__text,regular,pure_instructions\n" +
    functions.map((f) => `\t.globl\t_${f}\n\t.p2align\t2\n_${f}:\n${body}`).join("") +
    // A local symbol: in the symbol table, never exported.
    `_local_helper:\n${body}`
  );
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 });

/** An object file (MH_OBJECT: LC_SYMTAB, no export trie). */
export function machOObject(dir: string, name: string, arch: MachOArch, functions: readonly string[]): string {
  const src = join(dir, `${name}-${arch}.s`);
  writeFileSync(src, assembly(arch, functions));
  const out = join(dir, `${name}-${arch}.o`);
  run(MACHO_TOOLS.mc!, ["-triple", `${arch}-apple-macos11`, "-filetype=obj", "-o", out, src]);
  return out;
}

/** A dylib (MH_DYLIB with LC_DYLD_INFO_ONLY's export trie, and LC_SYMTAB). */
export function machODylib(
  dir: string,
  name: string,
  arch: MachOArch,
  functions: readonly string[],
  file = `lib${name}-${arch}.dylib`,
): string {
  const obj = machOObject(dir, name, arch, functions);
  const out = join(dir, file);
  run(MACHO_TOOLS.ld!, [
    "-arch",
    arch,
    "-dylib",
    "-platform_version",
    "macos",
    "11.0",
    "11.0",
    "-install_name",
    `/usr/local/lib/${file}`,
    "-o",
    out,
    obj,
  ]);
  return out;
}

/** A universal file of these thin files. */
export function machOUniversal(out: string, thin: readonly string[]): string {
  run(MACHO_TOOLS.lipo!, ["-create", ...thin, "-output", out]);
  return out;
}

/**
 * The same dylib with its LC_DYLD_INFO_ONLY turned into LC_DYLD_EXPORTS_TRIE, the
 * command newer linkers (ld64 with chained fixups, macOS 12+) write instead; lld 14
 * cannot write it. Written as <mach-o/loader.h> lays it out: cmd 0x80000033, then
 * dataoff and datasize at +8/+12 pointing at the same trie (cmdsize kept: a reader
 * steps over a command by its cmdsize).
 */
export function withExportsTrieCommand(dylib: string, out: string): string {
  const b = Buffer.from(readFileSync(dylib));
  const ncmds = b.readUInt32LE(16);
  let at = 32;
  for (let i = 0; i < ncmds; i++) {
    const cmd = b.readUInt32LE(at);
    const size = b.readUInt32LE(at + 4);
    if (cmd === 0x80000022) {
      const off = b.readUInt32LE(at + 40);
      const sz = b.readUInt32LE(at + 44);
      b.fill(0, at + 8, at + size);
      b.writeUInt32LE(0x80000033, at);
      b.writeUInt32LE(off, at + 8);
      b.writeUInt32LE(sz, at + 12);
      writeFileSync(out, b);
      return out;
    }
    at += size;
  }
  throw new Error(`${dylib} has no LC_DYLD_INFO_ONLY`);
}
