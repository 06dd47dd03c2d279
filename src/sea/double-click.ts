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
 * Tests force the signal in one way only: GUZESTLI_TEST_DOUBLE_CLICK=1 counts as "the
 * console holds only this process" (on any platform, so the whole mode also runs on a
 * Linux pseudo-terminal). It is for tests, not for users; it changes nothing else.
 */
import { EXIT } from "../core/exit-code.js";
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

/**
 * Called after the run, before the wait, in double-click mode only: the place where the
 * citizen will be offered to save the HTML report (`--report`, built separately). Does
 * nothing yet.
 */
export async function afterDoubleClickRun(_run: DoubleClickRun): Promise<void> {}

export interface DoubleClickIo {
  stderr: (s: string) => void;
  stdout: (s: string) => void;
  /** Resolves when the user pressed Enter (or stdin ended). */
  waitForEnter: () => Promise<void>;
}

/**
 * Runs `all --lang <lang>` through `run` (the CLI's main), then waits for Enter. A
 * failure that escapes `run`, or an uncaught exception while it runs, is printed and
 * waited on too, so that the window stays open to be read or photographed.
 */
export async function runDoubleClick(lang: Lang, run: (args: string[]) => Promise<number>, io: DoubleClickIo): Promise<number> {
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
    await afterDoubleClickRun({ lang, exitCode, crashed });
  } catch (e) {
    crash(e);
  }
  io.stdout("\n" + t(lang, "exe.pressEnter") + "\n");
  await io.waitForEnter();
  return exitCode;
}
