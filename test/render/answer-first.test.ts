import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BIN, REPO_ROOT, runCli } from "../helpers/cli.js";
import { ALL_CHECKS } from "../../src/checks/registry.js";
import { duration } from "../../src/core/duration.js";
import { summarize } from "../../src/core/exit-code.js";
import type { CheckResult, Msg, RunReport, Status } from "../../src/core/types.js";
import type { Lang } from "../../src/i18n/lang.js";
import { renderHuman } from "../../src/render/human.js";
import { countOf, durationText } from "../../src/render/plural.js";
import { canDrawUnicode } from "../../src/render/progress.js";
import { toJsonDocument } from "../../src/render/rendered.js";
import { renderReport } from "../../src/render/report.js";
import { makeChalk } from "../../src/render/style.js";
import { fixFirst } from "../../src/render/verdict.js";
import { displayWidth, outputWidth, wrapParagraph } from "../../src/render/wrap.js";

/** A result of a real check (its real title), with the message and steps given. */
function res(id: string, status: Status, message: Msg, remedy: Msg[] = [], data: Record<string, unknown> = {}): CheckResult {
  const def = ALL_CHECKS.find((c) => c.id === id);
  if (!def) throw new Error(`no check ${id}`);
  return {
    id,
    group: def.group,
    status,
    covers: [...def.covers],
    title: { key: def.title, values: def.titleValues?.() },
    message,
    remedy,
    code: status === "skip" ? "DEPENDENCY_NOT_MET" : `CODE_${status.toUpperCase()}`,
    dependsOn: [...(def.dependsOn ?? [])],
    durationMs: 2067,
    data,
  };
}
const blocked = (id: string, by: string): CheckResult =>
  res(id, "skip", { key: "engine.dependencyNotMet", values: { dependency: { key: ALL_CHECKS.find((c) => c.id === by)!.title } } }, [], {
    blockedBy: by,
    blockedByStatus: "fail",
  });
const report = (results: CheckResult[], lang: Lang, strict = false): RunReport => ({
  command: "all",
  generatedAt: new Date("2026-11-25T12:00:00Z"),
  lang,
  results,
  summary: summarize(results, strict),
});
const opts = { chalk: makeChalk(0), verbose: false, redacted: true };

/** A ready PC: everything passed. */
const READY = [
  res("token.module", "pass", { key: "token.module.ok", values: { modules: "opensc-pkcs11.so" } }),
  res("certs.root-installed", "pass", { key: "certs.rootInstalled.pass.subject", values: { name: "AZ Root Authority" } }),
  res("signer.installed", "pass", { key: "signer.installed.yes", values: { name: "Online imzalayıcı", version: "2.1" } }),
  res("browser.installed", "pass", { key: "browser.installed.found", values: { recommended: "Google Chrome 131" } }),
];
/** One root cause (no token plugged in) with many dependants, plus later independent problems, given in shuffled order. */
const ROOT_CAUSE = [
  res("browser.default", "warn", { key: "browser.default.notRecommended", values: { browser: "Firefox" } }),
  res("browser.installed", "fail", { key: "browser.installed.none" }),
  res("signer.installed", "fail", { key: "signer.installed.no" }),
  res("certs.root-installed", "fail", { key: "certs.rootInstalled.missing", values: { name: "AZ Root Authority", browsers: "Chrome" } }),
  res("token.module", "pass", { key: "token.module.ok", values: { modules: "opensc-pkcs11.so" } }),
  res("token.present", "fail", { key: "token.present.nothing" }, [{ key: "token.remedy.plugToken" }, { key: "token.remedy.replug" }]),
  blocked("token.pin-state", "token.present"),
  blocked("token.certificates", "token.present"),
  blocked("certs.user-validity", "token.present"),
  blocked("certs.user-chain", "token.present"),
];
/** Checks that could not run: one timed out, one crashed; nothing failed. */
const COULD_NOT = [
  res("token.module", "timeout", { key: "engine.timeout", values: { duration: duration(5000) } }, [{ key: "engine.timeoutRemedy" }]),
  blocked("token.present", "token.module"),
  res("certs.root-installed", "pass", { key: "certs.rootInstalled.pass.subject", values: { name: "AZ Root Authority" } }),
  res("signer.installed", "error", { key: "engine.crashed" }, [{ key: "engine.crashedRemedy" }]),
];

