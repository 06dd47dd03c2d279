import { describe, expect, it } from "vitest";
import { classifyLoadError } from "../../src/host/pkcs11/load-error.js";
import { parseScQuery } from "../../src/host/pcsc/service.js";

// The Linux texts are also produced for real by the probe tests (probe.test.ts); these
// are the Windows (FormatMessage of LoadLibrary errors 126 and 193) and macOS (dyld)
// forms, which this machine cannot produce.
describe("why a PKCS#11 module did not load", () => {
  const cases: Array<[string, string, string, string?]> = [
    ["/opt/x/lib.so", "/opt/x/lib.so: cannot open shared object file: No such file or directory", "not-found"],
    [
      "/opt/x/lib.so",
      "libpcsclite.so.1: cannot open shared object file: No such file or directory",
      "missing-dependency",
      "libpcsclite.so.1",
    ],
    ["/opt/x/lib.so", "/opt/x/lib.so: wrong ELF class: ELFCLASS32", "wrong-arch"],
    ["/opt/x/lib.so", "/opt/x/lib.so: invalid ELF header", "not-a-library"],
    ["/opt/x/lib.so", "/opt/x/lib.so: undefined symbol: C_GetFunctionList", "not-pkcs11"],
    ["C:\\Windows\\System32\\eTPKCS11.dll", "The specified module could not be found.\r\n", "not-found"],
    ["C:\\Windows\\System32\\eTPKCS11.dll", "%1 is not a valid Win32 application.\r\n", "wrong-arch"],
    [
      "/usr/local/lib/libeTPkcs11.dylib",
      "dlopen(/usr/local/lib/libeTPkcs11.dylib, 0x0001): tried: '/usr/local/lib/libeTPkcs11.dylib' (mach-o file, but is an incompatible architecture (have 'x86_64', need 'arm64e' or 'arm64'))",
      "wrong-arch",
    ],
    [
      "/usr/local/lib/libx.dylib",
      "dlopen(/usr/local/lib/libx.dylib, 0x0001): tried: '/usr/local/lib/libx.dylib' (no such file)",
      "not-found",
    ],
    [
      "/usr/local/lib/libx.dylib",
      "dlopen(/usr/local/lib/libx.dylib, 0x0001): Library not loaded: @rpath/libcrypto.3.dylib",
      "missing-dependency",
      "@rpath/libcrypto.3.dylib",
    ],
  ];
  for (const [module, text, reason, dependency] of cases) {
    it(`${reason}: ${text.slice(0, 60)}`, () => {
      const f = classifyLoadError(module, text);
      expect(f.reason).toBe(reason);
      if (dependency) expect(f.dependency).toBe(dependency);
    });
  }
});

