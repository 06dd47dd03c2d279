import type { Host } from "../host.js";

/**
 * The one place that reads the Windows registry. It runs `reg.exe query`, a small
 * console program present on every Windows since XP, instead of PowerShell: a
 * PowerShell start costs 0.3–2 s, reg.exe a few milliseconds.
 *
 * Output format of `reg query <key> [/s]` (Microsoft's "reg query" reference, and
 * what Wine's reg.exe prints, captured in test/windows/fixtures):
 *
 *   \r\n
 *   HKEY_CURRENT_USER\Software\Guzestli\Test\r\n
 *       (Default)    REG_SZ    default val\r\n
 *       Dw    REG_DWORD    0x2a\r\n
 *       Multi    REG_MULTI_SZ    a\0b c\0d\r\n
 *   \r\n
 *   HKEY_CURRENT_USER\Software\Guzestli\Test\Sub Key\r\n
 *
 * A key line starts in column 0; a value line is indented by four spaces and its
 * three fields (name, type, data) are separated by four spaces. Names and data may
 * hold single spaces, so the type word (REG_*) is what anchors the split. Without /s,
 * reg.exe lists the subkeys after the values by path only; they come back as keys
 * with no values (their values were not asked for).
 *
 * Text encoding (what we found): reg.exe writing to a pipe converts its UTF-16
 * strings to the console's OEM code page. Wine 8 prints "SİMA İmzalayıcı Aysəl" as
 * "SIMA Imzalayici Ays?l" (best-fit ASCII, "?" where none exists) whatever `chcp`
 * says: `cmd /c "chcp 65001 & reg query …"` changed nothing. On Windows, code page 437
 * or 866 best-fits the same way, while code page 857 (Azerbaijani, Turkish locales)
 * keeps İ/ı/ş as single bytes that read as U+FFFD here (output is decoded as UTF-8),
 * and no OEM code page holds ə. `reg export` writes UTF-16LE and keeps every letter,
 * but needs a temporary file; nothing read through this module needs exact non-ASCII
 * (versions, ProgIds, paths only displayed), so name matching treats "?" and U+FFFD
 * as one unknown letter (`foldedIncludes` here, `signerForAppName` for signers).
 */
export interface RegValue {
  /** "" is the key's default value (printed "(Default)", localised on other Windows languages). */
  name: string;
  type: string;
  data: string;
}

export interface RegKey {
  /** The path as reg.exe prints it, e.g. "HKEY_CURRENT_USER\\Software\\Policies\\Google\\Chrome". */
  path: string;
  values: RegValue[];
}

export type RegQueryResult = { ok: true; keys: RegKey[] } | { ok: false; missing: boolean; reason: string };

const HIVE_LINE = /^(HKEY_[A-Z_]+|HKLM|HKCU|HKCR|HKU|HKCC)(\\.*)?$/;
/** Name, type, data. The name is empty for an unnamed default value on some builds. */
const VALUE_LINE = /^ {2,}(.*?) {2,}(REG_[A-Z0-9_]+)(?: {2,}(.*))?$/;
/**
 * What reg.exe prints for the default value's name. English Windows and Wine print
 * "(Default)"; localised Windows prints the word in its language, in parentheses
 * (German "(Standard)", Russian "(По умолчанию)", Turkish "(Varsayılan)"). A real
 * value name may also be written in parentheses, so only known words are taken; on
 * another language the default value keeps its printed name, and callers that need
 * it (App Paths) also look for the one name in parentheses (`defaultValue`).
 */
const DEFAULT_NAMES = new Set([
  "(default)",
  "(standard)",
  "(по умолчанию)",
  "(varsayılan)",
  "(varsayilan)",
  "(par défaut)",
  "(par defaut)",
]);
/** What Windows' reg.exe prints as data of an unset default value (`reg query <key> /ve`). */
const VALUE_NOT_SET = "(value not set)";