const head = (out: string) => out.split("\n\n")[0]!;
/** From the counts line to the end: the closing block. */
const tail = (out: string, lang: Lang) => {
  const lines = out.trimEnd().split("\n");
  const start = lines.findIndex((l) => /^\d/.test(l) && !/^\d+\./.test(l));
  expect(start, `${lang}: no counts line`).toBeGreaterThan(0);
  return lines.slice(start).join("\n");
};

describe("the answer first and last (issue 20)", () => {
  it("en: a ready PC — one line per group at the top, the verdict at the end, no fix list", () => {
    const out = renderHuman(report(READY, "en"), opts);
    expect(head(out)).toBe(
      [
        "✓ E-İmza token and card reader",
        "✓ Certificates (root, PCA, ICA and yours)",
        '✓ "Online imzalayıcı" signer program',
        "✓ Browser (Google Chrome / Opera)",
      ].join("\n"),
    );
    expect(tail(out, "en")).toBe(
      [
        "4 passed",
        "✓ Ready for the sale: nothing was found that would stop signing on this computer.",
        "",
        "Personal data (names, FIN, serial numbers) is hidden; --no-redact shows it.",
        "Questions about the housing system and the e-Government portal: call 108. E-İmza problems: call 157.",
      ].join("\n"),
    );
  });

  it("en: one root cause with many dependants — listed once, first, saying how many checks wait for it; then the rest in install order; warnings after", () => {
    const out = renderHuman(report(ROOT_CAUSE, "en"), opts);
    expect(head(out)).toBe(
      [
        "✗ E-İmza token and card reader — 1 problem",
        "✗ Certificates (root, PCA, ICA and yours) — 1 problem",
        '✗ "Online imzalayıcı" signer program — 1 problem',
        "✗ Browser (Google Chrome / Opera) — 1 problem, 1 warning",
      ].join("\n"),
    );
    expect(tail(out, "en")).toBe(
      [
        "1 passed, 1 warning, 4 problems, 4 not checked",
        "✗ Not ready for the sale: 4 problems to fix.",
        "",
        "What to do, in this order:",
        "  1. ✗ Token (or card) plugged in (steps above: E-İmza token and card reader) — also unblocks 4 checks",
        "  2. ✗ Root certificate AZ Root Authority (RCA) installed (steps above: Certificates (root, PCA, ICA and yours))",
        '  3. ✗ The "Online imzalayıcı" program is installed (steps above: "Online imzalayıcı" signer program)',
        "  4. ✗ Google Chrome or Opera installed (steps above: Browser (Google Chrome / Opera))",
        "",
        "Warnings (worth fixing too):",
        "  1. ! Default browser is Chrome or Opera (steps above: Browser (Google Chrome / Opera))",
        "",
        "Personal data (names, FIN, serial numbers) is hidden; --no-redact shows it.",
        "Questions about the housing system and the e-Government portal: call 108. E-İmza problems: call 157.",
      ].join("\n"),
    );
    // The dependants are not repeated in the list.
    expect(tail(out, "en")).not.toContain("PIN");
  });

  it("en: checks that could not run — the verdict is 'not known', never ready, and they are on the list", () => {
    const out = renderHuman(report(COULD_NOT, "en"), opts);
    expect(head(out)).toBe(
      [
        "⧗ E-İmza token and card reader — 1 could not be checked",
        "✓ Certificates (root, PCA, ICA and yours)",
        '? "Online imzalayıcı" signer program — 1 could not be checked',
      ].join("\n"),
    );
    const end = tail(out, "en");
    expect(end).toContain("1 passed, 1 not checked, 1 could not be checked, 1 timed out");
    expect(end).toContain("? Not known whether this computer is ready: 2 could not be checked. An unknown result is not a good one.");
    expect(end).toContain("  1. ⧗ Token driver (PKCS#11 module) (steps above: E-İmza token and card reader) — also unblocks 1 check");
    expect(end).toContain('  2. ? The "Online imzalayıcı" program is installed');
    expect(end).not.toContain("Ready for the sale");
  });

  it("az: the same three PCs, in Azerbaijani (no plural after a number)", () => {
    expect(tail(renderHuman(report(READY, "az"), opts), "az")).toContain(
      "4 uğurlu\n✓ Satışa hazırdır: bu kompüterdə imzalamağa mane olan heç nə tapılmadı.",
    );
    const root = renderHuman(report(ROOT_CAUSE, "az"), opts);
    expect(head(root)).toContain("✗ Brauzer (Google Chrome / Opera) — 1 problem, 1 xəbərdarlıq");
    const end = tail(root, "az");
    expect(end).toContain("1 uğurlu, 1 xəbərdarlıq, 4 problem, 4 yoxlanılmadı");
    expect(end).toContain("✗ Satışa hazır deyil: aradan qaldırılmalı 4 problem var.");
    expect(end).toContain(
      "Nə etməli, bu ardıcıllıqla:\n  1. ✗ Token (və ya kart) qoşulub (addımlar yuxarıda: E-İmza tokeni və kart oxuyucusu) — bundan daha 4 yoxlama asılıdır",
    );
    expect(end).toContain("Xəbərdarlıqlar (bunları da düzəltmək yaxşıdır):");
    expect(end).toContain("108");
    const unknown = tail(renderHuman(report(COULD_NOT, "az"), opts), "az");
    expect(unknown).toContain("? Kompüterin satışa hazır olub-olmadığı məlum deyil: 2 yoxlanıla bilmədi.");
  });

  it("ru: the same three PCs, in Russian (1 проблема, 2 проблемы, 5 проблем)", () => {
    expect(tail(renderHuman(report(READY, "ru"), opts), "ru")).toContain("4 проверки пройдены\n✓ Готов к продаже");
    const root = renderHuman(report(ROOT_CAUSE, "ru"), opts);
    expect(head(root)).toContain("✗ Браузер (Google Chrome / Opera) — 1 проблема, 1 предупреждение");
    const end = tail(root, "ru");
    expect(end).toContain("1 проверка пройдена, 1 предупреждение, 4 проблемы, 4 проверки пропущены");
    expect(end).toContain("✗ Не готов к продаже. Нужно устранить: 4 проблемы.");
    expect(end).toMatch(/Что делать, по порядку:\n {2}1\. ✗ [^\n]+ — от этого зависят ещё: 4 проверки/);
    const unknown = tail(renderHuman(report(COULD_NOT, "ru"), opts), "ru");
    expect(unknown).toContain("? Неизвестно, готов ли компьютер к продаже: 2 проверки не завершились.");
  });

  it("puts the fix list in the notice's install order: token → driver → root → trust → PCA/ICA → signer → browser", () => {
    const ids = [
      "browser.installed",
      "signer.installed",
      "certs.intermediates",
      "certs.root-trusted",
      "certs.root-installed",
      "token.module",
      "token.present",
    ];
    const shuffled = [ids[3], ids[0], ids[6], ids[2], ids[5], ids[1], ids[4]].map((id) => res(id!, "fail", { key: "engine.crashed" }));
    expect(fixFirst(shuffled).map((r) => r.id)).toEqual([...ids].reverse());
    // The JSON carries the same order, and the verdict.
    const doc = toJsonDocument(report(shuffled, "en"), {
      version: "1",
      platform: { os: "linux", release: "6", arch: "x64", node: "v20" },
      redacted: true,
    });
    expect(doc.summary.fixFirst).toEqual([...ids].reverse());
    expect(doc.summary.verdict).toBe("not-ready");
    expect(doc.summary.exitCode).toBe(1);
    // With --strict a warning is a problem to fix, not a warning after the list.
    const warned = [res("browser.default", "warn", { key: "engine.crashed" })];
    expect(
      toJsonDocument(report(warned, "en", true), { version: "1", platform: doc.platform, redacted: true, strict: true }).summary,
    ).toMatchObject({ verdict: "not-ready", fixFirst: ["browser.default"] });
    expect(toJsonDocument(report(warned, "en"), { version: "1", platform: doc.platform, redacted: true }).summary).toMatchObject({
      verdict: "unknown",
      fixFirst: [],
    });
    expect(toJsonDocument(report(READY, "en"), { version: "1", platform: doc.platform, redacted: true }).summary).toMatchObject({
      verdict: "ready",
      fixFirst: [],
    });
  });
});

