/**
 * The decisions of double-click mode (src/sea/double-click.ts) and koffi's cache path
 * (src/host/koffi-file.ts). The signals themselves are read for real under Wine
 * (test/windows/exe.test.ts); the whole mode runs on a pseudo-terminal there and in
 * test/exe/linux.test.ts.
 */
import { describe, expect, it } from "vitest";
import { runDoubleClick, langFromLangId, startedByDoubleClick, type StartFacts } from "../../src/sea/double-click.js";
import { koffiCacheDir } from "../../src/host/koffi-file.js";

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

describe("koffiCacheDir", () => {
  it("is %LOCALAPPDATA%\\guzestli-check on Windows and $XDG_CACHE_HOME (or ~/.cache)/guzestli-check elsewhere", () => {
    expect(koffiCacheDir("linux", { XDG_CACHE_HOME: "/x/cache" }, "/home/u")).toBe("/x/cache/guzestli-check");
    expect(koffiCacheDir("linux", { XDG_CACHE_HOME: "relative" }, "/home/u")).toBe("/home/u/.cache/guzestli-check");
    expect(koffiCacheDir("linux", {}, "/home/u")).toBe("/home/u/.cache/guzestli-check");
  });
});
