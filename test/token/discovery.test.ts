import { beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runChecks } from "../../src/core/runner.js";
import { createNodeHost } from "../../src/host/node-host.js";
import type { Host } from "../../src/host/host.js";
import type { CheckResult } from "../../src/core/types.js";
import { tokenChecks } from "../../src/checks/token/index.js";
import { cataloguePaths } from "../../src/checks/token/module-catalogue.js";
import { parseP11KitModule } from "../../src/host/pkcs11/p11kit-registry.js";
import { peExportsName } from "../../src/host/pkcs11/pe-exports.js";
import { t } from "../../src/i18n/catalog.js";
import { runOptions } from "../helpers/options.js";
import { tempDir } from "../helpers/tmp.js";
import { buildTestModuleDll, buildTestModuleDll32, importCert, makeCert, opensslDate, softHsm, SOFTHSM_MODULE } from "./parts.js";
import { fakeSysfs, hostWithFakeUsb, MOUSE, ROOT_HUB } from "./sysfs.js";

/**
 * #19.14: the driver nobody listed. With no known vendor's module installed, the
 * modules registered with p11-kit (pkcs11.conf(5)) are probed; here a real registry
 * file points at SoftHSM. On Windows, a DLL is a PKCS#11 module candidate only when
 * its PE export table names C_GetFunctionList, read from the file's bytes.
 */
const dir = tempDir("gc-token-discovery-");
let emptyUsb: string;
let hsmEnv: Record<string, string>;
beforeAll(() => {
  emptyUsb = fakeSysfs(join(dir, "sys"), [ROOT_HUB, MOUSE]);
  const hsm = softHsm(join(dir, "hsm"), "SİMA token");
  const made = makeCert(join(dir, "hsm"), "user", { cn: "Əliyev Rəşad", fin: "6AB1CD2", start: opensslDate(-10), end: opensslDate(300) });
  importCert(hsm, made, { id: "01", label: "sign", publicKey: true });
  hsmEnv = hsm.env;
}, 60_000);

const catalogue = new Set(cataloguePaths("linux", {}).map((c) => c.path));

function host(registry: Host["pkcs11Registry"]): Host {
  const h = hostWithFakeUsb(createNodeHost({ offline: true, env: { ...process.env, ...hsmEnv } }), emptyUsb, (p) => catalogue.has(p));
  return { ...h, pkcs11Registry: registry };
}

async function run(h: Host): Promise<Map<string, CheckResult>> {
  const results = await runChecks(tokenChecks, { host: h, options: runOptions({ timeoutMs: 5_000 }) });
  return new Map(results.map((r) => [r.id, r]));
}

