import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildReminders } from "../../src/plan/reminders.js";
import { escapeText, foldLine } from "../../src/plan/ics.js";
import { parseSaleTime } from "../../src/cli/sale-time.js";
import { DAY_BEFORE_STEPS } from "../../src/plan/steps.js";
import { t } from "../../src/i18n/catalog.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

interface Component {
  name: string;
  props: { name: string; params: string; value: string }[];
  children: Component[];
}

/**
 * A strict reader of what RFC 5545 requires of the file's shape: CRLF endings,
 * physical lines of at most 75 octets of valid UTF-8, folding undone, BEGIN/END
 * balanced. It is the test's own, so it does not share the writer's mistakes.
 */
function parseIcs(bytes: Buffer): Component {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const text = decoder.decode(bytes);
  expect(text.endsWith("\r\n")).toBe(true);
  expect(/[^\r]\n|\r[^\n]/.test(text)).toBe(false);
  // Split the bytes, not the string: the 75-octet limit is on bytes.
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(start, i);
      expect(line.length, decoder.decode(line)).toBeLessThanOrEqual(75);
      decoder.decode(line); // throws if a fold split a UTF-8 character
      start = i + 2;
    }
  }
  const logical = text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
  const root: Component = { name: "", props: [], children: [] };
  const stack: Component[] = [root];
  for (const line of logical) {
    const m = /^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    expect(m, line).not.toBeNull();
    const [, name, params, value] = m!;
    if (name === "BEGIN") {
      const c: Component = { name: value!, props: [], children: [] };
      stack.at(-1)!.children.push(c);
      stack.push(c);
    } else if (name === "END") {
      expect(stack.pop()!.name).toBe(value);
    } else {
      stack.at(-1)!.props.push({ name: name!, params: params!, value: value! });
    }
  }
  expect(stack).toHaveLength(1);
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

const prop = (c: Component, name: string) => c.props.find((p) => p.name === name)?.value;
const unescapeText = (v: string) => v.replace(/\\n/gi, "\n").replace(/\\([,;\\])/g, "$1");

describe("the .ics writer", () => {
  it("folds at 75 octets without splitting a UTF-8 character", () => {
    const long = `DESCRIPTION:${"ə".repeat(100)}`;
    const folded = foldLine(long);
    for (const physical of folded.split("\r\n")) expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(long);
  });

  it("escapes TEXT values", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
  });

  it.each(["en", "az", "ru"] as const)("writes a valid calendar with the sale-day reminders (%s)", (lang) => {
    const sale = parseSaleTime("2026-12-01T10:00");
    const now = new Date("2026-11-25T12:00:00Z");
    const cal = parseIcs(Buffer.from(buildReminders(sale, lang, now), "utf8"));
    expect(cal.name).toBe("VCALENDAR");
    expect(prop(cal, "VERSION")).toBe("2.0");
    expect(prop(cal, "PRODID")).toBeTruthy();
    const events = cal.children.filter((c) => c.name === "VEVENT");
    expect(events).toHaveLength(3);
    expect(new Set(events.map((e) => prop(e, "UID"))).size).toBe(3);
    for (const e of events) {
      expect(prop(e, "DTSTAMP")).toBe("20261125T120000Z");
      expect(prop(e, "DTSTART")).toMatch(/^\d{8}T\d{6}Z$/);
      expect(prop(e, "DTEND")! > prop(e, "DTSTART")!).toBe(true);
      const alarms = e.children.filter((c) => c.name === "VALARM");
      expect(alarms.length).toBeGreaterThan(0);
      for (const a of alarms) {
        expect(prop(a, "ACTION")).toBe("DISPLAY");
        expect(prop(a, "TRIGGER")).toMatch(/^-?PT\d+M$/);
        expect(prop(a, "DESCRIPTION")).toBeTruthy();
      }
    }
    // Times in UTC: the evening before at 18:00 Baku = 14:00Z; login at 08:00 Baku (two hours before) = 04:00Z for half an hour; the sale at 06:00Z.
    const [dayBefore, login, saleEvent] = events;
    expect(prop(dayBefore!, "DTSTART")).toBe("20261130T140000Z");
    expect(prop(login!, "DTSTART")).toBe("20261201T040000Z");
    expect(prop(login!, "DTEND")).toBe("20261201T043000Z");
    expect(prop(saleEvent!, "DTSTART")).toBe("20261201T060000Z");
    expect(saleEvent!.children.map((a) => prop(a, "TRIGGER"))).toContain("-PT60M");
    expect(unescapeText(prop(login!, "SUMMARY")!)).toBe(t(lang, "plan.ics.login.summary"));
    // The day-before list comes back intact after escaping and folding.
    const description = unescapeText(prop(dayBefore!, "DESCRIPTION")!);
    expect(description.split("\n")).toHaveLength(DAY_BEFORE_STEPS.length);
    expect(description).toContain(t(lang, "plan.dayBefore.step.browser"));
  });
});

describe("plan --ics (built CLI)", () => {
  const dir = tempDir("gc-ics-");

  it("writes the file and reports it", async () => {
    const file = join(dir, "sale.ics");
    const r = await runCli(["plan", "--sale", "2099-12-01T10:00", "--ics", file, "--json", "--no-redact"]);
    expect(r.code).toBe(0);
    const cal = (JSON.parse(r.stdout) as { checks: { id: string; code: string; status: string }[] }).checks.find(
      (c) => c.id === "plan.calendar",
    )!;
    expect(cal).toMatchObject({ status: "pass", code: "PLAN_ICS_WRITTEN" });
    const parsed = parseIcs(readFileSync(file));
    expect(parsed.children.filter((c) => c.name === "VEVENT")).toHaveLength(3);
  });

  it("all --sale --ics writes it too", async () => {
    const file = join(dir, "all.ics");
    const r = await runCli(["all", "--offline", "--sale", "2099-12-01T10:00", "--ics", file, "--json", "--timeout", "20000"], {
      timeoutMs: 120_000,
    });
    const cal = (JSON.parse(r.stdout) as { checks: { id: string; code: string }[] }).checks.find((c) => c.id === "plan.calendar")!;
    expect(cal.code).toBe("PLAN_ICS_WRITTEN");
    parseIcs(readFileSync(file));
  });

  it("a folder that does not exist is a usage error before the plan runs, not a crash", async () => {
    const file = join(dir, "no", "such", "dir", "x.ics");
    const r = await runCli(["plan", "--sale", "2099-12-01T10:00", "--ics", file, "--json", "--lang", "en"]);
    expect(r.code).toBe(64);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("does not exist");
  });
});
