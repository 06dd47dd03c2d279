/**
 * The decisions of double-click mode (src/sea/double-click.ts) and koffi's cache path
 * (src/host/koffi-file.ts). The signals themselves are read for real under Wine
 * (test/windows/exe.test.ts); the whole mode runs on a pseudo-terminal there and in
 * test/exe/linux.test.ts.
 */
import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import {
  knownFolderId,
  langFromLangId,
  reportBaseName,
  reportFolders,
  runDoubleClick,
  startedByDoubleClick,
  wantsToSave,
  type ReportOffer,
  type StartFacts,
} from "../../src/sea/double-click.js";
import { koffiCacheDir } from "../../src/host/koffi-file.js";
import { createTerminalPrompter } from "../../src/host/prompt.js";
import { writeNewFile } from "../../src/host/new-file.js";
import { tempDir } from "../helpers/tmp.js";

const facts = (o: Partial<StartFacts>): StartFacts => ({
  args: [],
  stdinIsTTY: true,
  stdoutIsTTY: true,
  env: {},
  platform: "win32",
  consoleProcessCount: () => 1,
  ...o,
});

describe("startedByDoubleClick", () => {
  it("is a double-click when the console holds only this process, on Windows, with no argument, on a console", () => {
    expect(startedByDoubleClick(facts({}))).toBe(true);
  });
  it("is not from a shell's console (the shell is attached too), or when the count cannot be read", () => {
    expect(startedByDoubleClick(facts({ consoleProcessCount: () => 2 }))).toBe(false);
    expect(startedByDoubleClick(facts({ consoleProcessCount: () => 0 }))).toBe(false);
    expect(
      startedByDoubleClick(
        facts({
          consoleProcessCount: () => {
            throw new Error("koffi missing");
          },
        }),
      ),
    ).toBe(false);
  });
  it("never with an argument or redirected input/output, even when forced", () => {
    const forced = { GUZESTLI_TEST_DOUBLE_CLICK: "1" };
    expect(startedByDoubleClick(facts({ args: ["all"], env: forced }))).toBe(false);
    expect(startedByDoubleClick(facts({ stdoutIsTTY: false, env: forced }))).toBe(false);
    expect(startedByDoubleClick(facts({ stdinIsTTY: false, env: forced }))).toBe(false);
  });
  it("the tests' one way to force it: GUZESTLI_TEST_DOUBLE_CLICK=1, on any platform; other platforms never otherwise", () => {
    expect(startedByDoubleClick(facts({ platform: "linux", env: { GUZESTLI_TEST_DOUBLE_CLICK: "1" }, consoleProcessCount: () => 5 }))).toBe(
      true,
    );
    expect(startedByDoubleClick(facts({ platform: "linux" }))).toBe(false);
  });
});

describe("langFromLangId", () => {
  it("takes the primary language of a LANGID (az-Latn-AZ, az-Cyrl-AZ, ru-RU, en-US, en-GB); others get az", () => {
    expect([0x42c, 0x82c, 0x419, 0x409, 0x809, 0x41f].map(langFromLangId)).toEqual(["az", "az", "ru", "en", "en", "az"]);
  });
});

describe("runDoubleClick", () => {
  const io = () => {
    const out: string[] = [];
    let waited = false;
    return {
      out,
      get waited() {
        return waited;
      },
      io: {
        stdout: (s: string) => void out.push(s),
        stderr: (s: string) => void out.push(s),
        waitForEnter: async () => {
          waited = true;
        },
        ask: async (q: string) => {
          out.push(q);
          return "";
        },
      },
    };
  };

  it("runs `all` in the given language, then says to press Enter, waits, and returns the run's code", async () => {
    const t = io();
    let ran: string[] = [];
    const code = await runDoubleClick("ru", async (args) => ((ran = args), 1), t.io);
    expect(ran).toEqual(["all", "--lang", "ru"]);
    expect(t.out.join("")).toContain("Нажмите Enter, чтобы закрыть это окно.");
    expect(t.waited).toBe(true);
    expect(code).toBe(1);
  });

  it("a crash still waits, with the error in the user's language (exit 2)", async () => {
    const t = io();
    const code = await runDoubleClick(
      "az",
      async () => {
        throw new Error("boom");
      },
      t.io,
    );
    const text = t.out.join("");
    expect(text).toContain("Yoxlama xəta səbəbindən dayandı: boom");
    expect(text.indexOf("boom")).toBeLessThan(text.indexOf("Enter düyməsini sıxın"));
    expect(t.waited).toBe(true);
    expect(code).toBe(2);
  });
});

const dir = tempDir("gc-dc-");
let case_ = 0;

/**
 * The offer as the executable makes it: the answers come on a piped stdin through the
 * CLI's own prompter, the report is written to real folders in a temp dir.
 */
