/**
 * The Cryptoki structure layouts the koffi binding reads and writes, checked against
 * the C compilers themselves: gcc for Linux x64 (natural alignment, 64-bit CK_ULONG)
 * and mingw-w64 for Windows x64 (1-byte packing, 32-bit CK_ULONG). Each compiler is
 * given static assertions of every offset and size; it compiles only if they hold.
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CK_ATTRIBUTE_FIELDS,
  CK_C_INITIALIZE_ARGS_FIELDS,
  CK_INFO_FIELDS,
  CK_SLOT_INFO_FIELDS,
  CK_TOKEN_INFO_FIELDS,
  cryptokiAbi,
  FUNCTION_INDEX,
  functionOffset,
  layout,
  type CryptokiAbi,
} from "../../src/host/pkcs11/abi.js";
import { tempDir } from "../helpers/tmp.js";
import { HAS_MINGW } from "../windows/wine.js";

const HEADERS = fileURLToPath(new URL("../../node_modules/pkcs11js/includes", import.meta.url));
const dir = tempDir("gc-abi-");

const STRUCTS: Array<[string, ReadonlyArray<readonly [string, unknown]>]> = [
  ["CK_INFO", CK_INFO_FIELDS],
  ["CK_SLOT_INFO", CK_SLOT_INFO_FIELDS],
  ["CK_TOKEN_INFO", CK_TOKEN_INFO_FIELDS],
  ["CK_ATTRIBUTE", CK_ATTRIBUTE_FIELDS],
  ["CK_C_INITIALIZE_ARGS", CK_C_INITIALIZE_ARGS_FIELDS],
];

function assertions(abi: CryptokiAbi): string {
  const lines: string[] = [];
  for (const [name, fields] of STRUCTS) {
    const l = layout(abi, fields as Parameters<typeof layout>[1]);
    for (const [field] of fields) {
      lines.push(`_Static_assert(offsetof(${name}, ${field}) == ${l.offset[field]}, "${name}.${field}");`);
    }
    lines.push(`_Static_assert(sizeof(${name}) == ${l.size}, "sizeof ${name}");`);
  }
  for (const [fn, index] of Object.entries(FUNCTION_INDEX)) {
    lines.push(`_Static_assert(offsetof(CK_FUNCTION_LIST, ${fn}) == ${functionOffset(abi, index)}, "${fn}");`);
  }
  lines.push(`_Static_assert(sizeof(CK_ULONG) == ${abi.ulong}, "CK_ULONG");`);
  return lines.join("\n") + "\n";
}

function compile(compiler: string, abi: CryptokiAbi, windows: boolean): void {
  const src = join(dir, `${compiler}.c`);
  const include = windows
    ? "#pragma pack(push, cryptoki, 1)\n#include <pkcs11/pkcs11.h>\n#pragma pack(pop, cryptoki)\n"
    : "#include <pkcs11/pkcs11.h>\n";
  writeFileSync(src, `#include <stddef.h>\n${include}${assertions(abi)}`);
  execFileSync(compiler, ["-c", "-Wno-attributes", "-I", HEADERS, "-o", join(dir, `${compiler}.o`), src], { stdio: "pipe" });
}

describe("Cryptoki structure layouts per platform", () => {
  it("match gcc on Linux x64: natural alignment, 64-bit CK_ULONG", () => {
    const abi = cryptokiAbi("linux", 8, 8);
    expect(layout(abi, CK_TOKEN_INFO_FIELDS).size).toBe(208);
    expect(() => compile("gcc", abi, false)).not.toThrow();
  });

  it.skipIf(!HAS_MINGW && !process.env.CI)("match mingw-w64 on Windows x64: packed to 1 byte, 32-bit CK_ULONG", () => {
    const abi = cryptokiAbi("win32", 4, 8);
    expect(layout(abi, CK_TOKEN_INFO_FIELDS).size).toBe(160);
    expect(layout(abi, CK_ATTRIBUTE_FIELDS).offset.pValue).toBe(4);
    expect(() => compile("x86_64-w64-mingw32-gcc", abi, true)).not.toThrow();
  });

  it("would catch a wrong layout: natural alignment is not what a Windows DLL has", () => {
    const wrong = cryptokiAbi("linux", 4, 8);
    expect(() => compile(HAS_MINGW ? "x86_64-w64-mingw32-gcc" : "gcc", wrong, HAS_MINGW)).toThrow(/CK_/);
  });
});