describe("counts and durations in each language", () => {
  it("en: 1 warning / 2 warnings; ru: 1 / 2 / 5 / 21 / 1,5; az: no plural after a number", () => {
    expect([1, 2].map((n) => countOf("en", "render.noun.warn", n))).toEqual(["1 warning", "2 warnings"]);
    expect([1, 2, 5, 21, 11].map((n) => countOf("ru", "render.noun.fail", n))).toEqual([
      "1 проблема",
      "2 проблемы",
      "5 проблем",
      "21 проблема",
      "11 проблем",
    ]);
    expect([1, 2, 5].map((n) => countOf("az", "render.noun.fail", n))).toEqual(["1 problem", "2 problem", "5 problem"]);
    expect(durationText("en", 2067)).toBe("2.1 s");
    expect(durationText("en", 12_400)).toBe("12 s");
    expect(durationText("az", 2000)).toBe("2 saniyə");
    expect(durationText("ru", 2000)).toBe("2 секунды");
    expect(durationText("ru", 5000)).toBe("5 секунд");
    expect(durationText("ru", 1500)).toBe("1,5 секунды");
  });
});

describe("marks where the console cannot draw ✓ ✗ ⧗", () => {
  it("follows the spinner's rule: Linux console and legacy Windows console get ASCII", () => {
    expect(canDrawUnicode("linux", { TERM: "xterm-256color" })).toBe(true);
    expect(canDrawUnicode("linux", { TERM: "linux" })).toBe(false);
    expect(canDrawUnicode("win32", {})).toBe(false);
    expect(canDrawUnicode("win32", { WT_SESSION: "x" })).toBe(true);
    expect(canDrawUnicode("win32", { TERM_PROGRAM: "vscode" })).toBe(true);
  });

  it("ASCII marks differ in shape: [OK] [X] [!] [?] [-]", () => {
    const out = renderHuman(report([...ROOT_CAUSE, ...COULD_NOT.slice(3)], "en"), { ...opts, unicode: false });
    for (const m of [
      "[OK] Token driver",
      "[X] Token (or card) plugged in",
      "[!] Default browser",
      "[-] PIN",
      '[?] The "Online',
      "[X] Not ready for the sale",
      "1. [X] Token (or card)",
    ])
      expect(out).toContain(m);
    expect(out).not.toMatch(/[✓✗⧗]/);
  });
});

