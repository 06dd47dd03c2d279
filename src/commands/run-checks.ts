import type { CheckCommand, CommandContext } from "./command.js";
import type { CheckResult, RunReport } from "../core/types.js";
import { selectChecks } from "../checks/registry.js";
import { runChecks } from "../core/runner.js";
import { redactCommands, redactResults } from "../core/redact.js";
import { summarize } from "../core/exit-code.js";
import { toJsonDocument, type JsonDocument } from "../render/rendered.js";
import { renderHuman } from "../render/human.js";
import { renderReport } from "../render/report.js";
import { renderHtmlReport } from "../render/html.js";
import { colorLevel, makeChalk } from "../render/style.js";
import { canAnimate, canDrawUnicode } from "../render/progress.js";
import { outputWidth } from "../render/wrap.js";
import { t } from "../i18n/catalog.js";
import { switchLangHint } from "../i18n/switch-hint.js";
import { loadOra } from "../core/lazy.js";
import { UsageError } from "../core/errors.js";
import { windowsInventoryTimedOut } from "../host/windows/inventory.js";

export interface RunCheckCommandOptions {
  version: string;
  noColor: boolean;
  reportFile?: string;
  /** --label: the name an IT helper gives this PC, carried in the JSON for `summary`. */
  label?: string;
  /** Given the (redacted) report and its JSON document once made: the double-clicked executable offers to save it. */
  onReport?: (report: RunReport, doc: JsonDocument) => void;
}

/**
 * The support report's format, by the file's extension: .html/.htm one self-contained
 * page, .json the JSON document (what `summary` reads), anything else Markdown.
 */
export function reportFormat(file: string): "html" | "json" | "md" {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  return ext === "html" || ext === "htm" ? "html" : ext === "json" ? "json" : "md";
}

/**
 * Runs a check command's checks and writes what they found; returns the exit code of
 * the contract. Started by start-run.ts, which has refused bad input already.
 */
export async function runCheckCommand(cmd: CheckCommand, ctx: CommandContext, o: RunCheckCommandOptions): Promise<number> {
  const { host, options, io } = ctx;
  await cmd.prepare?.(ctx);
  const checks = selectChecks(cmd.groups(options), undefined, cmd.extraChecks?.(options));

  // No spinner while checks ask questions: it would redraw over the prompt and swallow the answers.
  const asksQuestions = options.interactive || options.login || (options.fix && !options.yes);
  const level = colorLevel({ json: ctx.json, noColor: o.noColor, isTTY: io.isTTY, env: io.env });
  const spinner =
    !ctx.json && io.isTTY && !asksQuestions && canAnimate(process.stderr) ? await startSpinner(ctx, checks.length, level > 0) : undefined;
  let done = 0;
  const raw: CheckResult[] = await runChecks(checks, {
    host,
    options,
    onResult: () => {
      done++;
      if (spinner) spinner.text = t(options.lang, "render.progress", { done, total: checks.length });
    },
  }).finally(() => spinner?.stop());

  markInventoryTimeout(raw, checks, host);
  const results = redactResults(raw, {
    redact: options.redact,
    homedir: host.platform.homedir,
    username: host.platform.username,
  });
  const rc = { redact: options.redact, homedir: host.platform.homedir, username: host.platform.username };
  const report: RunReport = {
    command: cmd.name,
    generatedAt: host.now(),
    lang: options.lang,
    results,
    summary: summarize(results, options.strict),
    ...(options.verbose && host.execLog ? { commands: redactCommands(host.execLog, rc) } : {}),
  };
  await cmd.finish?.(ctx, report);

  const doc = toJsonDocument(report, {
    version: o.version,
    platform: {
      os: host.platform.os,
      release: host.platform.release,
      arch: host.platform.arch,
      node: host.platform.node,
    },
    redacted: options.redact,
    strict: options.strict,
    label: o.label,
  });
  o.onReport?.(report, doc);
  if (ctx.json) {
    io.stdout(JSON.stringify(doc, null, 2) + "\n");
  } else {
    const switchHint = await switchLangHint(options.lang, options.langFromLocale, cmd.name);
    io.stdout(
      renderHuman(report, {
        chalk: makeChalk(level),
        verbose: options.verbose,
        redacted: options.redact,
        switchHint,
        strict: options.strict,
        width: outputWidth(io),
        unicode: canDrawUnicode(io.platform ?? process.platform, io.env),
      }),
    );
  }
  if (o.reportFile) {
    try {
      const format = reportFormat(o.reportFile);
      const text =
        format === "html"
          ? renderHtmlReport(report, doc)
          : format === "json"
            ? JSON.stringify(doc, null, 2) + "\n"
            : renderReport(report, doc);
      await host.fs.writeFile(o.reportFile, text);
    } catch (e) {
      throw new UsageError("cli.error.fileNotWritable", { file: o.reportFile, reason: (e as Error).message });
    }
    if (!ctx.json) io.stderr(t(options.lang, "report.written", { file: o.reportFile }) + "\n");
  }
  return report.summary.exitCode;
}

async function startSpinner(ctx: CommandContext, total: number, colour: boolean) {
  const ora = await loadOra();
  // NO_COLOR and --no-color reach the spinner too: ora colours its frames unless told not to.
  // The same Unicode decision as the status marks (canDrawUnicode): braille dots, or | / - \\.
  const unicode = canDrawUnicode(ctx.io.platform ?? process.platform, ctx.io.env);
  return ora({
    text: t(ctx.options.lang, "render.progress", { done: 0, total }),
    stream: process.stderr,
    color: colour ? "cyan" : false,
    spinner: unicode ? "dots" : "line",
  }).start();
}

/**
 * When the run's one PowerShell inventory ran out of time, every check that needed it
 * and could not be checked says so, and how to give it more time: "could not check"
 * alone would send the citizen looking for a fault that is not there.
 */
function markInventoryTimeout(
  results: CheckResult[],
  checks: readonly { id: string; readsWindowsInventory?: boolean }[],
  host: CommandContext["host"],
): void {
  if (host.platform.os !== "win32") return;
  const budgetMs = windowsInventoryTimedOut(host);
  if (budgetMs === undefined) return;
  const reads = new Set(checks.filter((c) => c.readsWindowsInventory).map((c) => c.id));
  for (const r of results) {
    const couldNotCheck =
      r.status === "error" ||
      r.status === "timeout" ||
      (r.status === "skip" && !["DEPENDENCY_NOT_MET", "NOT_APPLICABLE", "OFFLINE_SKIPPED"].includes(r.code));
    if (!reads.has(r.id) || !couldNotCheck) continue;
    r.remedy = [...r.remedy, { key: "engine.inventoryTimedOut", values: { seconds: Math.round(budgetMs / 1000) } }];
    r.data = { ...r.data, windowsInventoryTimedOut: true };
  }
}
