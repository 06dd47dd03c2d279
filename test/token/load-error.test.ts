import { describe, expect, it } from "vitest";
import { classifyLoadError } from "../../src/host/pkcs11/load-error.js";
import { parseScQuery } from "../../src/host/pcsc/service.js";

// The Linux texts are also produced for real by the probe tests (probe.test.ts); these
// are the Windows (FormatMessage of LoadLibrary errors 126 and 193) and macOS (dyld)
// forms, which this machine cannot produce.
describe("why a PKCS#11 module did not load", () => {
  const cases: Array<[string, string, string, string?]> = [
    ["/opt/x/lib.so", "/opt/x/lib.so: cannot open shared object file: No such file or directory", "not-found"],
    ["/opt/x/lib.so", "libpcsclite.so.1: cannot open shared object file: No such file or directory", "missing-dependency", "libpcsclite.so.1"],
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
      parseScQuery("[SC] EnumQueryServicesStatus:OpenService FAILED 1060:\n\nThe specified service does not exist as an installed service.\n", 1060, false)
        .state,
    ).toBe("not-installed");
  });
});
