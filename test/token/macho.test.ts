import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { machOExportsName } from "../../src/host/pkcs11/macho-exports.js";
import { tempDir } from "../helpers/tmp.js";
import { HAS_MACHO_TOOLS, machODylib, machOObject, machOUniversal, withExportsTrieCommand } from "./macho-parts.js";

/**
 * #19.14 on macOS: a library is a PKCS#11 module candidate only when its Mach-O export
 * trie (or, without one, its symbol table) names _C_GetFunctionList. Read on real
 * Mach-O files that LLVM's assembler and linker make here (test/token/macho-parts.ts).
 */
const dir = tempDir("gc-macho-");
const P11 = ["C_GetFunctionList", "C_Initialize"];
const PLAIN = ["gcdep_answer", "C_GetFunctionListX"];
const files: Record<string, string> = {};

describe.skipIf(!HAS_MACHO_TOOLS && !process.env.CI)("Mach-O exports, read from the bytes", () => {
  beforeAll(() => {
    files.x64 = machODylib(dir, "p11", "x86_64", P11);
    files.arm = machODylib(dir, "p11", "arm64", P11);
    files.plain = machODylib(dir, "plain", "x86_64", PLAIN);
    files.fat = machOUniversal(join(dir, "libp11-universal.dylib"), [files.x64, files.arm]);
    files.fatArmOnlyModule = machOUniversal(join(dir, "libmixed.dylib"), [
      machODylib(dir, "plain", "x86_64", PLAIN, "p-x.dylib"),
      files.arm,
    ]);
    files.object = machOObject(dir, "obj", "arm64", P11);
    files.newTrie = withExportsTrieCommand(files.x64, join(dir, "libp11-exports-trie.dylib"));
  }, 120_000);

  const read = (f: string) => readFileSync(files[f]!);

  it("finds _C_GetFunctionList in the export trie of an x86_64 and an arm64 dylib", async () => {
    expect(await machOExportsName(read("x64"), "_C_GetFunctionList")).toEqual({ ok: true, slices: [{ cpu: "x86_64", exports: true }] });
    expect(await machOExportsName(read("arm"), "_C_GetFunctionList")).toEqual({ ok: true, slices: [{ cpu: "arm64", exports: true }] });
    expect(await machOExportsName(read("x64"), "_C_Initialize")).toMatchObject({ ok: true, slices: [{ exports: true }] });
  });

  it("a prefix, a longer name and a local symbol are not the export", async () => {
    for (const n of ["_C_GetFunction", "_C_GetFunctionListX", "_local_helper", "C_GetFunctionList", "_"]) {
      expect(await machOExportsName(read("x64"), n), n).toEqual({ ok: true, slices: [{ cpu: "x86_64", exports: false }] });
    }
    // A library whose trie shares the prefix but ends elsewhere.
    expect(await machOExportsName(read("plain"), "_C_GetFunctionList")).toEqual({ ok: true, slices: [{ cpu: "x86_64", exports: false }] });
    expect(await machOExportsName(read("plain"), "_C_GetFunctionListX")).toEqual({ ok: true, slices: [{ cpu: "x86_64", exports: true }] });
  });

  it("reads each slice of a universal file for its own processor", async () => {
    expect(await machOExportsName(read("fat"), "_C_GetFunctionList")).toEqual({
      ok: true,
      slices: [
        { cpu: "x86_64", exports: true },
        { cpu: "arm64", exports: true },
      ],
    });
    expect(await machOExportsName(read("fatArmOnlyModule"), "_C_GetFunctionList")).toEqual({
      ok: true,
      slices: [
        { cpu: "x86_64", exports: false },
        { cpu: "arm64", exports: true },
      ],
    });
  });

  it("reads LC_DYLD_EXPORTS_TRIE (newer linkers) and, without any trie, the symbol table", async () => {
    expect(await machOExportsName(read("newTrie"), "_C_GetFunctionList")).toEqual({ ok: true, slices: [{ cpu: "x86_64", exports: true }] });
    expect(await machOExportsName(read("newTrie"), "_C_GetFunctionLis")).toEqual({ ok: true, slices: [{ cpu: "x86_64", exports: false }] });
    // An object file has LC_SYMTAB only: external defined symbols count, the local one does not.
    expect(await machOExportsName(read("object"), "_C_GetFunctionList")).toEqual({ ok: true, slices: [{ cpu: "arm64", exports: true }] });
    expect(await machOExportsName(read("object"), "_local_helper")).toEqual({ ok: true, slices: [{ cpu: "arm64", exports: false }] });
  });

  it("a text file, a Java class, cut-off and corrupted libraries are refused or answered, never a crash or a hang", async () => {
    expect((await machOExportsName(Buffer.from("not a library\n"), "_C_GetFunctionList")).ok).toBe(false);
    // A Java class file starts 0xCAFEBABE too; its version (here 52) is no slice count.
    const java = Buffer.from("cafebabe0000003400", "hex");
    expect(await machOExportsName(java, "_C_GetFunctionList")).toMatchObject({ ok: false, reason: expect.stringMatching(/52 slices/) });
    const bytes = read("x64");
    for (const cut of [16, 40, 200, 1000, bytes.length - 1]) {
      const r = await machOExportsName(bytes.subarray(0, cut), "_C_GetFunctionList");
      expect(r.ok === false || r.slices.every((s) => s.exports === false) || cut > 4000, `cut at ${cut}`).toBe(true);
    }
    // A trie whose first edge leads back to the root: bounded, not a loop.
    const looped = Buffer.from(bytes);
    const ncmds = looped.readUInt32LE(16);
    let at = 32;
    for (let i = 0; i < ncmds; i++) {
      if (looped.readUInt32LE(at) === 0x80000022) break;
      at += looped.readUInt32LE(at + 4);
    }
    const trie = looped.readUInt32LE(at + 40);
    // Root node: terminal size 0, edge count, then the first edge's label and child offset.
    expect(looped[trie]).toBe(0);
    const labelEnd = looped.indexOf(0, trie + 2);
    looped[labelEnd + 1] = 0; // child offset 0: the root itself
    const r = await machOExportsName(looped, "_C_GetFunctionList");
    expect(r.ok === false || r.slices[0]!.exports === false).toBe(true);
  });
});
