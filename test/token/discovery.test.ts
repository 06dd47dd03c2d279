import { beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runChecks } from "../../src/core/runner.js";
import { createNodeHost } from "../../src/host/node-host.js";
import type { Host } from "../../src/host/host.js";
import type { CheckResult } from "../../src/core/types.js";
import { tokenChecks } from "../../src/checks/token/index.js";
import { candidateModules, cataloguePaths } from "../../src/checks/token/module-catalogue.js";
import {
  inspectPe,
  isDllName,
  isTokenSoftware,
  looksLikeModuleName,
  scanForModules,
  windowsScanPlan,
  WINDOWS_LIMITS,
  type ScanLimits,
  type ScanRoot,
} from "../../src/host/pkcs11/module-scan.js";
import { parseP11KitModule } from "../../src/host/pkcs11/p11kit-registry.js";
import { peExports, peExportsName } from "../../src/host/pkcs11/pe-exports.js";
import { t } from "../../src/i18n/catalog.js";
import { runOptions } from "../helpers/options.js";
import { tempDir } from "../helpers/tmp.js";
import { buildTestModuleDll, buildTestModuleDll32, importCert, makeCert, opensslDate, softHsm, SOFTHSM_MODULE } from "./parts.js";
import { fakeSysfs, hostWithFakeUsb, MOUSE, ROOT_HUB } from "./sysfs.js";
import { HAS_MACHO_TOOLS, machODylib } from "./macho-parts.js";

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
    // 2001 exports sorted by the linker, an export table of some 30 KB (searched by
    // chunks, not read whole): the search must reach the first, the last and those in
    // between, and say "no" for names that sort between them.
    const names = [...Array.from({ length: 2000 }, (_, i) => `f${String(i).padStart(4, "0")}`), "C_GetFunctionList"];
    const src = join(dir, "pe", "many.c");
    writeFileSync(src, names.map((n) => `__declspec(dllexport) int ${n}(void) { return 0; }\n`).join(""));
    const many = join(dir, "pe", "many.dll");
    const r = spawnSync("x86_64-w64-mingw32-gcc", ["-shared", "-o", many, src], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
    const bytes = readFileSync(many);
    for (const n of ["C_GetFunctionList", "f0000", "f0999", "f1000", "f1999"]) {
      expect(await peExportsName(bytes, n), n).toEqual({ ok: true, exports: true, machine: 0x8664 });
    }
    for (const n of ["C_GetFunctionLis", "A", "f10000", "f2000", "zzz"]) {
      expect(await peExportsName(bytes, n), n).toEqual({ ok: true, exports: false, machine: 0x8664 });
    }
    // Through the host, within the bytes a scan allows per file: far less than the DLL.
    let read = 0;
    const counting = createNodeHost({ offline: true });
    const answer = await counting.fs.readRanges(many, (f) =>
      peExports(
        {
          size: f.size,
          read: async (o, l) => {
            const b = await f.read(o, l);
            read += b.length;
            return b;
          },
        },
        "f1999",
      ),
    );
    expect(answer).toMatchObject({ ok: true, exports: true });
    expect(read).toBeLessThanOrEqual(64 * 1024);
  }, 60_000);

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

/**
 * The bounded scan on Windows and macOS (src/host/pkcs11/module-scan.ts), run here on
 * real files through the real node host: mingw DLLs with and without
 * C_GetFunctionList, a 32-bit one, a FIFO and a folder wearing a DLL's name, and the
 * limits that keep a System32 of thousands of DLLs within the run's budget.
 */
