/**
 * guzestli-check.exe started by a double-click. Windows then opens a console window
 * for the program alone and closes it the moment the program exits, so the citizen
 * would never read the result. In that case the executable runs `all` in the language
 * of the Windows user interface and waits for Enter at the end, a crash included.
 *
 * The signal is the one Microsoft documents and established tools read (Go's
 * mousetrap, for example): GetConsoleProcessList returns the processes attached to
 * the console; a console opened for a double-clicked program holds that program only
 * (1), while one of cmd.exe or PowerShell holds the shell too (>= 2).
 * https://learn.microsoft.com/en-us/windows/console/getconsoleprocesslist
 * The language is GetUserDefaultUILanguage's LANGID; its low 10 bits are the primary
 * language (LANG_AZERBAIJANI 0x2C, LANG_RUSSIAN 0x19, LANG_ENGLISH 0x09, winnt.h).
 * Both are read through koffi in this process: no program is launched for them.
 *
 * With any argument, or when stdin or stdout is not a console (redirected), the
 * executable is the CLI exactly as from a command prompt and never waits.
 *
 * After the run the citizen is offered to save the report as an HTML file to send to
 * the hotline (108, 157): typing S (С in Russian) and Enter saves it to the Desktop (or
 * Documents, or beside the executable), redacted like every report, under a name that
 * is never an existing file's, and says where; Enter alone closes the window.
 *
 * Tests force the signal in one way only: GUZESTLI_TEST_DOUBLE_CLICK=1 counts as "the
 * console holds only this process" (on any platform, so the whole mode also runs on a
 * Linux pseudo-terminal). It is for tests, not for users; it changes nothing else.
 */
import { posix, win32 } from "node:path";
import { EXIT } from "../core/exit-code.js";
import { writeNewFile } from "../host/new-file.js";
import type { Koffi } from "../host/pkcs11/koffi-binding.js";
import { loadCatalogs, t } from "../i18n/catalog.js";
import { detectLang, type Lang } from "../i18n/lang.js";

export const FORCE_DOUBLE_CLICK_ENV = "GUZESTLI_TEST_DOUBLE_CLICK";

/** What Windows says about this process's console and user, through koffi. */
export interface WindowsSignals {
  /** GetConsoleProcessList: processes attached to this console (0 = none, or the call failed). */
  consoleProcessCount(): number;
  /** GetUserDefaultUILanguage: the user's UI LANGID. */
  uiLanguageId(): number;
  /** SHGetKnownFolderPath: the user's Desktop or Documents as Explorer shows it (moved to OneDrive, say). */
  knownFolder(folder: KnownFolder): string | undefined;
}

export type KnownFolder = "desktop" | "documents";

/**
 * KNOWNFOLDERIDs as the GUID structure's bytes (Data1, Data2, Data3 little-endian, then
 * Data4): FOLDERID_Desktop {B4BFCC3A-DB2C-424C-B029-7FE99A87C641}, FOLDERID_Documents
 * {FDD39AD0-238F-46AF-ADB4-6C85480369C7}.
 * https://learn.microsoft.com/en-us/windows/win32/shell/knownfolderid
 */
const FOLDER_IDS = {
  desktop: [0xb4bfcc3a, 0xdb2c, 0x424c, "b0297fe99a87c641"],
  documents: [0xfdd39ad0, 0x238f, 0x46af, "adb46c85480369c7"],
} as const;

export function knownFolderId(folder: KnownFolder): Buffer {
  const [d1, d2, d3, d4] = FOLDER_IDS[folder];
  const b = Buffer.alloc(16);
  b.writeUInt32LE(d1, 0);
  b.writeUInt16LE(d2, 4);
  b.writeUInt16LE(d3, 6);
  Buffer.from(d4, "hex").copy(b, 8);
  return b;
}

