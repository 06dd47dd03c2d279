import { REDACTED } from "../core/redact.js";
import type { ChalkInstance } from "chalk";
import type { CheckResult, Group, RunReport, Status } from "../core/types.js";
import { GROUPS } from "../core/types.js";
import { t } from "../i18n/catalog.js";
import { EXIT } from "../core/exit-code.js";
import { isHelperStep, resultDetail } from "./audience.js";
import { formatDatesIn } from "./dates.js";

const SYMBOL: Record<Status, string> = {
  pass: "✓",
  warn: "!",
  fail: "✗",
  skip: "-",
  error: "?",
  timeout: "⧗",
  info: "i",
};

export interface HumanOptions {
  chalk: ChalkInstance;
  verbose: boolean;
  redacted: boolean;
  /** The last line: how to switch to az / ru, for an English result the locale chose (switch-hint.ts). */
  switchHint?: string;
}

/**
 * The citizen's view: one block per group, one line per check, the steps to take under
 * every problem, and one closing verdict. Passing checks' details and timings only
 * with --verbose.
 */
export function renderHuman(report: RunReport, o: HumanOptions): string {
  const { chalk: c } = o;
  const lang = report.lang;
  const paint: Record<Status, (s: string) => string> = {
    pass: c.green,
    warn: c.yellow,
    fail: c.red,
    skip: c.dim,
    error: c.magenta,
    timeout: c.magenta,
    info: c.cyan,
  };
  const lines: string[] = [];
  const byGroup = new Map<Group, CheckResult[]>();
  for (const r of report.results) byGroup.set(r.group, [...(byGroup.get(r.group) ?? []), r]);

  for (const group of GROUPS) {
    const rs = byGroup.get(group);
    if (!rs) continue;
    lines.push(c.bold(t(lang, `group.${group}`)));
    for (const r of rs) {
      const sym = paint[r.status](SYMBOL[r.status]);
      const timing = o.verbose ? c.dim(` (${t(lang, "render.took", { ms: r.durationMs })})`) : "";
      lines.push(`  ${sym} ${t(lang, r.title)}${timing}`);
      const msg = t(lang, r.message);
      if (msg) lines.push(`      ${r.status === "pass" || r.status === "skip" ? c.dim(msg) : msg}`);
      // Steps for an IT helper (sudo, certutil, npm flags) only with --verbose; otherwise one line says whom to ask.
      const steps = o.verbose ? r.remedy : r.remedy.filter((m) => !isHelperStep(m));
      const texts = steps.map((m) => t(lang, m));
      if (steps.length < r.remedy.length) texts.push(t(lang, "render.helperSteps"));
      if (texts.length > 0 && r.status !== "pass" && r.status !== "skip") {
        if (r.status !== "info") lines.push(`      ${c.bold(t(lang, "render.whatToDo"))}`);
        texts.forEach((text, i) => lines.push(`        ${i + 1}. ${text}`));
      }
      const detail = resultDetail(lang, r.message, r.remedy);
      if (o.verbose && Object.keys(detail).length > 0) {
        lines.push(`      ${c.dim(t(lang, "render.technical"))}`);
        for (const [k, v] of Object.entries(detail)) lines.push(c.dim(`        ${k}: ${v}`));
      }
      if (o.verbose && Object.keys(r.data).length > 0) {
        lines.push(`      ${c.dim(t(lang, "render.details"))}`);
        // The redaction mark reads in the run's language here too (issue #21.12); the JSON keeps "[redacted]".
        const mark = t(lang, "core.redacted");
        for (const l of JSON.stringify(r.data, null, 2).split("\n")) lines.push(c.dim(`        ${l.split(REDACTED).join(mark)}`));
      }
      if (o.verbose && r.errorStack) {
        for (const l of r.errorStack.split("\n")) lines.push(c.dim(`        ${l}`));
      }
    }
    lines.push("");
  }

  if (o.verbose && report.commands) {
    lines.push(c.dim(t(lang, "render.commands", { count: report.commands.length })));
    for (const x of report.commands) {
      const end = x.notFound
        ? t(lang, "render.command.notFound")
        : x.timedOut
          ? t(lang, "render.command.timeout")
          : x.exitCode === null
            ? t(lang, "render.command.killed", { signal: x.signal ?? "?" })
            : t(lang, "render.command.exit", { code: x.exitCode });
      lines.push(c.dim(`  ${[x.command, ...x.args].join(" ")} — ${t(lang, "render.took", { ms: x.durationMs })}, ${end}`));
    }
    lines.push("");
  }

  const s = report.summary;
  lines.push(t(lang, "render.summary", { ...s }));
  const verdict =
    s.exitCode === EXIT.PROBLEM
      ? c.red(t(lang, "render.verdict.problem"))
      : s.exitCode === EXIT.INCOMPLETE
        ? c.magenta(t(lang, "render.verdict.incomplete"))
        : s.pass === 0
          ? c.yellow(t(lang, "render.verdict.nothingVerified"))
          : c.green(t(lang, "render.verdict.ok"));
  lines.push(verdict);
  if (o.redacted) lines.push(c.dim(t(lang, "render.redacted")));
  lines.push(c.dim(t(lang, "render.hotlines")));
  if (o.switchHint) lines.push(o.switchHint);
  return formatDatesIn(lines.join("\n") + "\n", lang);
}
