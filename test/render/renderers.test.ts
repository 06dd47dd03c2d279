import { describe, expect, it } from "vitest";
import { duration } from "../../src/core/duration.js";
import { renderHuman } from "../../src/render/human.js";
import { renderReport } from "../../src/render/report.js";
import { toJsonDocument } from "../../src/render/rendered.js";
import { colorLevel, makeChalk } from "../../src/render/style.js";
import { summarize } from "../../src/core/exit-code.js";
import type { CheckResult, RunReport, Status } from "../../src/core/types.js";
import { switchLangHint } from "../../src/i18n/switch-hint.js";

function res(id: string, status: Status, extra: Partial<CheckResult> = {}): CheckResult {
  return {
    id,
    group: "token",
    status,
    covers: [],
    title: { key: "group.token" },
    message: { key: "engine.timeout", values: { duration: duration(7) } },
    remedy: [],
    code: "CODE_" + status.toUpperCase(),
    dependsOn: [],
    durationMs: 3,
    data: {},
    ...extra,
  };
}
function report(results: CheckResult[], lang: RunReport["lang"] = "en"): RunReport {
  return { command: "all", generatedAt: new Date("2026-11-25T12:00:00Z"), lang, results, summary: summarize(results, false) };
}
const plain = { chalk: makeChalk(0), verbose: false, redacted: true };