export function windowsSignals(koffi: Koffi): WindowsSignals {
  const kernel32 = koffi.load("kernel32.dll");
  const getConsoleProcessList = kernel32.func("GetConsoleProcessList", "uint32_t", ["void *", "uint32_t"]);
  const getUserDefaultUILanguage = kernel32.func("GetUserDefaultUILanguage", "uint16_t", []);
  return {
    consoleProcessCount() {
      // Room for a few ids; the count is returned even when the list does not fit.
      const ids = Buffer.alloc(4 * 8);
      return Number(getConsoleProcessList(ids, 8));
    },
    uiLanguageId() {
      return Number(getUserDefaultUILanguage());
    },
    knownFolder(folder) {
      // HRESULT SHGetKnownFolderPath(REFKNOWNFOLDERID, DWORD, HANDLE, PWSTR *): the path
      // comes in memory the caller frees with CoTaskMemFree.
      // https://learn.microsoft.com/en-us/windows/win32/api/shlobj_core/nf-shlobj_core-shgetknownfolderpath
      const shGetKnownFolderPath = koffi
        .load("shell32.dll")
        .func("SHGetKnownFolderPath", "int32_t", ["void *", "uint32_t", "void *", "void *"]);
      const coTaskMemFree = koffi.load("ole32.dll").func("CoTaskMemFree", "void", ["void *"]);
      // The string's length in UTF-16 units, then its bytes (koffi's plainest parts only).
      const lstrlenW = kernel32.func("lstrlenW", "int32_t", ["void *"]);
      const out = Buffer.alloc(8);
      const hr = Number(shGetKnownFolderPath(knownFolderId(folder), 0, null, out));
      const pointer = out.readBigUInt64LE(0);
      try {
        if (hr !== 0 || pointer === 0n) return undefined;
        const length = Number(lstrlenW(pointer));
        if (!(length > 0 && length < 32_768)) return undefined;
        return Buffer.from(koffi.view(pointer, 2 * length)).toString("utf16le");
      } finally {
        if (pointer !== 0n) coTaskMemFree(pointer);
      }
    },
  };
}

/** az, ru or en from a Windows LANGID; another language gets the tool's default, az. */
export function langFromLangId(langId: number): Lang {
  switch (langId & 0x3ff) {
    case 0x2c:
      return "az";
    case 0x19:
      return "ru";
    case 0x09:
      return "en";
    default:
      return "az";
  }
}

export interface StartFacts {
  args: readonly string[];
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  /** Read only when everything else allows double-click mode. */
  consoleProcessCount: () => number;
}

export function startedByDoubleClick(f: StartFacts): boolean {
  if (f.args.length > 0 || !f.stdinIsTTY || !f.stdoutIsTTY) return false;
  if (f.env[FORCE_DOUBLE_CLICK_ENV] === "1") return true;
  if (f.platform !== "win32") return false;
  try {
    return f.consoleProcessCount() === 1;
  } catch {
    return false;
  }
}

/** The language of a double-click run: Windows' UI language, elsewhere (tests) the locale. */
export function doubleClickLang(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  uiLanguageId: () => number,
): Lang {
  if (platform === "win32") {
    try {
      return langFromLangId(uiLanguageId());
    } catch {
      /* fall through to the locale */
    }
  }
  return detectLang(env);
}

export interface DoubleClickRun {
  lang: Lang;
  exitCode: number;
  crashed: boolean;
}

export interface DoubleClickIo {
  stderr: (s: string) => void;
  stdout: (s: string) => void;
  /** Resolves when the user pressed Enter (or stdin ended). */
  waitForEnter: () => Promise<void>;
  /**
   * Asks one question on the console and resolves with the line typed, "" when the
   * input ended (Ctrl+D). Ctrl+C ends the run itself, as at every question (exit 130).
   */
  ask: (question: string) => Promise<string>;
}

/** What the offer to save the report needs from the run and the machine. */
export interface ReportOffer {
  /** The run's report as HTML, redacted like every report; undefined when the run made none. */
  html: () => string | undefined;
  /** The folders to save into, best first (reportFolders). */
  folders: () => string[];
  /** The clock, for the file's name. */
  now: () => Date;
}

export interface FolderFacts {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  /** Windows' own Desktop and Documents (SHGetKnownFolderPath); may throw. */
  knownFolder?: (folder: KnownFolder) => string | undefined;
  /** The executable's folder. */
  exeDir: string;
  cwd: string;
}

/**
 * Where the report goes, best first: the Desktop, where a citizen finds it and from
 * where a messenger's "attach" opens, then Documents, then the executable's folder
 * (often Downloads), then the working folder. On Windows the Desktop and Documents are
 * Windows' known folders (they may have moved to OneDrive or another disk), else
 * %USERPROFILE%\Desktop and \Documents; elsewhere ~/Desktop and ~/Documents.
 */
