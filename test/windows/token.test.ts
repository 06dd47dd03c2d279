/**
 * The token group on Windows for real: Windows node.exe under Wine, the package as
 * `npm ci --os=win32 --cpu=x64` installs it (no pkcs11js add-on that loads there, so
 * koffi serves), and the test PKCS#11 module cross-compiled to a DLL (Cryptoki
 * structures packed to 1 byte, CK_ULONG 32-bit). Each state is also run on Linux with
 * the same module built as a .so, and the PKCS#11-driven verdicts must be the same.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";
import {
  buildTestModule,
  buildTestModuleDll,
  buildTestModuleDll32,
  buildTestModuleDllMissingDependency,
  buildTestModuleMissingDependency,
  loginCount,
  makeCert,
  opensslDate,
} from "../token/parts.js";
import { PREPARE_TIMEOUT_MS, prepareWine, runCliUnderWine, winPath, WINE_REQUIRED } from "./wine.js";

interface Check {
  id: string;
  status: string;
  code: string;
  message: string;
  data: Record<string, unknown>;
}
interface Doc {
  summary: { exitCode: number };
  checks: Check[];
}

/** The checks that read the PKCS#11 module (USB and service detection differ by OS on purpose). */
/**
 * One CLI run under Wine takes 2-10 s on an idle machine and several times that on a
 * loaded one (each Windows process start is costly there); a test may run two.
 */
const WINE_TEST_TIMEOUT_MS = 240_000;

const PKCS11_CHECKS = ["token.module", "token.present", "token.pin-state", "token.certificates", "token.login"];

const dir = tempDir("gc-wine-token-");
const parts = {
  so: "",
  dll: "",
  soNeedsDep: "",
  dllNeedsDep: "",
  notALibrary: "",
  validCert: "",
  expiredCert: "",
  loginCounter: join(dir, "logins.txt"),
};

/** One state of the module, given by the test module's environment variables (file paths as Unix paths). */
interface State {
  name: string;
  env?: Record<string, string>;
  /** Which module file; the test module by default. */
  module?: "needs-dep" | "not-a-library";
  args?: string[];
  expect: Record<string, [string, string]>;
  /** What token.module's data must show on Windows besides. */
  windowsModule?: Record<string, unknown>;
}

const STATES: State[] = [
  {
    name: "a token with a valid certificate passes",
    env: { TESTP11_CERT: "validCert" },
    expect: {
      "token.module": ["pass", "MODULES_OK"],
      "token.present": ["pass", "TOKEN_PRESENT"],
      "token.pin-state": ["pass", "PIN_OK"],
      "token.certificates": ["pass", "TOKEN_CERT_OK"],
    },
  },
  {
    name: "an expired certificate fails",
    env: { TESTP11_CERT: "expiredCert" },
    expect: { "token.certificates": ["fail", "TOKEN_CERT_EXPIRED"] },
  },
  { name: "PIN tries running low", env: { TESTP11_FLAGS: "COUNT_LOW" }, expect: { "token.pin-state": ["warn", "PIN_COUNT_LOW"] } },
  { name: "PIN in its final try", env: { TESTP11_FLAGS: "FINAL_TRY" }, expect: { "token.pin-state": ["fail", "PIN_FINAL_TRY"] } },
  { name: "PIN locked", env: { TESTP11_FLAGS: "LOCKED" }, expect: { "token.pin-state": ["fail", "PIN_LOCKED"] } },
  // The slot named as Windows' inbox CCID driver names a reader: an empty one asks for the ID card (#19.13).
  {
    name: "an empty reader",
    env: { TESTP11_NO_TOKEN: "1", TESTP11_SLOT_DESCRIPTION: "Microsoft Usbccid Smartcard Reader (WUDF) 0" },
    expect: { "token.present": ["fail", "NO_CARD_IN_READER"] },
  },
  {
    name: "a module that crashes is contained",
    env: { TESTP11_CRASH: "C_GetTokenInfo" },
    expect: { "token.module": ["error", "MODULE_CRASHED"] },
    // The NTSTATUS of an access violation, Windows' SIGSEGV.
    windowsModule: { result: "crashed", exitCode: 0xc0000005 },
  },
  {
    name: "a module that hangs is contained",
    env: { TESTP11_HANG: "C_GetSlotList" },
    args: ["--timeout", "8000"],
    expect: { "token.module": ["timeout", "MODULE_TIMEOUT"] },
  },
  { name: "a file that is no library", module: "not-a-library", expect: { "token.module": ["fail", "MODULE_NOT_A_LIBRARY"] } },
  {
    name: "a module whose dependency is missing",
    module: "needs-dep",
    expect: { "token.module": ["fail", "MODULE_MISSING_DEPENDENCY"] },
    windowsModule: { result: "load-failed", reason: "missing-dependency" },
  },
];

