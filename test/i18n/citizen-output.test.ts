import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

/**
 * What a citizen really sees on this machine (issue 13): the human output of the
 * built CLI in Azerbaijani and Russian holds no raw system reasons, store paths,
 * desktop ids, Markdown backticks, repository paths or "keçildi".
 */
const INTERNALS: RegExp[] = [
  /`/,
  /keçildi/i,
  /does not exist|not available|not found|ENOENT|ECONNREFUSED/,
  /\/sys\/bus|\/etc\/ssl|nssdb|\$HOME/,
  /\.desktop\b/,
  /systemctl|powershell\.exe/i,
  /shared\/mission|CHECKLIST\.md/,
  /\bcerts qrupunda\b/,
];

function clean(lang: "az" | "ru", text: string): string[] {
  return INTERNALS.filter((re) => re.test(text)).map(
    (re) =>
      `${lang}: ${re} in\n${text
        .split("\n")
        .filter((l) => re.test(l))
        .join("\n")}`,
  );
}

describe("the citizen's screen in az and ru", () => {
  for (const lang of ["az", "ru"] as const) {
    it(`${lang}: all --offline shows no internals`, async () => {
      const r = await runCli(["all", "--offline", "--lang", lang, "--timeout", "20000"], { timeoutMs: 120_000 });
      expect(r.stdout.length).toBeGreaterThan(500);
      expect(clean(lang, r.stdout)).toEqual([]);
    }, 130_000);

    it(`${lang}: --help speaks the language, not commander's skeleton`, async () => {
      const r = await runCli(["--help", "--lang", lang]);
      expect(r.stdout).not.toMatch(/\[options\]|\[command\]|<file>|<path>|<code>|<date-time>|<query/);
      expect(r.stdout).toContain(lang === "az" ? "[seçimlər] [əmr]" : "[параметры] [команда]");
    });

    it(`${lang}: explain cites sources in words, never repository paths; technical sources only with --verbose`, async () => {
      const plain = await runCli(["explain", "Portala imza ilə giriş mümkün olmadı", "--lang", lang]);
      expect(plain.stdout).not.toMatch(/seed-guzestli|shared\/|CHECKLIST/);
      const spec = await runCli(["explain", "CKR_PIN_LOCKED", "--lang", lang]);
      expect(spec.stdout).not.toMatch(/Mənbə|Источник|pkcs11t\.h/);
      const verbose = await runCli(["explain", "CKR_PIN_LOCKED", "--lang", lang, "--verbose"]);
      expect(verbose.stdout).toMatch(/Mənbə|Источник/);
    });
  }

  it("an English locale ends the result with how to switch, in Azerbaijani and Russian", async () => {
    const r = await runCli(["plan", "--sale", "2027-01-15T10:00", "--offline"], {
      env: { LANG: "en_US.UTF-8", LC_ALL: undefined, LC_MESSAGES: undefined },
    });
    expect(r.stdout.trimEnd().split("\n").at(-1)).toContain("--lang az");
    expect(r.stdout.trimEnd().split("\n").at(-1)).toContain("--lang ru");
    const asked = await runCli(["plan", "--sale", "2027-01-15T10:00", "--offline", "--lang", "en"]);
    expect(asked.stdout).not.toContain("--lang az");
  });

  it("az and ru plans write dates as 15.01.2027 01:40", async () => {
    for (const lang of ["az", "ru"]) {
      const r = await runCli(["plan", "--sale", "2027-01-15T10:00", "--offline", "--lang", lang]);
      expect(r.stdout).toContain("15.01.2027 01:40");
      expect(r.stdout).not.toMatch(/2027-01-15/);
    }
  });
});
