import { describe, expect, it } from "vitest";
import { findExplanation } from "../../src/explain/match.js";
import { EXPLAIN_TABLE } from "../../src/explain/table.js";
import { t } from "../../src/i18n/catalog.js";

// The browser group's codes and the browser's own messages (external.ts).
const browserEntries = EXPLAIN_TABLE.filter((e) => e.meaning.startsWith("browser."));

const LANGS = ["az", "en", "ru"] as const;

const codeOf = (q: string) => {
  const m = findExplanation(q, EXPLAIN_TABLE, []);
  return m.kind === "text" || m.kind === "code" ? m.entry.code : m.kind;
};

describe("explain knows what citizens meet around Local Network Access", () => {
  it.each(["loopback", "local", "unknown"])("the console line for the `%s` address space", (space) => {
    const line = `Access to fetch at 'http://localhost:8000/sign' from origin 'https://www.e-gov.az' has been blocked by CORS policy: Permission was denied for this request to access the \`${space}\` address space.`;
    expect(codeOf(line)).toBe("LNA_PERMISSION_DENIED");
  });

  it.each([
    "www.e-gov.az wants to Access other apps and services on this device",
    "Access other apps and services on this device",
    "e-gov.az wants to access other apps and services on this device Block Allow",
    "Look for and connect to any device on your local network",
  ])("the prompt: %s", (q) => {
    expect(codeOf(q)).toBe("LNA_PROMPT");
  });

  it("explain's texts for the browser group fill no placeholders (explain has no values to give)", () => {
    const keys = browserEntries.flatMap((e) => [e.meaning, ...e.remedy]);
    const withPlaceholders = LANGS.flatMap((lang) => keys.filter((k) => /\{\w+\}/.test(t(lang, { key: k }))).map((k) => `${lang}: ${k}`));
    expect(withPlaceholders).toEqual([]);
  });

  it("the check's codes are explained too", () => {
    expect(codeOf("SITE_BLOCKED")).toBe("SITE_BLOCKED");
    expect(codeOf("policy blocks")).toBe("POLICY_BLOCKS");
  });
});