/** Windows runs that reached the module (each with TESTP11_LOGIN_COUNT set). */
let windowsRuns = 0;

function moduleFor(state: State, windows: boolean): string {
  if (state.module === "needs-dep") return windows ? parts.dllNeedsDep : parts.soNeedsDep;
  if (state.module === "not-a-library") return parts.notALibrary;
  return windows ? parts.dll : parts.so;
}

/** The state's environment; values naming a part become that file's path (a Windows path for Wine). */
function envFor(state: State, windows: boolean): Record<string, string> {
  const path = (p: string) => (windows ? winPath(p) : p);
  const env: Record<string, string> = { TESTP11_LOGIN_COUNT: path(parts.loginCounter) };
  for (const [k, v] of Object.entries(state.env ?? {})) {
    env[k] = v === "validCert" || v === "expiredCert" ? path(parts[v]) : v;
  }
  return env;
}

function verdicts(doc: Doc): Record<string, [string, string]> {
  return Object.fromEntries(doc.checks.filter((c) => PKCS11_CHECKS.includes(c.id)).map((c) => [c.id, [c.status, c.code]]));
}

describe.skipIf(!WINE_REQUIRED)("token checks on Windows (node.exe under Wine, a mingw-w64 DLL, koffi)", () => {
  beforeAll(async () => {
    parts.so = buildTestModule(dir);
    parts.dll = buildTestModuleDll(dir);
    parts.soNeedsDep = buildTestModuleMissingDependency(dir);
    parts.dllNeedsDep = buildTestModuleDllMissingDependency(dir);
    parts.notALibrary = join(dir, "not-a-library.dll");
    writeFileSync(parts.notALibrary, "this is a text file, not a library\r\n".repeat(40));
    const valid = makeCert(dir, "valid", { cn: "Test User", fin: "1AB2C3D", start: opensslDate(-20), end: opensslDate(400) });
    const expired = makeCert(dir, "expired", { cn: "Test User", fin: "1AB2C3D", start: opensslDate(-800), end: opensslDate(-35) });
    parts.validCert = valid.certDer;
    parts.expiredCert = expired.certDer;
    await prepareWine();
  }, PREPARE_TIMEOUT_MS);

  for (const state of STATES) {
    it(`${state.name}: the same verdicts as on Linux`, async () => {
      // node.exe under Wine starts a probe child in 1-3 s, many more on a loaded machine:
      // a generous per-module deadline, except where the hang is the point.
      const args = ["token", "--json", ...(state.args ?? ["--timeout", "40000"])];
      const [linux, windows] = await Promise.all([
        runCli([...args, "--module", moduleFor(state, false)], { env: envFor(state, false) }),
        runCliUnderWine([...args, "--module", winPath(moduleFor(state, true))], { env: envFor(state, true) }),
      ]);
      const linuxDoc = JSON.parse(linux.stdout) as Doc;
      let winDoc: Doc;
      try {
        winDoc = JSON.parse(windows.stdout) as Doc;
      } catch {
        throw new Error(`no JSON from the Windows run (exit ${windows.code}):\n${windows.stdout}\n${windows.stderr}`);
      }
      windowsRuns++;
      const mod = winDoc.checks.find((c) => c.id === "token.module")!;
      const got = verdicts(winDoc);
      for (const [id, want] of Object.entries(state.expect)) {
        expect(got[id], `${id} on Windows: ${JSON.stringify(mod.data)}`).toEqual(want);
      }
      expect(got).toEqual(verdicts(linuxDoc));
      if (state.windowsModule) expect((mod.data as { modules: unknown[] }).modules[0]).toMatchObject(state.windowsModule);
      expect(windows.code).toBe(winDoc.summary.exitCode);
      // On Windows the module is read through koffi: there is no compiler to build pkcs11js.
      if ((mod.data as { binding?: string }).binding !== undefined) expect((mod.data as { binding?: string }).binding).toBe("koffi");
    });
  }

  it(
    "a 32-bit driver DLL under 64-bit Node: MODULE_WRONG_ARCH from Windows' own refusal, with the matching-architecture step",
    async () => {
      // What a citizen meets when a vendor installs only a 32-bit module, or names the one
      // in SysWOW64: LoadLibrary refuses it (error 193), and the file's PE header says why.
      const dll32 = buildTestModuleDll32(dir);
      const r = await runCliUnderWine(["token", "--json", "--lang", "en", "--timeout", "40000", "--module", winPath(dll32)]);
      const doc = JSON.parse(r.stdout) as Doc;
      const mod = doc.checks.find((c) => c.id === "token.module")! as Check & { remedy: string[] };
      expect([mod.status, mod.code], JSON.stringify(mod.data)).toEqual(["fail", "MODULE_WRONG_ARCH"]);
      expect((mod.data as { modules: unknown[] }).modules[0]).toMatchObject({ result: "load-failed", reason: "wrong-arch" });
      expect(mod.message).toContain("testp11-32.dll");
      expect(mod.remedy.join(" ")).toMatch(/64-bit/);
      expect(r.code).toBe(doc.summary.exitCode);
    },
    WINE_TEST_TIMEOUT_MS,
  );

  it(
    "reads the module through koffi and the DLL's own identity (packed structures read at the right offsets)",
    async () => {
      const r = await runCliUnderWine(["token", "--json", "--no-redact", "--timeout", "40000", "--module", winPath(parts.dll)], {
        env: { TESTP11_LABEL: "Windows Token", TESTP11_FLAGS: "COUNT_LOW" },
      });
      const doc = JSON.parse(r.stdout) as Doc;
      const mod = doc.checks.find((c) => c.id === "token.module")!;
      expect(mod.data).toMatchObject({
        binding: "koffi",
        modules: [
          {
            result: "ok",
            binding: "koffi",
            library: {
              manufacturer: "guzestli-check tests",
              description: "misbehaving test module",
              cryptokiVersion: "2.40",
              libraryVersion: "1.0",
            },
          },
        ],
      });
      const present = doc.checks.find((c) => c.id === "token.present")!;
      expect(present.data.tokens).toEqual([
        expect.objectContaining({ label: "Windows Token", model: "TESTP11", serial: "TP11SERIAL0042" }),
      ]);
      const pin = doc.checks.find((c) => c.id === "token.pin-state")!;
      expect(pin.code).toBe("PIN_COUNT_LOW");
    },
    WINE_TEST_TIMEOUT_MS,
  );

  it(
    "hands the token's certificate to the certs group in `all` (no compiler needed to see it)",
    async () => {
      const args = ["all", "--offline", "--json", "--timeout", "40000"];
      const [linux, windows] = await Promise.all([
        runCli([...args, "--module", parts.so], { env: { TESTP11_CERT: parts.validCert } }),
        runCliUnderWine([...args, "--module", winPath(parts.dll)], { env: { TESTP11_CERT: winPath(parts.validCert) } }),
      ]);
      const pick = (doc: Doc) =>
        doc.checks.filter((c) => c.id === "token.certificates" || c.id === "certs.user-validity").map((c) => [c.id, c.status, c.code]);
      const got = pick(JSON.parse(windows.stdout) as Doc);
      expect(got).toEqual([
        ["token.certificates", "pass", "TOKEN_CERT_OK"],
        ["certs.user-validity", "pass", "CERT_VALID"],
      ]);
      expect(got).toEqual(pick(JSON.parse(linux.stdout) as Doc));
    },
    WINE_TEST_TIMEOUT_MS,
  );

  it(
    "the probe child runs the module under SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX (no crash dialog)",
    async () => {
      // The module writes GetErrorMode() as it sees it in C_Initialize. libuv already sets
      // these flags when Node starts on Windows (uv_init in src/win/core.c); the child sets
      // them again through koffi right before the load, and this guards that the module
      // runs under them. (Wine starts its debugger on a crash whatever the mode, a FIXME in
      // its UnhandledExceptionFilter, so the mode is read here rather than the crash's
      // side effects; the crash itself stays reported, "a module that crashes is contained".)
      const modeFile = join(dir, "error-mode.txt");
      const r = await runCliUnderWine(["token", "--json", "--timeout", "40000", "--module", winPath(parts.dll)], {
        env: { TESTP11_ERROR_MODE: winPath(modeFile) },
      });
      expect(r.stdout).toContain("token.module");
      const mode = parseInt(readFileSync(modeFile, "utf8").trim(), 16);
      expect(mode & 0x0003).toBe(0x0003);
    },
    WINE_TEST_TIMEOUT_MS,
  );

  it("never calls C_Login without --login (the module counts every call)", () => {
    // Every run above had TESTP11_LOGIN_COUNT set; the PIN-state runs are where a careless tool would try.
    expect(windowsRuns).toBe(STATES.length);
    expect(loginCount(parts.loginCounter)).toBe(0);
  });
});
