/**
 * Windows shows a dialog when a program crashes (Windows Error Reporting, "… has stopped
 * working") or when a DLL it loads cannot be found or read ("critical error" boxes). A
 * vendor PKCS#11 DLL that crashes inside the probe child must end that child quietly:
 * the token check reports the crash itself, and a citizen must not meet a dialog they do
 * not understand (and that keeps the process alive until it is closed). SetErrorMode
 * (Win32, errhandlingapi.h; documented flags: SEM_FAILCRITICALERRORS 0x0001,
 * SEM_NOGPFAULTERRORBOX 0x0002) is per process, so the child sets it for itself before
 * it loads the module, keeping whatever mode it had (the documentation's advice:
 * combine with the current mode rather than replace it). libuv sets these flags too
 * when Node starts on Windows (uv_init, src/win/core.c); the child does not rely on
 * that staying so and asserts them itself right before the vendor code runs.
 */

export const SEM_FAILCRITICALERRORS = 0x0001;
export const SEM_NOGPFAULTERRORBOX = 0x0002;
export const QUIET_ERROR_MODE = SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX;

/** The one kernel32 function used; the real one comes through koffi (kernel32ErrorMode). */
export interface ErrorModeApi {
  /** Sets the mode, returns the previous one. */
  SetErrorMode(mode: number): number;
}

/**
 * On Windows, adds the quiet flags to the process's error mode and returns the mode now
 * in force; elsewhere (or when kernel32 cannot be reached) does nothing and returns
 * undefined: a dialog is then possible, but the probe still runs.
 */
export function quietCrashDialogs(platform: NodeJS.Platform, api: () => ErrorModeApi): number | undefined {
  if (platform !== "win32") return undefined;
  try {
    const k = api();
    const previous = k.SetErrorMode(QUIET_ERROR_MODE) >>> 0;
    const mode = (previous | QUIET_ERROR_MODE) >>> 0;
    if (mode !== QUIET_ERROR_MODE) k.SetErrorMode(mode);
    return mode;
  } catch {
    return undefined;
  }
}

/** kernel32's SetErrorMode through koffi (UINT SetErrorMode(UINT uMode), stdcall: the x64 ABI has one convention). */
export function kernel32ErrorMode(koffi: {
  load(path: string): { func(name: string, result: string, args: string[]): (...args: unknown[]) => unknown };
}): ErrorModeApi {
  const setErrorMode = koffi.load("kernel32.dll").func("SetErrorMode", "uint32_t", ["uint32_t"]);
  return { SetErrorMode: (mode) => Number(setErrorMode(mode)) };
}
