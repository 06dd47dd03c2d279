import { REDACTED } from "../core/redact.js";
import type { ChalkInstance } from "chalk";
import type { CheckResult, Group, RunReport, Status, Summary } from "../core/types.js";
import { GROUPS } from "../core/types.js";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/catalog.js";
import { isHelperStep, resultDetail } from "./audience.js";
import { formatDatesIn } from "./dates.js";
import { countOf, durationText } from "./plural.js";
import { visible } from "../core/visible.js";
import { blockedBy, fixFirst, groupStatus, verdictOf, warningsOf } from "./verdict.js";
import { wrapParagraph } from "./wrap.js";

const UNICODE_MARK: Record<Status, string> = {
  pass: "✓",
  warn: "!",
  fail: "✗",
  skip: "-",
  error: "?",
  timeout: "⧗",
  info: "i",
};

/**
 * Where the console cannot draw ✓ ✗ ⧗ (the legacy Windows console, the Linux kernel's
 * console) the marks still differ in shape, not only in colour.
 */
const ASCII_MARK: Record<Status, string> = {
  pass: "[OK]",
  warn: "[!]",
  fail: "[X]",
  skip: "[-]",
  error: "[?]",
  timeout: "[?]",
  info: "[i]",
};

export function statusMark(status: Status, unicode = true): string {
  return (unicode ? UNICODE_MARK : ASCII_MARK)[status];
}

export interface HumanOptions {
  chalk: ChalkInstance;
  verbose: boolean;
  redacted: boolean;
  /** The last line: how to switch to az / ru, for an English result the locale chose (switch-hint.ts). */
  switchHint?: string;
  /** Columns to wrap at; none (into a pipe or a file) keeps each paragraph on one line. */
  width?: number;
  /** Whether the console draws ✓ ✗ ⧗ (progress.ts canDrawUnicode); ASCII marks otherwise. */
  unicode?: boolean;
  /** --strict: warnings are problems, on the fix list. */
  strict?: boolean;
}

/** "3 passed, 1 warning, 2 problems": the counts that are not zero, each with its noun in the right form. */
export function summaryLine(lang: Lang, s: Summary): string {
  const parts = (["pass", "warn", "fail", "skip", "error", "timeout"] as const)
    .filter((k) => s[k] > 0)
    .map((k) => countOf(lang, `render.noun.${k}`, s[k]));
  return parts.join(", ");
}

/** The closing verdict in words: ready, not ready (with how many problems), or not known. */
export function verdictText(lang: Lang, s: Summary, toFix: number): string {
  const v = verdictOf(s);
  if (v === "ready") return t(lang, "render.verdict.ready");
  if (v === "not-ready") return t(lang, "render.verdict.notReady", { problems: countOf(lang, "render.noun.fail", Math.max(1, toFix)) });
  if (s.error + s.timeout > 0)
    return t(lang, "render.verdict.unknown", { unknown: countOf(lang, "render.noun.error", s.error + s.timeout) });
  return t(lang, "render.verdict.nothingVerified");
}

/** One item of "What to do, in this order": the check, where its steps are, what waits for it. */
export function fixItemText(lang: Lang, r: { id: string; title: string; group: Group }, blocked: number): string {
  const where = t(lang, "render.fixWhere", { group: t(lang, `group.${r.group}`) });
  const blocks = blocked > 0 ? " " + t(lang, "render.fixBlocks", { checks: countOf(lang, "render.noun.check", blocked) }) : "";
  return `${r.title} ${where}${blocks}`;
}

/**
 * The citizen's view, answer first and last: one line per group (its worst mark),
 * then one block per group with one line per check and the steps under every problem,
 * then the verdict, the root causes to fix in the order that unblocks the most, the
 * warnings, and whom to call. Passing checks' details and timings only with --verbose.
 */
