/**
 * Why a PKCS#11 module did not load, read from the loader's own text: glibc dlerror()
 * on Linux, dyld on macOS, LoadLibrary's system message on Windows (error 126 "The
 * specified module could not be found.", error 193 "%1 is not a valid Win32
 * application."). pkcs11js passes these texts through unchanged, and reports a missing
 * C_GetFunctionList symbol itself.
 */
export type LoadFailureReason =
  | "not-found"
  | "missing-dependency"
  | "not-pkcs11"
  | "wrong-arch"
  | "not-a-library"
  | "other";

export interface LoadFailure {
  reason: LoadFailureReason;
  /** For missing-dependency: the library the module needs that is not there. */
  dependency?: string;
}

export function classifyLoadError(modulePath: string, text: string): LoadFailure {
  if (/C_GetFunctionList/.test(text)) return { reason: "not-pkcs11" };
  if (
    /wrong ELF class|ELFCLASS(32|64)|not a valid Win32 application|incompatible architecture|wrong architecture|Exec format error/i.test(
      text,
    )
  ) {
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
  // dyld: "Library not loaded: @rpath/libfoo.dylib" names a dependency.
  const dyldDep = /Library not loaded: (\S+)/.exec(text);
  if (dyldDep) return { reason: "missing-dependency", dependency: dyldDep[1] };
  if (/no such file|image not found|specified module could not be found|cannot find the file/i.test(text)) {
    return { reason: "not-found" };
  }
  return { reason: "other" };
}

function baseName(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}