describe("a console that reads well", () => {
  const LONG: CheckResult[] = [
    ...ROOT_CAUSE,
    res("certs.root-trusted", "fail", { key: "certs.rootInstalled.missing", values: { name: "AZ Root Authority", browsers: "Chrome" } }, [
      { key: "browser.remedy.setDefaultWindows" },
      { key: "certs.remedy.linux.trustRoot", values: { name: "AZ Root Authority" } },
      { key: "token.remedy.checkClock" },
      { key: "token.remedy.changePin" },
    ]),
  ];
  for (const lang of ["az", "en", "ru"] as const) {
    for (const width of [60, 80, 120]) {
      it(`${lang}, ${width} columns: no line wider, except a single unbreakable token`, () => {
        const out = renderHuman(report(LONG, lang), { ...opts, width });
        const wide = out.split("\n").filter((l) => displayWidth(l) > width && l.trim().includes(" "));
        expect(wide).toEqual([]);
        // Wrapping only moves words: the text is the same with the breaks taken out.
        const flat = (s: string) => s.replace(/\s+/g, " ").trim();
        expect(flat(out)).toBe(flat(renderHuman(report(LONG, lang), opts)));
      });
    }
  }

  it("hangs a step's further lines under its text, and breaks a menu path at its arrows", () => {
    const lines = wrapParagraph(
      'Open "Settings → Privacy and security → Manage certificates → Authorities" and press "Import".',
      40,
      "    1. ",
    );
    expect(lines[0]!.startsWith("    1. Open")).toBe(true);
    for (const l of lines.slice(1)) expect(l.startsWith("       ") && !l.startsWith("        ")).toBe(true);
    // No menu label is cut in two: every line that goes on with a path ends at an arrow.
    expect(lines.join("\n")).not.toMatch(/Privacy\n|and\n\s+security|Manage\n/);
    expect(lines.some((l) => l.endsWith("→"))).toBe(true);
  });

  it("does not wrap into a pipe; 80 columns on a terminal of unknown width; COLUMNS first", () => {
    expect(outputWidth({ isTTY: false, env: { COLUMNS: "60" }, columns: 60 })).toBeUndefined();
    expect(outputWidth({ isTTY: true, env: {} })).toBe(80);
    expect(outputWidth({ isTTY: true, env: {}, columns: 132 })).toBe(132);
    expect(outputWidth({ isTTY: true, env: { COLUMNS: "60" }, columns: 132 })).toBe(60);
    const out = renderHuman(report(ROOT_CAUSE, "en"), opts);
    expect(out.split("\n").some((l) => displayWidth(l) > 100)).toBe(true);
  });
});