function registry(files: Record<string, string>): string {
  const d = join(dir, `registry-${Object.keys(files).join("-")}`);
  mkdirSync(d, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

describe("p11-kit's module registry (Linux)", () => {
  it("parses module files as pkcs11.conf(5) writes them; the trust module is not a token driver", () => {
    expect(parseP11KitModule("# comment\nmodule: opensc-pkcs11.so\n")).toBe("opensc-pkcs11.so");
    expect(parseP11KitModule("module:/usr/lib/x.so\ncritical: yes\n")).toBe("/usr/lib/x.so");
    expect(parseP11KitModule("module: p11-kit-trust.so\ntrust-policy: yes\n")).toBeUndefined();
    expect(parseP11KitModule("# no module line\n")).toBeUndefined();
  });

  it("with no known vendor's module, finds SoftHSM through a registry file and names it by file and maker", async () => {
    const conf = registry({
      "sima-token.module": `# SİMA Token driver\nmodule: ${SOFTHSM_MODULE}\n`,
      "p11-kit-trust.module": "module: p11-kit-trust.so\ntrust-policy: yes\n",
    });
    const r = await run(host({ configDirs: [conf], moduleDirs: [] }));
    const mod = r.get("token.module")!;
    expect([mod.status, mod.code]).toEqual(["pass", "MODULES_OK"]);
    expect(mod.data.modules).toEqual([
      expect.objectContaining({ module: SOFTHSM_MODULE, discovered: `p11-kit:${conf}/sima-token.module`, result: "ok" }),
    ]);
    // C_GetInfo: manufacturerID "SoftHSM", libraryDescription "Implementation of PKCS11".
    expect(t("en", mod.message)).toContain(`${basename(SOFTHSM_MODULE)} (SoftHSM, Implementation of PKCS11)`);
    expect([r.get("token.certificates")!.status, r.get("token.certificates")!.code]).toEqual(["pass", "TOKEN_CERT_OK"]);
  });

  it("resolves a relative module name against p11-kit's module directory", async () => {
    const conf = registry({ "relative.module": `module: ${basename(SOFTHSM_MODULE)}\n` });
    const r = await run(host({ configDirs: [conf], moduleDirs: [join(dir, "nowhere"), dirname(SOFTHSM_MODULE)] }));
    expect(r.get("token.module")!.data.modules).toEqual([
      expect.objectContaining({ module: join(dirname(SOFTHSM_MODULE), basename(SOFTHSM_MODULE)), result: "ok" }),
    ]);
  });

  it("an empty registry leaves 'no driver installed'", async () => {
    const r = await run(host({ configDirs: [registry({})], moduleDirs: [] }));
    expect([r.get("token.module")!.status, r.get("token.module")!.code]).toEqual(["fail", "NO_MODULE"]);
  });
});

describe("the PE export table (Windows DLLs), read from the bytes", () => {
  const gcdep = fileURLToPath(new URL("../fixtures/pkcs11-test-module/gcdep.c", import.meta.url));
  let dll64: string;
  let dll32: string;
  let plain: string;
  beforeAll(() => {
    mkdirSync(join(dir, "pe"), { recursive: true });
    dll64 = buildTestModuleDll(join(dir, "pe"));
    dll32 = buildTestModuleDll32(join(dir, "pe"));
    plain = join(dir, "pe", "gcdep.dll");
    const r = spawnSync("x86_64-w64-mingw32-gcc", ["-shared", "-Wall", "-o", plain, gcdep], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
  }, 120_000);

  it("names C_GetFunctionList in a mingw-built PKCS#11 DLL, 64- and 32-bit", async () => {
    expect(await peExportsName(readFileSync(dll64), "C_GetFunctionList")).toEqual({ ok: true, exports: true, machine: 0x8664 });
    expect(await peExportsName(readFileSync(dll32), "C_GetFunctionList")).toEqual({ ok: true, exports: true, machine: 0x14c });
  });

  it("a DLL without C_GetFunctionList is no module; a prefix of a name is not the name", async () => {
    expect(await peExportsName(readFileSync(plain), "C_GetFunctionList")).toMatchObject({ ok: true, exports: false });
    expect(await peExportsName(readFileSync(dll64), "C_GetFunction")).toMatchObject({ ok: true, exports: false });
  });

  it("finds a name anywhere in a long export table (the loader's binary search), and no name that is absent", async () => {
    // 301 exports sorted by the linker: the search must reach the first, the last and
    // the one in between, and say "no" for names that sort between them.
    const names = [...Array.from({ length: 300 }, (_, i) => `f${String(i).padStart(3, "0")}`), "C_GetFunctionList"];
    const src = join(dir, "pe", "many.c");
    writeFileSync(src, names.map((n) => `__declspec(dllexport) int ${n}(void) { return 0; }\n`).join(""));
    const many = join(dir, "pe", "many.dll");
    const r = spawnSync("x86_64-w64-mingw32-gcc", ["-shared", "-o", many, src], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
    const bytes = readFileSync(many);
    for (const n of ["C_GetFunctionList", "f000", "f150", "f299"]) {
      expect(await peExportsName(bytes, n), n).toEqual({ ok: true, exports: true, machine: 0x8664 });
    }
    for (const n of ["C_GetFunctionLis", "A", "f1500", "zzz"]) {
      expect(await peExportsName(bytes, n), n).toEqual({ ok: true, exports: false, machine: 0x8664 });
    }
  });

  it("a text file, a cut-off DLL and garbage are refused without a crash", async () => {
    expect((await peExportsName(Buffer.from("readme\n"), "C_GetFunctionList")).ok).toBe(false);
    const bytes = readFileSync(dll64);
    for (const cut of [64, 200, 512, 1024]) {
      const r = await peExportsName(bytes.subarray(0, cut), "C_GetFunctionList");
      expect(r.ok === false || r.exports === false).toBe(true);
    }
    const garbage = Buffer.from(bytes);
    garbage.writeUInt32LE(0xfffffff0, 0x3c);
    expect((await peExportsName(garbage, "C_GetFunctionList")).ok).toBe(false);
  });
});