export function parseRegQuery(stdout: string): RegKey[] {
  const keys: RegKey[] = [];
  let current: RegKey | undefined;
  for (const raw of stdout.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") continue;
    if (!line.startsWith(" ")) {
      const path = line.trim();
      if (HIVE_LINE.test(path)) {
        current = { path, values: [] };
        keys.push(current);
      }
      // Anything else in column 0 is a message ("End of search: 2 match(es) found."
      // after /f) and not ours to read.
      continue;
    }
    const m = VALUE_LINE.exec(line);
    if (!m || !current) continue;
    const rawName = m[1]!.trim();
    const type = m[2]!;
    const name = DEFAULT_NAMES.has(rawName.toLowerCase()) || rawName === "" ? "" : rawName;
    const data = decodeData(type, m[3] ?? "");
    if (name === "" && data === VALUE_NOT_SET) continue;
    current.values.push({ name, type, data });
  }
  return keys;
}

/**
 * REG_DWORD and REG_QWORD are printed as hex ("0x2a"): they become decimal text.
 * REG_MULTI_SZ strings are joined by the two characters "\0": they become a real NUL
 * between strings, so `splitMulti` gives the list back. Others stay as printed
 * (REG_EXPAND_SZ keeps its %VARIABLES%, REG_BINARY its hex digits).
 */
function decodeData(type: string, data: string): string {
  switch (type) {
    case "REG_DWORD":
    case "REG_QWORD":
    case "REG_DWORD_BIG_ENDIAN": {
      const m = /^0x([0-9a-f]+)$/i.exec(data.trim());
      return m ? BigInt(`0x${m[1]}`).toString(10) : data;
    }
    case "REG_MULTI_SZ":
      return data.split("\\0").join("\0");
    default:
      return data;
  }
}

/** The strings of a REG_MULTI_SZ value (empty strings dropped). */
export function splitMulti(data: string): string[] {
  return data.split("\0").filter((s) => s !== "");
}

/** The named value of a key (name "" = default value); names are case-insensitive on Windows. */
export function regValue(key: RegKey | undefined, name: string): string | undefined {
  return key?.values.find((v) => v.name.toLowerCase() === name.toLowerCase())?.data;
}

/**
 * The key's default value: the one named "" or, on a Windows language whose word for
 * "(Default)" is not known here, the one REG_SZ value whose name is in parentheses.
 */
export function defaultValue(key: RegKey | undefined): string | undefined {
  const named = regValue(key, "");
  if (named !== undefined) return named;
  const paren = key?.values.filter((v) => /^\(.+\)$/.test(v.name) && /SZ$/.test(v.type)) ?? [];
  return paren.length === 1 ? paren[0]!.data : undefined;
}

/**
 * Turns a name into a form both sides of a match can be compared in, whatever the
 * console code page did to it: lower case, Azerbaijani/Turkish/Russian-free ASCII
 * (ə→e, ı/İ→i, ş→s, ç→c, ğ→g, ö→o, ü→u), and "?" (Wine) or U+FFFD (a code-page byte
 * read as UTF-8) kept as "?" so `foldedMatches` can treat it as one unknown letter.
 */
export function foldForMatch(s: string): string {
  const map: Record<string, string> = {
    ə: "e",
    Ə: "e",
    ı: "i",
    İ: "i",
    ş: "s",
    Ş: "s",
    ç: "c",
    Ç: "c",
    ğ: "g",
    Ğ: "g",
    ö: "o",
    Ö: "o",
    ü: "u",
    Ü: "u",
  };
  return [...s]
    .map((c) => map[c] ?? c)
    .join("")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\uFFFD/g, "?")
    .toLowerCase();
}

/** Whether `seen` (possibly folded by reg.exe) contains `wanted`, "?" in `seen` matching any letter. */
export function foldedIncludes(seen: string, wanted: string): boolean {
  const a = foldForMatch(seen);
  const b = foldForMatch(wanted);
  outer: for (let i = 0; i + b.length <= a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const c = a[i + j];
      if (c !== b[j] && c !== "?") continue outer;
    }
    return true;
  }
  return false;
}

