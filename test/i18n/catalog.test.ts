import type { MessageKey } from "../../src/i18n/keys.js";
import { describe, expect, it } from "vitest";
import { catalog, t } from "../../src/i18n/catalog.js";
import { LANGS } from "../../src/i18n/lang.js";
import { duration } from "../../src/core/duration.js";
import { ALL_CHECKS } from "../../src/checks/registry.js";
import { GROUPS, STATUSES } from "../../src/core/types.js";
import type { Msg } from "../../src/core/types.js";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  it("have exactly the same keys in az, en and ru", () => {
    const keys = (lang: (typeof LANGS)[number]) => new Set(Object.keys(catalog(lang)));
    const all = new Set(LANGS.flatMap((l) => [...keys(l)]));
    const missing: string[] = [];
    for (const lang of LANGS) for (const k of all) if (!keys(lang).has(k)) missing.push(`${lang}: ${k}`);
    expect(missing).toEqual([]);
  });

  it("use the same placeholders for a key in every language", () => {
    const mismatched: string[] = [];
    for (const key of Object.keys(catalog("en"))) {
      const en = placeholders(catalog("en")[key]!);
      for (const lang of LANGS) {
        const other = catalog(lang)[key];
        if (other !== undefined && placeholders(other).join() !== en.join()) mismatched.push(`${lang}: ${key}`);
      }
    }
    expect(mismatched).toEqual([]);
  });

  it("have no empty text", () => {
    const empty = LANGS.flatMap((l) =>
      Object.entries(catalog(l))
        .filter(([, v]) => !v.trim())
        .map(([k]) => `${l}: ${k}`),
    );
    expect(empty).toEqual([]);
  });

  it("hold every title, status and group name the renderers ask for", () => {
    const needed = [...ALL_CHECKS.map((c) => c.title), ...STATUSES.map((s) => `status.${s}`), ...GROUPS.map((g) => `group.${g}`)];
    const missing = LANGS.flatMap((l) => needed.filter((k) => !(k in catalog(l))).map((k) => `${l}: ${k}`));
    expect(missing).toEqual([]);
  });

  it("are really translated: Azerbaijani and Russian differ from English", () => {
    const same = (lang: "az" | "ru") =>
      Object.keys(catalog("en")).filter(
        (k) =>
          catalog(lang)[k] === catalog("en")[k] &&
          /[a-z]{4,}/i.test(catalog("en")[k]!.replace(/\{\w+\}|guzestli-check|--[\w-]+|[A-Z_]{4,}/g, "")),
      );
    // A few strings are the same in every language (names of programs, codes); keep that list short.
    expect(same("az").length).toBeLessThan(Object.keys(catalog("en")).length * 0.05);
    expect(same("ru").length).toBeLessThan(Object.keys(catalog("en")).length * 0.05);
  });
});

describe("t()", () => {
  it("fills placeholders, including personal values", () => {
    expect(t("en", { key: "engine.timeout", values: { duration: duration(250) } })).toBe(
      "The check did not finish in time (0.25 s) and was stopped; the result is unknown.",
    );
    expect(t("az", { key: "cli.error.unknownOption", values: { option: "--x" } })).toBe("naməlum seçim --x");
    expect(t("ru", { key: "report.written", values: { file: { $pii: "path", value: "/tmp/r.md" } } })).toContain("/tmp/r.md");
  });

  it("renders a message given as a value in the same language (a dependency named by its title)", () => {
    const msg: Msg = { key: "engine.dependencyNotMet", values: { dependency: { key: "group.token" } } };
    expect(t("en", msg)).toBe('Not checked: first fix the problem found by the check "E-İmza token and card reader" above.');
    expect(t("ru", msg)).toContain("Токен E-İmza и кардридер");
  });

  it("shows an unknown key as itself rather than nothing", () => {
    // A key from elsewhere (an older report, a typo in a catalogue file) reaches t() untyped.
    expect(t("az", "no.such.key" as MessageKey)).toBe("no.such.key");
  });
});