describe("human renderer", () => {
  it("shows one symbol a check, the steps under problems only, and a closing verdict", () => {
    const out = renderHuman(
      report([
        res("a", "pass", { remedy: [{ key: "engine.crashedRemedy" }] }),
        res("b", "fail", { remedy: [{ key: "engine.timeoutRemedy" }, { key: "engine.crashedRemedy" }] }),
        res("c", "skip", { message: { key: "engine.dependencyNotMet", values: { dependency: "b" } } }),
      ]),
      plain,
    );
    expect(out).toContain("✓ E-İmza token and card reader");
    expect(out).toContain("✗ E-İmza token and card reader");
    expect(out).toContain('Not checked: first fix the problem found by the check "b" above.');
    expect(out.match(/What to do:/g)).toHaveLength(1);
    expect(out).toContain("1. Run the check again a little later");
    expect(out).toContain("2. This is a fault of guzestli-check");
    expect(out).toContain("1 passed, 1 problem, 1 not checked");
    expect(out).toContain("✗ Not ready for the sale: 1 problem to fix.");
    expect(out).not.toMatch(/\u001b\[/);
  });

  it("never says all is well when nothing was verified", () => {
    const out = renderHuman(report([res("a", "skip"), res("b", "info")]), plain);
    expect(out).toContain("Nothing was verified");
    expect(out).not.toContain("Nothing blocks signing");
  });

  it("says an incomplete run is unknown, not good", () => {
    expect(renderHuman(report([res("a", "pass"), res("b", "timeout")]), plain)).toContain(
      "? Not known whether this computer is ready: 1 could not be checked. An unknown result is not a good one.",
    );
  });

  it("shows data, timings and stacks only with --verbose", () => {
    const r = res("a", "error", { data: { module: "/usr/lib/x.so" }, errorStack: "Error: boom\n    at x (y.js:1:1)" });
    const quiet = renderHuman(report([r]), plain);
    const loud = renderHuman(report([r]), { ...plain, verbose: true });
    expect(quiet).not.toContain("/usr/lib/x.so");
    expect(quiet).not.toContain("at x (y.js");
    expect(loud).toContain('"module": "/usr/lib/x.so"');
    expect(loud).toContain("at x (y.js:1:1)");
    expect(loud).toContain("(0 s)");
    expect(renderHuman(report([{ ...r, durationMs: 2067 }]), { ...plain, verbose: true })).toContain("(2.1 s)");
  });

  it("colours only when asked to", () => {
    const out = renderHuman(report([res("a", "fail")]), { ...plain, chalk: makeChalk(1) });
    expect(out).toMatch(/\u001b\[31m✗/);
  });
});

describe("colorLevel", () => {
  const base = { json: false, noColor: false, isTTY: true, env: {} as NodeJS.ProcessEnv };
  it("is off for --json, --no-color, NO_COLOR and pipes", () => {
    expect(colorLevel({ ...base, json: true })).toBe(0);
    expect(colorLevel({ ...base, noColor: true })).toBe(0);
    expect(colorLevel({ ...base, env: { NO_COLOR: "1" } })).toBe(0);
    expect(colorLevel({ ...base, isTTY: false })).toBe(0);
  });
  it("follows FORCE_COLOR, even into a pipe, but never into JSON", () => {
    expect(colorLevel({ ...base, isTTY: false, env: { FORCE_COLOR: "2" } })).toBe(2);
    expect(colorLevel({ ...base, env: { FORCE_COLOR: "0" } })).toBe(0);
    expect(colorLevel({ ...base, json: true, env: { FORCE_COLOR: "3" } })).toBe(0);
  });
  it("is on for a terminal", () => {
    expect(colorLevel(base)).toBeGreaterThan(0);
  });
});

describe("support report", () => {
  it("lists every check that did not pass with its steps, then the JSON", () => {
    const rep = report(
      [res("ok", "pass"), res("broken", "fail", { remedy: [{ key: "engine.timeoutRemedy" }] }), res("guide", "info")],
      "az",
    );
    const doc = toJsonDocument(rep, {
      version: "9.9.9",
      platform: { os: "linux", release: "6", arch: "x64", node: "v20" },
      redacted: true,
    });
    const md = renderReport(rep, doc);
    expect(md).toMatch(/^# guzestli-check dəstək hesabatı/);
    expect(md).toContain("`broken`");
    expect(md).not.toContain("`ok`");
    expect(md).not.toContain("`guide`");
    expect(md).toContain("1. Yoxlamanı bir az sonra yenidən işə salın");
    expect(JSON.parse(/```json\n([\s\S]+)\n```/.exec(md)![1]!)).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});

describe("citizen text: raw values, IT-helper steps, dates, language (issue 13)", () => {
  const raw = res("token.usb-device", "error", {
    message: { key: "token.usb.unavailable", values: { source: "/sys/bus/usb/devices", reason: "/sys/bus/usb/devices does not exist" } },
    remedy: [{ key: "token.remedy.plugToken" }, { key: "token.remedy.startPcscd" }],
  });

  for (const lang of ["az", "en", "ru"] as const) {
    it(`${lang}: the raw reason and the sudo step stay out of the citizen's lines, and --verbose shows them`, () => {
      const quiet = renderHuman(report([raw], lang), plain);
      expect(quiet).not.toContain("does not exist");
      expect(quiet).not.toContain("/sys/bus");
      expect(quiet).not.toContain("sudo");
      expect(quiet).not.toContain("`");
      expect(quiet).toMatch(/2\. .*(İT köməkçisi|IT helper|IT-специалист)/);
      const loud = renderHuman(report([raw], lang), { ...plain, verbose: true });
      expect(loud).toContain("reason: /sys/bus/usb/devices does not exist");
      expect(loud).toContain("sudo systemctl enable --now pcscd.socket");
    });
  }

  it("the JSON keeps the raw reason in detail and every step; the report shows both and says which zone", () => {
    const r = report([raw], "az");
    const doc = toJsonDocument(r, { version: "0.0.0", platform: { os: "linux", release: "6", arch: "x64", node: "v20" }, redacted: true });
    expect(doc.checks[0]!.detail).toEqual({ source: "/sys/bus/usb/devices", reason: "/sys/bus/usb/devices does not exist" });
    expect(doc.checks[0]!.remedy.join(" ")).toContain("sudo systemctl");
    const md = renderReport(r, doc);
    expect(md).toContain("/sys/bus/usb/devices does not exist");
    expect(md).toContain("25.11.2026 16:00 (Bakı vaxtı, UTC+4); 2026-11-25T12:00:00.000Z (UTC)");
    expect(md).toContain("Bakı vaxtı ilədir (UTC+4)");
  });

  it("writes dates as citizens do in az and ru (Baku time for an instant), ISO in English and after --sale", () => {
    const dated = res("plan.x", "info", {
      message: { key: "plan.window.past", values: { sale: "2027-01-15 10:00" } },
      remedy: [{ key: "plan.noSale.remedy" }],
    });
    const az = renderHuman(report([dated], "az"), plain);
    expect(az).toContain("15.01.2027 10:00");
    // The example of --sale is the form the citizen reads and can type (#21.8).
    expect(az).toContain('--sale "15.01.2027 10:00"');
    expect(renderHuman(report([dated], "ru"), plain)).toContain("15.01.2027 10:00");
    expect(renderHuman(report([dated], "en"), plain)).toContain("2027-01-15 10:00");
    const clock = res("network.tls", "fail", {
      message: { key: "network.tls.clock", values: { validTo: "2027-01-15", now: "2027-01-14T21:40:00.000Z" } },
    });
    expect(renderHuman(report([clock], "ru"), plain)).toContain("15.01.2027 01:40");
  });

  it("ends an English result given by the locale with how to switch to az / ru, not one asked for with --lang", async () => {
    const hint = await switchLangHint("en", true);
    const fromLocale = renderHuman(report([res("a", "pass")], "en"), { ...plain, switchHint: hint });
    expect(fromLocale.trimEnd().split("\n").at(-1)).toBe(
      "Nəticəni Azərbaycan dilində görmək üçün: guzestli-check all --lang az. Чтобы видеть результат на русском: guzestli-check all --lang ru.",
    );
    expect(await switchLangHint("en", false)).toBeUndefined();
    expect(await switchLangHint("az", true)).toBeUndefined();
    expect(renderHuman(report([res("a", "pass")], "en"), plain)).not.toContain("--lang az");
  });

  it('az: a skipped check is "yoxlanılmadı", never "keçildi", in the summary and the verdict', () => {
    const out = renderHuman(report([res("a", "skip"), res("b", "info")], "az"), plain);
    expect(out).toContain("1 yoxlanılmadı");
    expect(out).not.toMatch(/keçil/);
  });
});