function offerRun(input: string | null, o: { folders?: (home: string) => string[]; html?: string | undefined; crash?: boolean } = {}) {
  const home = join(dir, `case-${++case_}`);
  mkdirSync(home);
  const stdin = new PassThrough();
  const shown = new PassThrough();
  if (input !== null) stdin.end(input);
  const out: string[] = [];
  let waited = false;
  let asked = 0;
  const prompter = createTerminalPrompter(stdin as unknown as NodeJS.ReadStream, shown as unknown as NodeJS.WriteStream, () => {
    throw new Error("interrupted");
  });
  const offer: ReportOffer = {
    html: () => ("html" in o ? o.html : "<!doctype html><title>report</title>"),
    folders: () => o.folders?.(home) ?? [join(home, "Desktop"), join(home, "Documents"), home],
    now: () => new Date(2026, 11, 4, 15, 30),
  };
  const done = runDoubleClick(
    "ru",
    async () => {
      if (o.crash) throw new Error("boom");
      return 1;
    },
    {
      stdout: (s) => void out.push(s),
      stderr: (s) => void out.push(s),
      waitForEnter: async () => {
        waited = true;
      },
      ask: (q) => {
        asked++;
        out.push(q);
        return prompter.ask("");
      },
    },
    offer,
  );
  return done.then((code) => ({ code, home, text: out.join(""), waited, asked, files: (d: string) => readdirSync(join(home, d)) }));
}

describe("the offer to save the report (double-click mode)", () => {
  it("S and Enter save the HTML report to the Desktop, say where, then wait for Enter", async () => {
    const r = await offerRun("с\n", { folders: (h) => (mkdirSync(join(h, "Desktop")), [join(h, "Desktop"), h]) });
    const file = join(r.home, "Desktop", "guzestli-check-report-2026-12-04.html");
    expect(readFileSync(file, "utf8")).toBe("<!doctype html><title>report</title>");
    expect(r.text).toContain("Проверка закончена. Чтобы сохранить результат в файл");
    expect(r.text).toContain(`Отчёт сохранён в файл: ${file}`);
    expect(r.text.indexOf("Отчёт сохранён")).toBeLessThan(r.text.indexOf("Нажмите Enter, чтобы закрыть это окно"));
    expect(r.waited).toBe(true);
    expect(r.code).toBe(1);
  });

  it("never overwrites: a taken name (a file, or a link to one) gets the next number; a missing Desktop passes to Documents", async () => {
    const r = await offerRun("s\n", {
      folders: (h) => {
        mkdirSync(join(h, "Documents"));
        writeFileSync(join(h, "Documents", "guzestli-check-report-2026-12-04.html"), "older");
        writeFileSync(join(h, "target.txt"), "not to be touched");
        symlinkSync(join(h, "target.txt"), join(h, "Documents", "guzestli-check-report-2026-12-04 (2).html"));
        return [join(h, "Desktop"), join(h, "Documents"), h];
      },
    });
    expect(existsSync(join(r.home, "Desktop"))).toBe(false);
    expect(readFileSync(join(r.home, "Documents", "guzestli-check-report-2026-12-04.html"), "utf8")).toBe("older");
    expect(readFileSync(join(r.home, "target.txt"), "utf8")).toBe("not to be touched");
    expect(readFileSync(join(r.home, "Documents", "guzestli-check-report-2026-12-04 (3).html"), "utf8")).toContain("<title>report");
    expect(r.text).toContain(join(r.home, "Documents", "guzestli-check-report-2026-12-04 (3).html"));
  });

  it("Enter alone, or the end of the input (Ctrl+D), closes at once and saves nothing", async () => {
    for (const input of ["\n", "", "нет\n"]) {
      const r = await offerRun(input);
      expect(r.asked).toBe(1);
      expect(r.waited).toBe(false);
      expect(readdirSync(r.home)).toEqual([]);
      expect(r.text).not.toContain("Нажмите Enter, чтобы закрыть");
      expect(r.code).toBe(1);
    }
  });

  it("a failure to write is said in the user's language, never a crash, and the window still waits", async () => {
    const r = await offerRun("s\n", {
      folders: (h) => {
        writeFileSync(join(h, "a-file"), "");
        return [join(h, "missing"), join(h, "a-file")];
      },
    });
    expect(r.text).toContain("Не удалось сохранить отчёт: ");
    expect(r.text).toContain("ENOENT");
    expect(r.text).not.toContain("Проверка остановилась");
    expect(r.waited).toBe(true);
    expect(r.code).toBe(1);
  });

  it("no offer after a crash, or when the run made no report (a usage error)", async () => {
    const crashed = await offerRun("s\n", { crash: true });
    expect(crashed.asked).toBe(0);
    expect(crashed.text).toContain("Проверка остановилась из-за ошибки: boom");
    expect(crashed.waited).toBe(true);
    const none = await offerRun("s\n", { html: undefined });
    expect(none.asked).toBe(0);
    expect(none.waited).toBe(true);
    expect(readdirSync(none.home)).toEqual([]);
  });

  it("S in az and en, С in ru, and the same keys on the other layout (ы, c) save; anything else closes", () => {
    for (const a of ["s", "S", " s ", "с", "С", "ы", "c", "save", "saxla", "сохранить"]) expect(wantsToSave(a), a).toBe(true);
    for (const a of ["", "n", "y", "h", "yes", "да", "1", "ss"]) expect(wantsToSave(a), a).toBe(false);
  });

  it("the file name carries the local date", () => {
    expect(reportBaseName(new Date(2027, 0, 5, 23, 59))).toBe("guzestli-check-report-2027-01-05");
  });

  it("writeNewFile numbers up to (99) and then passes to the next folder", async () => {
    const a = join(dir, "full");
    const b = join(dir, "next");
    mkdirSync(a);
    mkdirSync(b);
    writeFileSync(join(a, "r.html"), "");
    for (let n = 2; n <= 99; n++) writeFileSync(join(a, `r (${n}).html`), "");
    expect(await writeNewFile([a, b], "r", ".html", "x")).toBe(join(b, "r.html"));
  });
});

