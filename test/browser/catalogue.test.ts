import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { browserChecks } from "../../src/checks/browser/index.js";
import { checkEntries } from "../../src/explain/table.js";
import { hasKey } from "../../src/i18n/catalog.js";
import { SETTING_TYPES } from "../../src/host/browsers/profiles/content-settings.js";

const browserEntries = checkEntries(browserChecks);
const LANGS = ["az", "en", "ru"] as const;

describe("browser group words", () => {
  it("every code a browser check declares has an explain entry whose keys exist in az, en and ru", () => {
    const codes = browserChecks.flatMap((c) => Object.keys(c.codes));
    for (const code of codes) {
      const entry = browserEntries.find((e) => e.code === code);
      expect(entry, code).toBeDefined();
      for (const key of [entry!.meaning, ...entry!.remedy])
        for (const lang of LANGS) expect(hasKey(lang, key), `${lang}: ${key}`).toBe(true);
    }
  });

  it("every catalogue key the checks name literally, and every built key, exists in all languages", () => {
    const dir = new URL("../../src/checks/browser/", import.meta.url);
    const literal = readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .flatMap((f) => [...readFileSync(new URL(f, dir), "utf8").matchAll(/"(browser\.[A-Za-z.]+)"/g)].map((m) => m[1]!))
      .filter((k) => k.split(".").length > 2); // check ids like "browser.installed" are not keys
    // Keys built as `browser.upToDate.<freshness>.<basis>` in up-to-date.ts.
    const built = ["current", "oneBehind", "outdated", "otherOutdated"].flatMap((f) =>
      ["online", "estimate"].map((b) => `browser.upToDate.${f}.${b}`),
    );
    // Keys built as `browser.setting.<type>` and `browser.siteSettings.unreadable.<problem>` in site-settings.ts.
    const settings = SETTING_TYPES.map((t) => `browser.setting.${t}`);
    const problems = ["missing", "tooLarge", "empty", "truncated", "notJson", "notObject", "unreadable"].map(
      (p) => `browser.siteSettings.unreadable.${p}`,
    );
    expect(literal.length).toBeGreaterThan(20);
    for (const key of [...literal, ...built, ...settings, ...problems])
      for (const lang of LANGS) expect(hasKey(lang, key), `${lang}: ${key}`).toBe(true);
  });
});