/**
 * reg.exe's messages when the key or value is absent (Windows: "ERROR: The system was
 * unable to find the specified registry key or value."; Wine: "reg: Unable to find the
 * specified registry key" / "... value"). Exit code 1 is also used for bad arguments
 * and access denied, so the text decides. Localised Windows translates the message;
 * there it lands in "could not check", the safe side.
 */
const MISSING = /unable to find the specified registry (key|value)|system was unable to find the specified registry key or value/i;

export async function queryRegistry(
  host: Host,
  key: string,
  o: { recursive?: boolean; view?: 32 | 64; timeoutMs: number; signal?: AbortSignal },
): Promise<RegQueryResult> {
  const args = ["query", key];
  if (o.recursive) args.push("/s");
  if (o.view) args.push(`/reg:${o.view}`);
  const r = await host.exec("reg.exe", args, { timeoutMs: o.timeoutMs, signal: o.signal, maxOutputBytes: 16 * 1024 * 1024 });
  if (r.notFound) return { ok: false, missing: false, reason: "reg.exe not found" };
  if (r.timedOut) return { ok: false, missing: false, reason: `reg.exe did not answer within ${o.timeoutMs} ms` };
  const said = `${r.stderr}\n${r.stdout}`.trim();
  if (r.exitCode !== 0) {
    if (MISSING.test(said)) return { ok: false, missing: true, reason: firstLine(said) };
    return { ok: false, missing: false, reason: `reg.exe exit ${r.exitCode ?? r.signal}: ${firstLine(said) || "no message"}` };
  }
  if (r.truncated) return { ok: false, missing: false, reason: "reg.exe output larger than 16 MiB" };
  // reg.exe always prints at least a line break, even for a key with no values and no
  // subkeys (Wine prints exactly "\r\n" then). Zero bytes means the program did not
  // answer: a stub, or a console that swallowed the output.
  if (r.stdout.length === 0) return { ok: false, missing: false, reason: `reg.exe printed nothing for ${key}` };
  const keys = parseRegQuery(r.stdout);
  if (keys.length === 0) {
    if (r.stdout.trim() !== "") return { ok: false, missing: false, reason: `unreadable reg.exe output: ${firstLine(r.stdout)}` };
    return { ok: true, keys: [{ path: longHiveName(key), values: [] }] };
  }
  return { ok: true, keys };
}

/**
 * The HKLM registry views to read: both on 64-bit Windows (/reg:64 for 64-bit
 * programs, /reg:32 = WOW6432Node for 32-bit installers), the only one on 32-bit
 * Windows, where there is no second view to ask for. PROCESSOR_ARCHITECTURE is
 * "x86" there, and also for a 32-bit program on 64-bit Windows, which then has
 * PROCESSOR_ARCHITEW6432 set (Microsoft's WOW64 documentation).
 */
export function hklmViews(host: Host): ReadonlyArray<32 | 64 | undefined> {
  const env = (name: string) => {
    const k = Object.keys(host.env).find((e) => e.toLowerCase() === name.toLowerCase());
    return k ? host.env[k] : undefined;
  };
  const arch = env("PROCESSOR_ARCHITECTURE")?.toLowerCase();
  const thirtyTwoBitWindows = arch === "x86" && !env("PROCESSOR_ARCHITEW6432");
  return thirtyTwoBitWindows ? [undefined] : [64, 32];
}

const HIVES: Record<string, string> = {
  HKLM: "HKEY_LOCAL_MACHINE",
  HKCU: "HKEY_CURRENT_USER",
  HKCR: "HKEY_CLASSES_ROOT",
  HKU: "HKEY_USERS",
  HKCC: "HKEY_CURRENT_CONFIG",
};

/** "HKCU\\Software" → "HKEY_CURRENT_USER\\Software", the way reg.exe prints paths. */
export function longHiveName(key: string): string {
  const [hive, ...rest] = key.split("\\");
  return [HIVES[hive!.toUpperCase()] ?? hive!, ...rest].join("\\");
}

function firstLine(s: string): string {
  return (s.trim().split(/\r?\n/)[0] ?? "").trim().slice(0, 200);
}