describe("reportFolders", () => {
  const base = { env: {}, home: "/home/u", exeDir: "/home/u/Downloads", cwd: "/home/u/Downloads" };
  it("Windows: the known Desktop, then %USERPROFILE%\\Desktop, the known Documents, %USERPROFILE%\\Documents, the exe's folder, the working folder", () => {
    const known = { desktop: "C:\\Users\\u\\OneDrive\\Desktop", documents: "C:\\Users\\u\\Documents" };
    expect(
      reportFolders({
        platform: "win32",
        env: { USERPROFILE: "C:\\Users\\u" },
        home: "C:\\Users\\u",
        knownFolder: (f) => known[f],
        exeDir: "C:\\Users\\u\\Downloads",
        cwd: "C:\\Windows\\system32",
      }),
    ).toEqual([
      "C:\\Users\\u\\OneDrive\\Desktop",
      "C:\\Users\\u\\Desktop",
      "C:\\Users\\u\\Documents",
      "C:\\Users\\u\\Downloads",
      "C:\\Windows\\system32",
    ]);
  });
  it("Windows: a known-folder call that fails, or a relative answer, leaves the profile's folders", () => {
    const folders = reportFolders({
      platform: "win32",
      env: { USERPROFILE: "C:\\Users\\u" },
      home: "C:\\Users\\u",
      knownFolder: (f) => {
        if (f === "desktop") throw new Error("no shell32");
        return "Documents";
      },
      exeDir: "D:\\",
      cwd: "D:\\",
    });
    expect(folders).toEqual(["C:\\Users\\u\\Desktop", "C:\\Users\\u\\Documents", "D:\\"]);
  });
  it("elsewhere ~/Desktop, ~/Documents, the exe's folder", () => {
    expect(reportFolders({ platform: "linux", ...base })).toEqual(["/home/u/Desktop", "/home/u/Documents", "/home/u/Downloads"]);
  });
});

describe("knownFolderId", () => {
  const text = (b: Buffer) => {
    const h = b.toString("hex");
    return `{${b.readUInt32LE(0).toString(16).padStart(8, "0")}-${b.readUInt16LE(4).toString(16).padStart(4, "0")}-${b.readUInt16LE(6).toString(16).padStart(4, "0")}-${h.slice(16, 20)}-${h.slice(20)}}`.toUpperCase();
  };
  it("is the GUID structure of FOLDERID_Desktop and FOLDERID_Documents", () => {
    expect(text(knownFolderId("desktop"))).toBe("{B4BFCC3A-DB2C-424C-B029-7FE99A87C641}");
    expect(text(knownFolderId("documents"))).toBe("{FDD39AD0-238F-46AF-ADB4-6C85480369C7}");
  });
});

describe("koffiCacheDir", () => {
  it("is %LOCALAPPDATA%\\guzestli-check on Windows and $XDG_CACHE_HOME (or ~/.cache)/guzestli-check elsewhere", () => {
    expect(koffiCacheDir("linux", { XDG_CACHE_HOME: "/x/cache" }, "/home/u")).toBe("/x/cache/guzestli-check");
    expect(koffiCacheDir("linux", { XDG_CACHE_HOME: "relative" }, "/home/u")).toBe("/home/u/.cache/guzestli-check");
    expect(koffiCacheDir("linux", {}, "/home/u")).toBe("/home/u/.cache/guzestli-check");
  });
});
