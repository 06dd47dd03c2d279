import { describe, expect, it } from "vitest";
import { QUIET_ERROR_MODE, quietCrashDialogs, type ErrorModeApi } from "../../src/host/pkcs11/error-mode.js";

/**
 * The probe child's error mode (issue #18.10): on Windows a crashing vendor DLL must end
 * the child without a Windows Error Reporting or critical-error dialog. The kernel32
 * seam records what the child asks of it; under Wine the real call runs (token.test.ts,
 * "a module that crashes is contained").
 */

function recordingKernel32(current: number): ErrorModeApi & { calls: number[] } {
  let mode = current;
  const calls: number[] = [];
  return {
    calls,
    SetErrorMode(m: number) {
      calls.push(m);
      const previous = mode;
      mode = m;
      return previous;
    },
  };
}

describe("quietCrashDialogs", () => {
  it("on win32 sets SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX", () => {
    const k = recordingKernel32(0);
    expect(quietCrashDialogs("win32", () => k)).toBe(0x0003);
    expect(QUIET_ERROR_MODE).toBe(0x0003);
    expect(k.calls).toEqual([0x0003]);
  });

  it("keeps a mode the process already had (SEM_NOOPENFILEERRORBOX 0x8000)", () => {
    const k = recordingKernel32(0x8000);
    expect(quietCrashDialogs("win32", () => k)).toBe(0x8003);
    expect(k.calls).toEqual([0x0003, 0x8003]);
  });

  it("does nothing elsewhere", () => {
    const k = recordingKernel32(0);
    for (const p of ["linux", "darwin"] as const) expect(quietCrashDialogs(p, () => k)).toBeUndefined();
    expect(k.calls).toEqual([]);
  });

  it("a kernel32 that cannot be reached does not stop the probe", () => {
    expect(
      quietCrashDialogs("win32", () => {
        throw new Error("koffi: no win32 package");
      }),
    ).toBeUndefined();
  });
});