describe("the built CLI on a terminal and into a pipe", () => {
  const hasScript = existsSync("/usr/bin/script");
  /** Runs the CLI on a pseudo-terminal of `cols` columns made by script(1); stdout and stderr both come back. */
  const onPty = (cols: number, args: string, env: Record<string, string> = {}) =>
    new Promise<string>((resolve) => {
      // COLUMNS is set after stty: the shell script(1) starts sets it from the terminal's size.
      const vars = Object.entries(env)
        .map(([k, v]) => `${k}=${v} `)
        .join("");
      const child = spawn(
        "script",
        ["-qfec", `stty cols ${cols} rows 40; ${vars}exec "${process.execPath}" "${BIN}" ${args}`, "/dev/null"],
        {
          cwd: REPO_ROOT,
          env: { ...process.env, LANG: "en_US.UTF-8", NO_COLOR: "1" },
          stdio: ["pipe", "pipe", "pipe"],
        },
      );
      // Bytes kept whole until the end: a chunk may end inside a letter's UTF-8 sequence (ğ, ə).
      const chunks: Buffer[] = [];
      child.stdout.on("data", (b: Buffer) => chunks.push(b));
      const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
      child.on("close", () => {
        clearTimeout(timer);
        resolve(Buffer.concat(chunks).toString("utf8"));
      });
      child.stdin.end();
    });
  // Spinner frames are drawn with escape sequences; the report's own lines have none (NO_COLOR).
  const reportLines = (out: string) => out.split(/\r?\n/).filter((l) => !l.includes("\u001b"));

  it.runIf(hasScript)(
    "wraps to the terminal's width (60 columns) and to COLUMNS (120) in az",
    async () => {
      for (const [cols, env] of [
        [60, {}],
        [200, { COLUMNS: "120" }],
      ] as const) {
        const out = await onPty(cols, "all --offline --lang az", env);
        const limit = "COLUMNS" in env ? 120 : cols;
        expect(out).toContain("Satışa hazır");
        expect(
          reportLines(out).filter((l) => displayWidth(l) > limit && l.trim().includes(" ")),
          `${cols} columns`,
        ).toEqual([]);
      }
    },
    120_000,
  );

  it("does not wrap into a pipe", async () => {
    const r = await runCli(["all", "--offline", "--lang", "az"], { env: { COLUMNS: "60" } });
    expect(r.stdout).toContain("Satışa hazır");
    expect(r.stdout.split("\n").some((l) => displayWidth(l) > 80)).toBe(true);
  }, 120_000);
});

describe("budgets in a check's words, in seconds for a person", () => {
  it("the console says 5 s / 5 saniyə / 5 секунд where the check measured 5000 ms", () => {
    const timedOut = [
      res("token.module", "timeout", { key: "engine.timeout", values: { duration: duration(5000) } }),
      res("browser.default", "error", { key: "browser.default.timeout", values: { duration: duration(2067) } }),
    ];
    expect(renderHuman(report(timedOut, "en"), opts)).toContain("The check did not finish in time (5 s) and was stopped");
    expect(renderHuman(report(timedOut, "en"), opts)).toContain("within 2.1 s.");
    expect(renderHuman(report(timedOut, "az"), opts)).toContain("(5 saniyə)");
    expect(renderHuman(report(timedOut, "ru"), opts)).toContain("(5 секунд)");
    expect(renderHuman(report(timedOut, "ru"), opts)).toContain("За отведённое время (2,1 секунды)");
    expect(renderHuman(report(timedOut, "en"), opts)).not.toMatch(/\d+ ?(ms|milliseconds)\b/);
    // The words are seconds at the source, so the JSON's message and the Markdown report say them too.
    const doc = toJsonDocument(report(timedOut, "ru"), {
      version: "1",
      platform: { os: "linux", release: "6", arch: "x64", node: "v20" },
      redacted: true,
    });
    expect(doc.checks.find((c) => c.id === "token.module")!.message).toContain("(5 секунд)");
    const md = renderReport(report(timedOut, "ru"), doc);
    expect(md).toContain("(5 секунд)");
    expect(md).toContain("За отведённое время (2,1 секунды)");
    expect(md).not.toMatch(/\d+ ?мс/);
  });
});