describe("scanning folders for modules (bounded, through the host)", () => {
  const real = createNodeHost({ offline: true });
  const scanDir = join(dir, "scan");
  const limits = (over: Partial<ScanLimits> = {}): ScanLimits => ({
    ...WINDOWS_LIMITS,
    deadline: Date.now() + 60_000,
    ...over,
  });
  const scan = (roots: ScanRoot[], over: Partial<ScanLimits> = {}, maxFound = 6) =>
    scanForModules(real, roots, {
      isCandidate: isDllName,
      inspect: inspectPe("x64"),
      looksLikeModule: looksLikeModuleName,
      sep: "/",
      maxFound,
      limits: limits(over),
    });

  beforeAll(() => {
    mkdirSync(join(scanDir, "SIMA Token", "x64", "deeper", "deepest"), { recursive: true });
    mkdirSync(join(scanDir, "system32"), { recursive: true });
    mkdirSync(join(scanDir, "SIMA Token", "folder.dll"), { recursive: true });
    const module = buildTestModuleDll(join(scanDir, "SIMA Token", "x64"));
    renameSync(module, join(scanDir, "SIMA Token", "x64", "simatoken.dll"));
    buildTestModuleDll32(join(scanDir, "SIMA Token"));
    const plain = join(scanDir, "SIMA Token", "gcdep.dll");
    const gcdep = fileURLToPath(new URL("../fixtures/pkcs11-test-module/gcdep.c", import.meta.url));
    const r = spawnSync("x86_64-w64-mingw32-gcc", ["-shared", "-o", plain, gcdep], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
    // Beyond the depth looked into (the folder and two levels below).
    copyFileSync(
      join(scanDir, "SIMA Token", "x64", "simatoken.dll"),
      join(scanDir, "SIMA Token", "x64", "deeper", "deepest", "too-deep.dll"),
    );
    // A FIFO named like a DLL: opening it for reading would block a libuv worker for ever.
    execFileSync("mkfifo", [join(scanDir, "SIMA Token", "pipe.dll")]);
    writeFileSync(join(scanDir, "SIMA Token", "readme.txt"), "not a library");
    // A "System32" of many plain DLLs and, sorting last, one module.
    for (let i = 0; i < 120; i++) copyFileSync(plain, join(scanDir, "system32", `aaa${String(i).padStart(3, "0")}.dll`));
    copyFileSync(join(scanDir, "SIMA Token", "x64", "simatoken.dll"), join(scanDir, "system32", "zzvendor.dll"));
    copyFileSync(join(scanDir, "SIMA Token", "x64", "simatoken.dll"), join(scanDir, "system32", "zzpkcs11.dll"));
  }, 120_000);

  const installRoot = (): ScanRoot => ({ dir: join(scanDir, "SIMA Token"), depth: 2, source: "InstallLocation of SIMA Token" });
  const systemRoot = (): ScanRoot => ({ dir: join(scanDir, "system32"), depth: 0, source: "System32" });

  it("finds only the DLL that exports C_GetFunctionList, and names a 32-bit one as the wrong architecture", async () => {
    const r = await scan([installRoot()]);
    expect(r.modules).toEqual([{ path: join(scanDir, "SIMA Token", "x64", "simatoken.dll"), source: "InstallLocation of SIMA Token" }]);
    expect(r.wrongArch).toEqual([
      { path: join(scanDir, "SIMA Token", "testp11-32.dll"), source: "InstallLocation of SIMA Token", wrongArch: "x86 (32-bit)" },
    ]);
    // gcdep.dll, the FIFO, the folder and the two DLLs were read or refused; readme.txt never; too-deep.dll is beyond depth 2.
    expect(r.modules.some((m) => m.path.endsWith("too-deep.dll"))).toBe(false);
    expect(r.stopped).toBeUndefined();
  });

  it("reads module-like names first and stops at the file limit, saying so", async () => {
    // With 2 files allowed, the module-like "zzpkcs11.dll" is read before 120 plain DLLs that sort first.
    const r = await scan([systemRoot()], { maxFiles: 2 });
    expect(r.modules.map((m) => basename(m.path))).toEqual(["zzpkcs11.dll"]);
    expect([r.filesRead, r.stopped]).toEqual([2, "file limit"]);
    // Given the whole list, the vendor DLL with a plain name is found too, after the plain ones.
    const all = await scan([systemRoot()]);
    expect(all.modules.map((m) => basename(m.path))).toEqual(["zzpkcs11.dll", "zzvendor.dll"]);
    expect(all.filesRead).toBe(122);
  });

  it("stops at the number of modules wanted, at the deadline, and on abort", async () => {
    expect(await scan([systemRoot(), installRoot()], {}, 1)).toMatchObject({ modules: [{ source: "System32" }], stopped: "enough found" });
    expect(await scan([systemRoot()], { deadline: Date.now() - 1 })).toMatchObject({ modules: [], filesRead: 0, stopped: "deadline" });
    const aborted = new AbortController();
    aborted.abort(new Error("run ended"));
    expect(await scan([systemRoot()], { signal: aborted.signal })).toMatchObject({ modules: [], filesRead: 0, stopped: "aborted" });
    expect(await scan([systemRoot()], { maxDirs: 0 })).toMatchObject({ modules: [], stopped: "folder limit" });
    // Aborted while reading: the file being read ends there, and no other is opened.
    const during = new AbortController();
    let inspected = 0;
    const r = await scanForModules(real, [systemRoot()], {
      isCandidate: isDllName,
      inspect: async (file) => {
        if (++inspected === 3) during.abort(new Error("run ended"));
        return inspectPe("x64")(file);
      },
      sep: "/",
      maxFound: 6,
      limits: limits({ signal: during.signal }),
    });
    expect([r.stopped, r.filesRead, inspected]).toEqual(["aborted", 3, 3]);
    await expect(
      real.fs.readRanges(join(scanDir, "system32", "zzpkcs11.dll"), async (f) => f.read(0, 2), { signal: during.signal }),
    ).rejects.toThrow(/run ended/);
  });

  it("reads at most the bytes allowed per file: a DLL whose export table is beyond them is skipped", async () => {
    const r = await scan([installRoot()], { maxBytesPerFile: 1024 });
    expect(r.modules).toEqual([]);
  });

  it("FileHost.readRanges reads only the ranges asked, within the byte limit, and opens regular files only", async () => {
    const file = join(scanDir, "SIMA Token", "x64", "simatoken.dll");
    const size = statSync(file).size;
    const got = await real.fs.readRanges(file, async (f) => [
      f.size,
      (await f.read(0, 2)).toString("latin1"),
      (await f.read(size - 4, 100)).length,
      (await f.read(size + 10, 4)).length,
    ]);
    expect(got).toEqual([size, "MZ", 4, 0]);
    await expect(real.fs.readRanges(file, async (f) => f.read(0, 2048), { maxBytes: 1024 })).rejects.toThrow(/larger than 1024/);
    await expect(real.fs.readRanges(join(scanDir, "SIMA Token", "pipe.dll"), async (f) => f.read(0, 4))).rejects.toThrow(
      /not a regular file/,
    );
    await expect(real.fs.readRanges(join(scanDir, "SIMA Token", "folder.dll"), async (f) => f.read(0, 4))).rejects.toThrow(/directory/);
  });

  it("Windows: the token software's local install folders, then System32 and (64-bit Node) SysWOW64", async () => {
    // `reg query <Uninstall> /s` as Windows prints it (registry.ts documents the format).
    const uninstall = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall";
    const entry = (id: string, values: Record<string, string>) =>
      [`${uninstall}\\${id}`, ...Object.entries(values).map(([k, v]) => `    ${k}    REG_SZ    ${v}`), ""].join("\r\n");
    const stdout = [
      "",
      entry("{SIMA}", { DisplayName: "SIMA Token driver", InstallLocation: "C:\\Program Files\\SIMA Token\\" }),
      entry("Firefox", { DisplayName: "Mozilla Firefox", InstallLocation: "C:\\Program Files\\Mozilla Firefox" }),
      entry("{NET}", { DisplayName: "ePass2003 token", InstallLocation: "\\\\server\\share\\epass" }),
      entry("{REL}", { DisplayName: "Rutoken drivers", InstallLocation: "Rutoken" }),
      entry("{SAFENET}", { DisplayName: "SafeNet Authentication Client", InstallLocation: '"C:\\Program Files\\SafeNet\\"' }),
      "",
    ].join("\r\n");
    const host = (arch: string): Host => ({
      ...real,
      platform: { ...real.platform, os: "win32", arch },
      env: { SystemRoot: "C:\\WINDOWS", PROCESSOR_ARCHITECTURE: arch === "ia32" ? "x86" : "AMD64" },
      exec: async (_cmd, args) => ({
        exitCode: 0,
        signal: null,
        stdout: args.includes("/reg:32") || args[1]!.startsWith("HKCU") ? "\r\n" : stdout,
        stderr: "",
        timedOut: false,
        truncated: false,
        notFound: false,
        durationMs: 1,
      }),
    });
    const plan = await windowsScanPlan(host("x64"), { timeoutMs: 5_000 });
    expect(plan).toEqual({
      roots: [
        { dir: "C:\\Program Files\\SIMA Token", depth: 2, source: "InstallLocation of SIMA Token driver" },
        { dir: "C:\\Program Files\\SafeNet", depth: 2, source: "InstallLocation of SafeNet Authentication Client" },
        { dir: "C:\\WINDOWS\\System32", depth: 0, source: "System32" },
        { dir: "C:\\WINDOWS\\SysWOW64", depth: 0, source: "SysWOW64" },
      ],
      problems: [],
    });
    // A 32-bit Node.js is shown SysWOW64 as System32 (file system redirection): one folder.
    expect((await windowsScanPlan(host("ia32"), { timeoutMs: 5_000 })).roots.map((r) => r.source)).toEqual([
      "InstallLocation of SIMA Token driver",
      "InstallLocation of SafeNet Authentication Client",
      "System32",
    ]);
  });

  it("Windows: only token and signer software's install folders are looked into", () => {
    expect(isTokenSoftware({ name: "SIMA Token Driver" })).toBe(true);
    // reg.exe folds İ to I and ə to "?": "SİMA İmzalayıcı", "Əliyev e-imza".
    expect(isTokenSoftware({ name: "SIMA Imzalayici" })).toBe(true);
    expect(isTokenSoftware({ name: "SafeNet Authentication Client 10.8" })).toBe(true);
    expect(isTokenSoftware({ name: "Driver", publisher: "Feitian Technologies" })).toBe(true);
    expect(isTokenSoftware({ name: "Mozilla Firefox", publisher: "Mozilla" })).toBe(false);
    expect(isTokenSoftware({ name: "Microsoft Office Professional Plus 2019" })).toBe(false);
    expect(isTokenSoftware({ name: "Qt Designer" })).toBe(false);
    expect(isTokenSoftware({ name: "SIMATIC WinCC", publisher: "Siemens AG" })).toBe(false);
    expect(isTokenSoftware({ name: "SafeNet eToken PKI Client" })).toBe(true);
    expect(isTokenSoftware({ name: "SİMA" })).toBe(true);
    expect(isTokenSoftware({ name: "Driver", publisher: "SIMA" })).toBe(true);
    expect(isTokenSoftware({ name: "Online Signer", publisher: "Ministry" })).toBe(true);
  });
});

describe("macOS: modules found in /usr/local/lib, /Library/<vendor>/lib and /Library/Frameworks", () => {
  const root = join(dir, "mac");
  /** The real node host playing macOS, its file system rooted at `root`. */
  function macHost(arch: string, base = root): Host {
    const real = createNodeHost({ offline: true });
    const at = (p: string) => (p.startsWith("/") ? join(base, p) : p);
    return {
      ...real,
      platform: { ...real.platform, os: "darwin", arch },
      env: {},
      exec: async () => ({
        exitCode: null,
        signal: null,
        stdout: "",
        stderr: "",
        timedOut: false,
        truncated: false,
        notFound: true,
        durationMs: 0,
      }),
      fs: {
        ...real.fs,
        exists: (p) => real.fs.exists(at(p)),
        stat: (p) => real.fs.stat(at(p)),
        list: (p) => real.fs.list(at(p)),
        realPath: async (p) => (await real.fs.realPath(at(p)))?.slice(base.length),
        readRanges: (p, use, o) => real.fs.readRanges(at(p), use, o),
      },
    };
  }

  beforeAll(() => {
    if (!HAS_MACHO_TOOLS) return;
    const parts = join(dir, "mac-parts");
    mkdirSync(parts, { recursive: true });
    for (const d of ["usr/local/lib", "Library/Frameworks/SimaToken.framework/Versions/A", "Library/Acme/lib", "Library/Armonly/lib"]) {
      mkdirSync(join(root, d), { recursive: true });
    }
    // A framework's binary, reached through the symlink every framework has.
    const fw = machODylib(parts, "sima", "x86_64", ["C_GetFunctionList"]);
    copyFileSync(fw, join(root, "Library/Frameworks/SimaToken.framework/Versions/A/SimaToken"));
    symlinkSync("Versions/A/SimaToken", join(root, "Library/Frameworks/SimaToken.framework/SimaToken"));
    // A plain library in /usr/local/lib and one for arm64 only under a vendor's lib.
    copyFileSync(machODylib(parts, "plain", "x86_64", ["gcdep_answer"]), join(root, "usr/local/lib/libplain.dylib"));
    copyFileSync(machODylib(parts, "acme", "arm64", ["C_GetFunctionList"]), join(root, "Library/Armonly/lib/libacme-arm.dylib"));
  }, 120_000);

  it.skipIf(!HAS_MACHO_TOOLS && !process.env.CI)(
    "an Intel Mac: the framework's module is found, named by its path, the arm64-only one left aside",
    async () => {
      const found = await candidateModules(macHost("x64"), []);
      expect(found).toEqual([
        { path: "/Library/Frameworks/SimaToken.framework/SimaToken", discovered: "/Library/Frameworks", wrongArch: undefined },
      ]);
    },
  );

  it.skipIf(!HAS_MACHO_TOOLS && !process.env.CI)(
    "an Apple silicon Mac: the arm64 one; with only an Intel module, MODULE_WRONG_ARCH without loading it",
    async () => {
      const arm = await candidateModules(macHost("arm64"), []);
      expect(arm).toEqual([{ path: "/Library/Armonly/lib/libacme-arm.dylib", discovered: "/Library/Armonly/lib", wrongArch: undefined }]);
      rmSync(join(root, "Library/Armonly"), { recursive: true });
      const results = await runChecks(tokenChecks, { host: macHost("arm64"), options: runOptions({ timeoutMs: 5_000 }) });
      const mod = results.find((r) => r.id === "token.module")!;
      expect([mod.status, mod.code]).toEqual(["fail", "MODULE_WRONG_ARCH"]);
      expect(mod.data.modules).toEqual([
        expect.objectContaining({
          module: "/Library/Frameworks/SimaToken.framework/SimaToken",
          discovered: "/Library/Frameworks",
          reason: "wrong-arch",
          detail: "built for x86_64; not loaded",
        }),
      ]);
      expect(t("en", mod.remedy![0]!)).toMatch(/arm64/);
    },
  );

  it("nothing found: 'no driver', with how far the search went in the data", async () => {
    const empty = join(dir, "mac-empty");
    mkdirSync(join(empty, "usr/local/lib"), { recursive: true });
    writeFileSync(join(empty, "usr/local/lib/libnot.dylib"), "not a library");
    const results = await runChecks(tokenChecks, { host: macHost("x64", empty), options: runOptions({ timeoutMs: 5_000 }) });
    const mod = results.find((r) => r.id === "token.module")!;
    expect([mod.status, mod.code]).toEqual(["fail", "NO_MODULE"]);
    expect(mod.data.discovery).toEqual({ filesRead: 1, stopped: undefined, problems: [] });
  });
});