// Windows' LoadLibrary errors as the bindings give them: pkcs11js writes the number
// ("Win32 error 126"), koffi the system text with its prefix and Windows' "\r\n".
// The same number has two causes; the file decides (the probe child reports whether it
// exists and its first bytes). Both bindings' real texts are also produced under Wine
// in test/windows/token.test.ts.
describe("why a Windows PKCS#11 DLL did not load", () => {
  const dll = "C:\\Program Files\\Vendor\\eTPKCS11.dll";
  const missing = { exists: false };
  const pe = { exists: true, magicHex: "4d5a9000" };
  const text = { exists: true, magicHex: "74686973" };
  const cases: Array<[string, { exists: boolean; magicHex?: string } | undefined, string]> = [
    ["Win32 error 126", missing, "not-found"],
    ["Win32 error 126", pe, "missing-dependency"],
    ["Win32 error 126\r", pe, "missing-dependency"],
    ["Failed to load shared library: The specified module could not be found.\r\n", missing, "not-found"],
    ["Failed to load shared library: The specified module could not be found.\r\n", pe, "missing-dependency"],
    ["Win32 error 193", pe, "wrong-arch"],
    ["Win32 error 193", text, "not-a-library"],
    ["Failed to load shared library: %1 is not a valid Win32 application.\r\n", text, "not-a-library"],
    ["Failed to load shared library: %1 is not a valid Win32 application.\r\n", pe, "wrong-arch"],
    // Without facts about the file, the earlier reading stands.
    ["Win32 error 126", undefined, "not-found"],
    ["Win32 error 193", undefined, "wrong-arch"],
    ["Win32 error 5", pe, "other"],
    // Wine's texts for the same errors (seen for real in test/windows/token.test.ts).
    ["Failed to load shared library: Module not found.", pe, "missing-dependency"],
    ["Failed to load shared library: Module not found.", missing, "not-found"],
    ["Failed to load shared library: End of file.", text, "not-a-library"],
    // koffi's own refusal after reading the PE header (seen for real: a 32-bit DLL under
    // 64-bit node.exe in test/windows/token.test.ts), with or without its prefix.
    ["Cannot load 'Intel 386+' DLL in 'AMD x64' process", pe, "wrong-arch"],
    ["Failed to load shared library: Cannot load 'ARM64 little endian' DLL in 'AMD x64' process\r\n", pe, "wrong-arch"],
    ["Cannot find function 'C_GetFunctionList' in shared library", pe, "not-pkcs11"],
  ];
  for (const [message, file, reason] of cases) {
    it(`${reason}: ${JSON.stringify(message).slice(0, 70)} ${file ? JSON.stringify(file) : "(no file facts)"}`, () => {
      expect(classifyLoadError(dll, message, file)).toEqual({ reason });
    });
  }
});

// koffi on Linux drops the module's own path from dlerror's text (seen for real in probe.test.ts).
describe("why a module did not load, as koffi says it on Linux", () => {
  it("tells a missing module from a missing library it needs by the file's existence", () => {
    const t = "Failed to load shared library: cannot open shared object file: No such file or directory";
    expect(classifyLoadError("/opt/x/lib.so", t, { exists: false })).toEqual({ reason: "not-found" });
    expect(classifyLoadError("/opt/x/lib.so", t, { exists: true, magicHex: "7f454c46" })).toEqual({ reason: "missing-dependency" });
    expect(
      classifyLoadError(
        "/opt/x/lib.so",
        "Failed to load shared library: libgcdep.so: cannot open shared object file: No such file or directory",
        {
          exists: true,
        },
      ),
    ).toEqual({ reason: "missing-dependency", dependency: "libgcdep.so" });
    expect(classifyLoadError("/opt/x/lib.so", "Failed to load shared library: invalid ELF header")).toEqual({ reason: "not-a-library" });
    expect(classifyLoadError("/opt/x/lib.so", "Failed to load shared library: wrong ELF class: ELFCLASS32")).toEqual({
      reason: "wrong-arch",
    });
  });
});

// `sc.exe query SCardSvr` (the STATE number is not translated on localised Windows).
describe("the Windows Smart Card service state", () => {
  const running = `
SERVICE_NAME: SCardSvr
        TYPE               : 20  WIN32_SHARE_PROCESS
        STATE              : 4  RUNNING
                                (STOPPABLE, NOT_PAUSABLE, IGNORES_SHUTDOWN)
        WIN32_EXIT_CODE    : 0  (0x0)
        SERVICE_EXIT_CODE  : 0  (0x0)
        CHECKPOINT         : 0x0
        WAIT_HINT          : 0x0
`;
  it("reads running, stopped, disabled and missing", () => {
    expect(parseScQuery(running, 0, false).state).toBe("running");
    expect(parseScQuery(running.replace("4  RUNNING", "1  STOPPED"), 0, false)).toMatchObject({ state: "stopped", disabled: false });
    expect(parseScQuery(running.replace("4  RUNNING", "1  STOPPED"), 0, true)).toMatchObject({ state: "stopped", disabled: true });
    expect(
      parseScQuery(
        "[SC] EnumQueryServicesStatus:OpenService FAILED 1060:\n\nThe specified service does not exist as an installed service.\n",
        1060,
        false,
      ).state,
    ).toBe("not-installed");
  });
});