export function reportFolders(f: FolderFacts): string[] {
  const path = f.platform === "win32" ? win32 : posix;
  const out: string[] = [];
  const add = (p: string | undefined) => {
    if (p && path.isAbsolute(p) && !out.includes(p)) out.push(p);
  };
  const known = (folder: KnownFolder) => {
    try {
      return f.knownFolder?.(folder);
    } catch {
      return undefined;
    }
  };
  const profile = f.platform === "win32" && f.env.USERPROFILE && path.isAbsolute(f.env.USERPROFILE) ? f.env.USERPROFILE : f.home;
  for (const [folder, name] of [
    ["desktop", "Desktop"],
    ["documents", "Documents"],
  ] as const) {
    add(f.platform === "win32" ? known(folder) : undefined);
    add(profile ? path.join(profile, name) : undefined);
  }
  add(f.exeDir);
  add(f.cwd);
  return out;
}

/** The report's file name without the number a taken name gets: guzestli-check-report-2026-12-04. */
export function reportBaseName(now: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `guzestli-check-report-${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * The answers that save: S as the offer says in az and en ("saxla", "save"), С in ru
 * ("сохранить"); on the other keyboard layout the same keys type "ы" (S) and "c" (С),
 * so those save too. Anything else, Enter alone included, closes.
 */
export function wantsToSave(answer: string): boolean {
  const a = answer.trim().toLowerCase();
  return ["s", "с", "ы", "c", "save", "saxla", "сохранить"].includes(a);
}

/**
 * Called after the run, before the window closes, in double-click mode only: offers to
 * save the HTML report and saves it when asked. Returns true when the citizen has
 * answered "close" (the window closes at once), false when the usual "press Enter to
 * close" must still follow (after a save, said or failed, or with no report to offer).
 */
export async function afterDoubleClickRun(run: DoubleClickRun, io: DoubleClickIo, offer?: ReportOffer): Promise<boolean> {
  const html = run.crashed ? undefined : offer?.html();
  if (!offer || html === undefined) return false;
  const answer = await io.ask("\n" + t(run.lang, "exe.saveOffer") + " ");
  if (!wantsToSave(answer)) return true;
  try {
    const file = await writeNewFile(offer.folders(), reportBaseName(offer.now()), ".html", html);
    io.stdout(t(run.lang, "exe.saved", { file }) + "\n");
  } catch (e) {
    io.stderr(t(run.lang, "exe.saveFailed", { reason: e instanceof Error ? e.message : String(e) }) + "\n");
  }
  return false;
}

/**
 * Runs `all --lang <lang>` through `run` (the CLI's main), offers to save the report,
 * then waits for Enter. A failure that escapes `run`, or an uncaught exception while it
 * runs, is printed and waited on too, so that the window stays open to be read or
 * photographed.
 */
export async function runDoubleClick(
  lang: Lang,
  run: (args: string[]) => Promise<number>,
  io: DoubleClickIo,
  offer?: ReportOffer,
): Promise<number> {
  await loadCatalogs([lang]);
  let crashed = false;
  let exitCode: number;
  const crash = (e: unknown) => {
    crashed = true;
    io.stderr("\n" + t(lang, "exe.crashed", { message: e instanceof Error ? e.message : String(e) }) + "\n");
  };
  let crashedLater: (e: unknown) => void = () => {};
  const escaped = new Promise<number>((resolve) => {
    crashedLater = (e) => {
      crash(e);
      resolve(EXIT.INCOMPLETE);
    };
  });
  process.on("uncaughtException", crashedLater);
  process.on("unhandledRejection", crashedLater);
  try {
    exitCode = await Promise.race([run(["all", "--lang", lang]), escaped]);
  } catch (e) {
    crash(e);
    exitCode = EXIT.INCOMPLETE;
  }
  try {
    let closed = false;
    try {
      closed = await afterDoubleClickRun({ lang, exitCode, crashed }, io, offer);
    } catch (e) {
      crash(e);
    }
    if (closed) return exitCode;
    io.stdout("\n" + t(lang, "exe.pressEnter") + "\n");
    await io.waitForEnter();
    return exitCode;
  } finally {
    process.off("uncaughtException", crashedLater);
    process.off("unhandledRejection", crashedLater);
  }
}
