/**
 * #19.14 on Windows for real: the "SİMA Token driver" publishes no module file name,
 * so with no catalogue module the tool looks in the install folders of token software
 * (Uninstall `InstallLocation`, written here with Wine's reg.exe) and in System32 /
 * SysWOW64, and takes only DLLs whose PE export table names C_GetFunctionList, read
 * from the bytes. Windows node.exe under Wine, the test PKCS#11 module cross-compiled
 * with mingw-w64 (64- and 32-bit) beside a DLL without the export.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFileSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { tempDir } from "../helpers/tmp.js";
import { buildTestModuleDll, buildTestModuleDll32 } from "../token/parts.js";
import { PREPARE_TIMEOUT_MS, prepareWine, runUnderWine, winPath, WINE_REQUIRED, type WineSetup } from "./wine.js";
import { createWinePrefix, type WinePrefix } from "./wine-prefix.js";

interface Check {
  id: string;
  status: string;
  code: string;
  message: string;
  remedy?: string[];
  data: Record<string, unknown>;
}

const WINE_TEST_TIMEOUT_MS = 300_000;
const KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{GUZ-TEST-SIMA-TOKEN}";
const dir = tempDir("gc-wine-discovery-");
const install = join(dir, "SIMA Token");
const install32 = join(dir, "SIMA Token 32");

/**
 * A prefix of this file's own: what it installs (an Uninstall entry, a DLL in
 * System32) would change the token verdicts of the other Windows test files, which
 * share the run's prefix and may run at the same time. node.exe and the app copy are
 * the shared ones.
 */
let own: WinePrefix;
let setup: WineSetup;

async function tokenModule(): Promise<Check> {
  const cli = join(setup.appDir, "bin", "guzestli-check.js");
  const r = await runUnderWine(
    setup.nodeExe,
    [cli, "token", "--json", "--lang", "en", "--no-redact", "--timeout", "40000"],
    { timeoutMs: 240_000, env: { NO_COLOR: "1", LANG: "en_US.UTF-8" } },
    { ...setup, prefix: own.dir },
  );
  try {
    const doc = JSON.parse(r.stdout) as { checks: Check[] };
    return doc.checks.find((c) => c.id === "token.module")!;
  } catch {
    throw new Error(`no JSON from the Windows run (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
}

describe.skipIf(!WINE_REQUIRED)("finding the token driver nobody listed, on Windows (node.exe under Wine)", () => {
  beforeAll(async () => {
    // The module one folder down (drivers keep it in "x64", "pkcs11", …), a DLL without
    // C_GetFunctionList beside the folder, and elsewhere a 32-bit build only.
    mkdirSync(join(install, "x64"), { recursive: true });
    renameSync(buildTestModuleDll(join(install, "x64")), join(install, "x64", "simatoken.dll"));
    const gcdep = fileURLToPath(new URL("../fixtures/pkcs11-test-module/gcdep.c", import.meta.url));
    const r = spawnSync("x86_64-w64-mingw32-gcc", ["-shared", "-o", join(install, "simautil.dll"), gcdep], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
    mkdirSync(install32, { recursive: true });
    renameSync(buildTestModuleDll32(install32), join(install32, "simatoken32.dll"));
    setup = await prepareWine();
    own = createWinePrefix();
    own.reg("add", KEY, "/v", "DisplayName", "/d", "SİMA Token driver", "/f");
    own.reg("add", KEY, "/v", "Publisher", "/d", "B.EST", "/f");
  }, PREPARE_TIMEOUT_MS);

  afterAll(() => own?.dispose(), 120_000);

  it(
    "finds the DLL that exports C_GetFunctionList in the program's InstallLocation, ignores the other, names it by file and maker",
    async () => {
      own.reg("add", KEY, "/v", "InstallLocation", "/d", `${winPath(install)}\\`, "/f");
      const mod = await tokenModule();
      expect([mod.status, mod.code], JSON.stringify(mod.data)).toEqual(["pass", "MODULES_OK"]);
      expect(mod.data.modules).toEqual([
        expect.objectContaining({
          module: winPath(join(install, "x64", "simatoken.dll")),
          // reg.exe folds "SİMA" to the console code page.
          discovered: "InstallLocation of SIMA Token driver",
          result: "ok",
          library: expect.objectContaining({ manufacturer: "guzestli-check tests" }),
        }),
      ]);
      expect(mod.message).toContain("simatoken.dll (guzestli-check tests, misbehaving test module)");
    },
    WINE_TEST_TIMEOUT_MS,
  );

  it(
    "a 32-bit module only: MODULE_WRONG_ARCH with the matching-architecture step, the DLL never loaded",
    async () => {
      own.reg("add", KEY, "/v", "InstallLocation", "/d", winPath(install32), "/f");
      const mod = await tokenModule();
      expect([mod.status, mod.code], JSON.stringify(mod.data)).toEqual(["fail", "MODULE_WRONG_ARCH"]);
      expect(mod.data.modules).toEqual([
        expect.objectContaining({
          module: winPath(join(install32, "simatoken32.dll")),
          reason: "wrong-arch",
          // Said from the PE header; a load attempt would have left koffi's or Windows' words here.
          detail: "built for x86 (32-bit); not loaded",
        }),
      ]);
      expect(mod.remedy?.join(" ")).toMatch(/64-bit/);
    },
    WINE_TEST_TIMEOUT_MS,
  );

  it(
    "a module in System32 is found whatever the program calls itself",
    async () => {
      own.reg("delete", KEY, "/f");
      const system32 = join(own.dir, "drive_c", "windows", "system32");
      copyFileSync(join(install, "x64", "simatoken.dll"), join(system32, "zzsimatoken.dll"));
      copyFileSync(join(install, "simautil.dll"), join(system32, "zzsimautil.dll"));
      try {
        const mod = await tokenModule();
        expect([mod.status, mod.code], JSON.stringify(mod.data)).toEqual(["pass", "MODULES_OK"]);
        expect(mod.data.modules).toEqual([
          expect.objectContaining({ module: "C:\\windows\\System32\\zzsimatoken.dll", discovered: "System32", result: "ok" }),
        ]);
      } finally {
        rmSync(join(system32, "zzsimatoken.dll"));
        rmSync(join(system32, "zzsimautil.dll"));
      }
    },
    WINE_TEST_TIMEOUT_MS,
  );
});
