import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { charsetWarning, nonUtf8Charset } from "../../src/cli/charset.js";
import { BIN, REPO_ROOT } from "../helpers/cli.js";

/**
 * Issue 18.13: a terminal whose locale names another charset than UTF-8 (LANG=ru_RU.KOI8-R)
 * is told once, in English and ASCII, that the tool writes UTF-8. On a real pseudo-terminal
 * (script(1)); a pipe or a file is not a terminal and gets nothing.
 */

describe("nonUtf8Charset", () => {
  it.each([
    [{ LANG: "ru_RU.KOI8-R" }, "KOI8-R"],
    [{ LANG: "az_AZ.ISO-8859-9" }, "ISO-8859-9"],
    [{ LANG: "ru_RU.UTF-8" }, undefined],
    [{ LANG: "en_US.utf8" }, undefined],
    [{ LANG: "ru_RU.UTF-8", LC_ALL: "ru_RU.CP1251" }, "CP1251"],
    [{ LANG: "ru_RU.KOI8-R", LC_CTYPE: "ru_RU.UTF-8" }, undefined],
    [{ LANG: "ru_RU.KOI8-R", LC_ALL: "" }, "KOI8-R"],
    [{ LANG: "C" }, undefined],
    [{ LANG: "de_DE.ISO-8859-15@euro" }, "ISO-8859-15"],
    [{}, undefined],
  ])("%o → %s", (env, want) => {
    expect(nonUtf8Charset(env, "linux")).toBe(want);
    expect(nonUtf8Charset(env, "darwin")).toBe(want);
  });

  it("is not judged on Windows (the console's code page is another matter)", () => {
    expect(nonUtf8Charset({ LANG: "ru_RU.KOI8-R" }, "win32")).toBeUndefined();
  });

  it("the line is ASCII only: in a KOI8-R or ISO-8859 terminal nothing else is sure to show", () => {
    expect(charsetWarning("KOI8-R", "ru_RU.KOI8-R")).toMatch(/^[\x20-\x7e]+\n$/);
  });
});

const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

function onTerminal(lang: string): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn("script", ["-qec", `"${process.execPath}" "${BIN}" list --lang ru`, "/dev/null"], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: "1", LANG: lang, LC_ALL: "", LC_CTYPE: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let text = "";
    child.stdout.on("data", (b: Buffer) => (text += b.toString("latin1")));
    child.on("close", () => resolve(text));
  });
}

describe.skipIf(!hasScript && !process.env.CI)("on a real terminal", () => {
  it("LANG=ru_RU.KOI8-R: one English line saying the terminal must be UTF-8", async () => {
    const text = await onTerminal("ru_RU.KOI8-R");
    expect(text.match(/this tool writes UTF-8/g)).toHaveLength(1);
    expect(text).toContain("LANG=ru_RU.UTF-8");
  });

  it("LANG=ru_RU.UTF-8: nothing said", async () => {
    expect(await onTerminal("ru_RU.UTF-8")).not.toContain("writes UTF-8");
  });

  it("not a terminal (a pipe): nothing said", () => {
    const r = spawnSync(process.execPath, [BIN, "list", "--lang", "ru"], {
      env: { ...process.env, LANG: "ru_RU.KOI8-R", LC_ALL: "", LC_CTYPE: "" },
      encoding: "utf8",
    });
    expect(r.stderr).not.toContain("writes UTF-8");
  });
});