export function renderHuman(report: RunReport, o: HumanOptions): string {
  const { chalk: c } = o;
  const lang = report.lang;
  const unicode = o.unicode ?? true;
  const paint: Record<Status, (s: string) => string> = {
    pass: c.green,
    warn: c.yellow,
    fail: c.red,
    skip: c.dim,
    error: c.magenta,
    timeout: c.magenta,
    info: c.cyan,
  };
  const mark = (s: Status) => paint[s](statusMark(s, unicode));
  const out: string[] = [];
  /** One paragraph, wrapped, each line painted on its own (a colour never spans a line break). */
  const para = (text: string, first = "", style?: (s: string) => string, hang?: number) => {
    const lines = wrapParagraph(text, o.width, first, hang);
    for (const [i, l] of lines.entries()) {
      const lead = i === 0 ? first : " ".repeat(hang ?? first.length);
      out.push(style ? lead + style(l.slice(lead.length)) : l);
    }
  };
  /** A line whose first part is already painted (a mark): wrapped on its visible text. */
  const marked = (indent: string, s: Status, text: string, style?: (s: string) => string) => {
    const m = statusMark(s, unicode);
    const lines = wrapParagraph(text, o.width, `${indent}${m} `);
    for (const [i, l] of lines.entries()) {
      const lead = i === 0 ? `${indent}${m} ` : " ".repeat(indent.length + m.length + 1);
      const body = l.slice(lead.length);
      out.push((i === 0 ? `${indent}${mark(s)} ` : lead) + (style ? style(body) : body));
    }
  };

  const byGroup = new Map<Group, CheckResult[]>();
  for (const r of report.results) byGroup.set(r.group, [...(byGroup.get(r.group) ?? []), r]);

  // The answer first: one line per group, flutter-doctor style.
  for (const group of GROUPS) {
    const rs = byGroup.get(group);
    if (!rs) continue;
    const st = groupStatus(rs);
    const n = (ss: Status[]) => rs.filter((r) => ss.includes(r.status)).length;
    const counts = [
      [n(["fail"]), "render.noun.fail"],
      [n(["error", "timeout"]), "render.noun.error"],
      [n(["warn"]), "render.noun.warn"],
    ] as const;
    const said = counts.filter(([k]) => k > 0).map(([k, key]) => countOf(lang, key, k));
    marked("", st, t(lang, `group.${group}`) + (said.length ? ` — ${said.join(", ")}` : ""), st === "skip" ? c.dim : undefined);
  }
  if (byGroup.size > 0) out.push("");

  for (const group of GROUPS) {
    const rs = byGroup.get(group);
    if (!rs) continue;
    para(t(lang, `group.${group}`), "", c.bold);
    for (const r of rs) {
      const timing = o.verbose ? ` (${durationText(lang, r.durationMs)})` : "";
      marked("  ", r.status, t(lang, r.title) + timing);
      const msg = t(lang, r.message);
      if (msg) para(msg, "      ", r.status === "pass" || r.status === "skip" ? c.dim : undefined);
      // Steps for an IT helper (sudo, certutil, npm flags) only with --verbose; otherwise one line says whom to ask.
      const steps = o.verbose ? r.remedy : r.remedy.filter((m) => !isHelperStep(m));
      const texts = steps.map((m) => t(lang, m));
      if (steps.length < r.remedy.length) texts.push(t(lang, "render.helperSteps"));
      if (texts.length > 0 && r.status !== "pass" && r.status !== "skip") {
        if (r.status !== "info") para(t(lang, "render.whatToDo"), "      ", c.bold);
        texts.forEach((text, i) => {
          para(text, `        ${i + 1}. `);
        });
      }
      const detail = resultDetail(lang, r.message, r.remedy);
      if (o.verbose && Object.keys(detail).length > 0) {
        para(t(lang, "render.technical"), "      ", c.dim);
        for (const [k, v] of Object.entries(detail)) para(`${k}: ${v}`, "        ", c.dim);
      }
      if (o.verbose && Object.keys(r.data).length > 0) {
        para(t(lang, "render.details"), "      ", c.dim);
        // The redaction mark reads in the run's language here too (issue #21.12); the JSON keeps "[redacted]".
        const mark = t(lang, "core.redacted");
        // JSON escapes C0 controls but not C1 or bidirectional ones: values from outside are made visible.
        for (const l of JSON.stringify(r.data, null, 2)
          .split("\n")
          .map((x) => visible(x.split(REDACTED).join(mark)))) {
          const lead = /^ */.exec(l)![0];
          para(l.slice(lead.length), `        ${lead}`, c.dim);
        }
      }
      if (o.verbose && r.errorStack) {
        for (const l of r.errorStack.split("\n")) para(visible(l.trim()), "        ", c.dim);
      }
    }
    out.push("");
  }

  if (o.verbose && report.commands) {
    para(t(lang, "render.commands", { count: report.commands.length }), "", c.dim);
    for (const x of report.commands) {
      const end = x.notFound
        ? t(lang, "render.command.notFound")
        : x.timedOut
          ? t(lang, "render.command.timeout")
          : x.exitCode === null
            ? t(lang, "render.command.killed", { signal: x.signal ?? "?" })
            : t(lang, "render.command.exit", { code: x.exitCode });
      // A log for an IT helper: milliseconds, as the programs' own budgets are written.
      para(`${visible([x.command, ...x.args].join(" "))} — ${t(lang, "render.took", { ms: x.durationMs })}, ${end}`, "  ", c.dim, 4);
    }
    out.push("");
  }

  // The answer last: counts, the verdict, what to do in order, the warnings, whom to call.
  const s = report.summary;
  const toDo = fixFirst(report.results, o.strict);
  const verdict = verdictOf(s);
  para(summaryLine(lang, s));
  const vStatus: Status = verdict === "ready" ? "pass" : verdict === "not-ready" ? "fail" : s.error + s.timeout > 0 ? "error" : "warn";
  const problems = toDo.filter((r) => r.status === "fail" || r.status === "warn").length;
  marked("", vStatus, verdictText(lang, s, problems), (x) => c.bold(paint[vStatus](x)));
  const item = (r: CheckResult) =>
    fixItemText(lang, { id: r.id, title: t(lang, r.title), group: r.group }, blockedBy(report.results, r.id));
  // A numbered list of checks, each wrapped under its own number, its mark painted.
  const numbered = (list: readonly CheckResult[]) =>
    list.forEach((r, i) => {
      const lead = `  ${i + 1}. `;
      const m = statusMark(r.status, unicode);
      const lines = wrapParagraph(`${m} ${item(r)}`, o.width, lead);
      lines.forEach((l, j) => {
        out.push(j === 0 ? lead + mark(r.status) + l.slice(lead.length + m.length) : l);
      });
    });
  if (toDo.length > 0) {
    out.push("");
    para(t(lang, "render.fixList"), "", c.bold);
    numbered(toDo);
  }
  const warnings = warningsOf(report.results, o.strict);
  if (warnings.length > 0) {
    out.push("");
    para(t(lang, "render.warnList"), "", c.bold);
    numbered(warnings);
  }
  out.push("");
  if (o.redacted) para(t(lang, "render.redacted"), "", c.dim);
  para(t(lang, "render.hotlines"), "", c.dim);
  if (o.switchHint) para(o.switchHint);
  return formatDatesIn(out.join("\n") + "\n", lang);
}
