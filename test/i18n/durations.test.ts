import { describe, expect, it } from "vitest";
import { catalog, t } from "../../src/i18n/catalog.js";
import { LANGS } from "../../src/i18n/lang.js";
import { duration } from "../../src/core/duration.js";
import { redactResults } from "../../src/core/redact.js";
import type { CheckResult } from "../../src/core/types.js";

/** The messages that carry a budget or a measured time (issue 20.2: "Budgets read '2067 ms'"). */
const DURATION_KEYS = [
  "engine.timeout",
  "browser.installed.probeTimeout",
  "browser.default.timeout",
  "token.module.timeout",
  "network.dns.DNS_TIMEOUT",
  "network.tcp.ok",
  "network.tcp.TCP_TIMEOUT",
  "network.tls.timeout",
];
/**
 * Where milliseconds stay: the --verbose command log for an IT helper (as the programs' own
 * budgets are written) and the --timeout option, whose value is given in milliseconds.
 */
const keepsMilliseconds = (key: string) => key === "render.took" || key.startsWith("cli.");
const MILLISECONDS = /\{ms\}|\bms\b|millisecond|millisaniy|\bмс\b|миллисекунд/iu;

describe("durations in the catalogues are seconds a citizen reads (issue 20.2)", () => {
  it("no check message or step in az, en or ru writes milliseconds", () => {
    const found: string[] = [];
    for (const lang of LANGS)
      for (const [key, text] of Object.entries(catalog(lang)))
        if (!keepsMilliseconds(key) && MILLISECONDS.test(text)) found.push(`${lang}: ${key}: ${text}`);
    expect(found).toEqual([]);
  });

  it("every budget message shows its {duration} in every language", () => {
    for (const lang of LANGS) for (const key of DURATION_KEYS) expect(catalog(lang)[key], `${lang}: ${key}`).toContain("{duration}");
  });

  it("Russian takes the plural a number asks for: 1 секунда, 2 секунды, 5 секунд, 21 секунда, 1,5 секунды", () => {
    const said = (ms: number) => t("ru", { key: "token.module.timeout", values: { module: "x.dll", duration: duration(ms) } });
    expect(said(1000)).toContain("(1 секунда)");
    expect(said(2000)).toContain("(2 секунды)");
    expect(said(5000)).toContain("(5 секунд)");
    expect(said(21_000)).toContain("(21 секунда)");
    expect(said(1500)).toContain("(1,5 секунды)");
    expect(t("ru", { key: "engine.timeout", values: { duration: duration(25_000) } })).toContain("(25 секунд)");
  });

  it("Azerbaijani puts no plural after a number; English writes seconds as s", () => {
    for (const [ms, az, en] of [
      [1000, "1 saniyə", "1 s"],
      [2067, "2,1 saniyə", "2.1 s"],
      [21_000, "21 saniyə", "21 s"],
    ] as const) {
      expect(t("az", { key: "network.tcp.TCP_TIMEOUT", values: { host: "h", duration: duration(ms) } })).toMatch(
        new RegExp(`^${az} ərzində h cavab vermədi`),
      );
      expect(t("en", { key: "network.tcp.TCP_TIMEOUT", values: { host: "h", duration: duration(ms) } })).toContain(`within ${en}: `);
    }
  });

  it("redaction passes a duration through untouched", () => {
    const r: CheckResult = {
      id: "token.module",
      group: "token",
      status: "timeout",
      covers: [],
      title: { key: "token.title.module" },
      message: { key: "engine.timeout", values: { duration: duration(5000) } },
      remedy: [],
      code: "CHECK_TIMEOUT",
      dependsOn: [],
      durationMs: 5000,
      data: { budgetMs: 5000 },
    };
    const [out] = redactResults([r], { redact: true, homedir: "/home/ali", username: "ali" });
    expect(t("en", out!.message)).toBe("The check did not finish in time (5 s) and was stopped; the result is unknown.");
  });
});
