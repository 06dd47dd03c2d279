import { describe, expect, it } from "vitest";
import { visible } from "../../src/core/visible.js";
import { loadCatalogs, t } from "../../src/i18n/catalog.js";
import { runCli } from "../helpers/cli.js";

/**
 * Issue 18.6: text from outside reaches the terminal with its control characters and
 * bidi overrides made visible: the usage errors for --lang, --sale, --cert and an unknown
 * command, `explain`'s not-found line, `asan --phone`. (Certificate names: test/certs/evil-ca.test.ts.)
 */

const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
const ERASE = "\x1b[2K";

describe("visible()", () => {
  it("shows C0, DEL, C1 and bidi controls and leaves every other letter alone", () => {
    expect(visible("Evil Root\r\x1b[2KAZ Root Authority (RCA)")).toBe("Evil Root\\x0d\\x1b[2KAZ Root Authority (RCA)");
    expect(visible("a\u202Eb\u2066c\u2069\u200F\u061C")).toBe("a<U+202E>b<U+2066>c<U+2069><U+200F><U+061C>");
    expect(visible("\x9b31m\x7f\x00\n\t")).toBe("<U+009B>31m\\x7f\\x00\\x0a\\x09");
    expect(visible("Güzəştli mənzil — Мамедов «AZ»")).toBe("Güzəştli mənzil — Мамедов «AZ»");
  });

  it("applies to a message's values, never to the catalogue's own text", async () => {
    await loadCatalogs(["en"]);
    expect(t("en", "cli.error.badLang", { value: `x${ERASE}\u202E` })).toBe('unknown language "x\\x1b[2K<U+202E>": use az, en or ru');
  });
});

describe("hostile arguments reach the terminal visible", () => {
  const cases: { name: string; args: string[]; shows: string }[] = [
    { name: "--lang", args: ["--lang", `az${ERASE}`], shows: "az\\x1b[2K" },
    { name: "--sale", args: ["plan", "--sale", `2026-12-01${ERASE}\r`], shows: "2026-12-01\\x1b[2K\\x0d" },
    { name: "--cert", args: ["certs", "--offline", "--cert", `/nonexistent/a${ERASE}\u202Emep.pem`], shows: "a\\x1b[2K<U+202E>mep.pem" },
    { name: "an unknown command", args: [`tok${ERASE}en`], shows: "tok\\x1b[2Ken" },
  ];
  for (const c of cases) {
    it(`the usage error for ${c.name}: exit 64, the escape shown, not obeyed`, async () => {
      const r = await runCli(c.args);
      expect(r.code).toBe(64);
      expect(r.stderr).not.toMatch(RAW);
      expect(r.stderr).toContain(c.shows);
    });
  }

  it("explain's not-found line, with an ESC sequence and a right-to-left override", async () => {
    const r = await runCli(["explain", `x${ERASE}ROOT_OK\u202Edetaler`]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain("x\\x1b[2KROOT_OK<U+202E>detaler");
  });

  it("asan --phone", async () => {
    const r = await runCli(["asan", "--offline", "--phone", `Nokia${ERASE}\u202E`]);
    expect(r.stdout + r.stderr).not.toMatch(RAW);
    expect(r.stdout).toContain("Nokia\\x1b[2K<U+202E>");
  });
});

describe("--verbose shows values from outside visible too", () => {
  it("a certificate file name with a bidi override and an escape, in the data and the command log", async () => {
    const { renderHuman } = await import("../../src/render/human.js");
    const { summarize } = await import("../../src/core/exit-code.js");
    const { Chalk } = await import("chalk");
    const report = {
      command: "certs",
      generatedAt: new Date("2026-12-04T10:00:00Z"),
      lang: "en" as const,
      results: [
        {
          id: "certs.user-chain",
          group: "certs" as const,
          status: "fail" as const,
          covers: [],
          title: { key: "certs.title.userChain" as const },
          message: { key: "certs.title.userChain" as const },
          remedy: [],
          code: "CHAIN_X",
          dependsOn: [],
          durationMs: 5,
          data: { source: "evil\u202Etxt.pem\u009b2J" },
        },
      ],
      summary: summarize([], false),
      commands: [
        {
          command: "certutil",
          args: ["-n", "Evil\x1b[2KRoot"],
          durationMs: 3,
          exitCode: 0,
          signal: null,
          timedOut: false,
          notFound: false,
        },
      ],
    };
    const out = renderHuman(report as never, { chalk: new Chalk({ level: 0 }), verbose: true, redacted: false });
    expect(out).not.toMatch(/[\u202E\u009b\x1b]/);
    expect(out).toContain("<U+202E>");
    expect(out).toContain("Evil\\x1b[2KRoot");
  });
});
