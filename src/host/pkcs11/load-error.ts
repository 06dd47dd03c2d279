/**
 * Why a PKCS#11 module did not load, read from the loader's own text and from what
 * the file itself shows:
 * - glibc dlerror() on Linux ("<file>: cannot open shared object file: ..."), passed
 *   through by pkcs11js; koffi prefixes "Failed to load shared library: " and drops
 *   the module's own path, so a missing file and a missing dependency read alike
 *   there and the file's existence decides;
 * - dyld on macOS;
 * - LoadLibrary on Windows: pkcs11js says "Win32 error <n>", koffi the system text
 *   (FormatMessage, ending in "\r\n"). Error 126 (ERROR_MOD_NOT_FOUND, "The specified
 *   module could not be found.") is the module OR a DLL it needs; error 193
 *   (ERROR_BAD_EXE_FORMAT, "%1 is not a valid Win32 application.") is a file that is
 *   no DLL at all OR a DLL of the other architecture (32-bit beside 64-bit Node.js).
 *   Under Wine the texts differ ("Module not found.", "End of file." for a text file).
 *   koffi reads a DLL's PE header itself before LoadLibrary and refuses the other
 *   architecture in its own words: "Cannot load 'Intel 386+' DLL in 'AMD x64' process"
 *   (the format string in koffi's Windows binary: "Cannot load '%1' DLL in '%2' process").
 * A missing C_GetFunctionList is said by the binding itself.
 */
import type { ModuleFileFacts } from "./protocol.js";

export type LoadFailureReason = "not-found" | "missing-dependency" | "not-pkcs11" | "wrong-arch" | "not-a-library" | "other";

export interface LoadFailure {
  reason: LoadFailureReason;
  /** For missing-dependency: the library the module needs that is not there, when the loader names it. */
  dependency?: string;
}

/** "MZ": every Windows executable and DLL starts so. */
const PE_MAGIC = "4d5a";
/** The first bytes of a loadable library on some platform: PE ("MZ"), ELF, Mach-O (thin and fat, both byte orders). */
const LIBRARY_MAGICS = [PE_MAGIC, "7f454c46", "feedface", "feedfacf", "cefaedfe", "cffaedfe", "cafebabe"];

/** The file is there and is no library of any kind (a text file, an installer's leftover): whatever the loader said. */
function plainlyNotALibrary(file: ModuleFileFacts | undefined): boolean {
  if (!file?.exists || file.magicHex === undefined) return false;
  return !LIBRARY_MAGICS.some((m) => file.magicHex!.startsWith(m));
}

export function classifyLoadError(modulePath: string, rawText: string, file?: ModuleFileFacts): LoadFailure {
  const text = rawText
    .replace(/\r?\n$/, "")
    .replace(/\r$/, "")
    .replace(/^Failed to load shared library:\s*/, "");
  if (/C_GetFunctionList/.test(text)) return { reason: "not-pkcs11" };
  // Wine, for one, answers a text file with "End of file." rather than error 193.
  if (plainlyNotALibrary(file)) return { reason: "not-a-library" };

  const win32 = windowsError(text);
  if (win32 === 126) {
    // The module itself, or a DLL it needs: only the file's existence tells.
    return file?.exists === true ? { reason: "missing-dependency" } : { reason: "not-found" };
  }
  if (win32 === 193) {
    if (file?.magicHex !== undefined && !file.magicHex.startsWith(PE_MAGIC)) return { reason: "not-a-library" };
    return { reason: "wrong-arch" };
  }

  if (/^Cannot load '[^']+' DLL in '[^']+' process$/.test(text)) return { reason: "wrong-arch" };
  if (/wrong ELF class|ELFCLASS(32|64)|incompatible architecture|wrong architecture|Exec format error/i.test(text)) {
    return { reason: "wrong-arch" };
  }
  if (/invalid ELF header|file too short|not a mach-o file|slice is not valid mach-o|not a valid image/i.test(text)) {
    return { reason: "not-a-library" };
  }
  // glibc: "<file>: cannot open shared object file: No such file or directory", where
  // <file> is the module itself or a library it links against.
  const glibc = /(?:^|: )([^:]+): cannot open shared object file: No such file or directory/.exec(text);
  if (glibc) {
    const missing = glibc[1]!.trim();
    if (missing === modulePath || baseName(missing) === baseName(modulePath)) return { reason: "not-found" };
    return { reason: "missing-dependency", dependency: missing };
  }
  // The same without a name (koffi drops the module's path).
  if (/^cannot open shared object file: No such file or directory/.test(text)) {
    return file?.exists === true ? { reason: "missing-dependency" } : { reason: "not-found" };
  }
  // dyld: "Library not loaded: @rpath/libfoo.dylib" names a dependency.
  const dyldDep = /Library not loaded: (\S+)/.exec(text);
  if (dyldDep) return { reason: "missing-dependency", dependency: dyldDep[1] };
  if (/no such file|image not found|cannot find the file/i.test(text)) {
    return { reason: "not-found" };
  }
  return { reason: "other" };
}

/** The Win32 error number: pkcs11js writes it, koffi gives the system's (English) text. */
function windowsError(text: string): number | undefined {
  const n = /\bWin32 error (\d+)\b/i.exec(text);
  if (n) return Number(n[1]);
  // Windows' text, and Wine's ("Module not found.").
  if (/specified module could not be found|^Module not found\.?$/i.test(text)) return 126;
  if (/is not a valid Win32 application/i.test(text)) return 193;
  return undefined;
}

function baseName(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}
