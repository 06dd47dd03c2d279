import type { CheckCommand, CommandContext } from "./command.js";
import type { CheckResult, RunReport } from "../core/types.js";
import { selectChecks } from "../checks/registry.js";
import { runChecks } from "../core/runner.js";
import { redactResults, redactString } from "../core/redact.js";
import { summarize } from "../core/exit-code.js";
import { toJsonDocument } from "../render/rendered.js";
import { renderHuman } from "../render/human.js";
import { renderReport } from "../render/report.js";
import { colorLevel, makeChalk } from "../render/style.js";
import { canAnimate } from "../render/progress.js";
import { t } from "../i18n/catalog.js";
import { switchLangHint } from "../i18n/switch-hint.js";
import { loadOra } from "../core/lazy.js";
import { UsageError } from "../core/errors.js";

export interface RunCheckCommandOptions {
  version: string;
  noColor: boolean;
  reportFile?: string;
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
    ...(options.verbose && host.execLog
      ? { commands: host.execLog.map((c) => ({ ...c, command: redactString(c.command, rc), args: c.args.map((a) => redactString(a, rc)) })) }
      : {}),
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
  });
  if (ctx.json) {
    io.stdout(JSON.stringify(doc, null, 2) + "\n");
  } else {
    const switchHint = await switchLangHint(options.lang, options.langFromLocale, cmd.name);
    io.stdout(renderHuman(report, { chalk: makeChalk(level), verbose: options.verbose, redacted: options.redact, switchHint }));
  }
  if (o.reportFile) {
    try {
      await host.fs.writeFile(o.reportFile, renderReport(report, doc));
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
  return ora({ text: t(ctx.options.lang, "render.progress", { done: 0, total }), stream: process.stderr, color: colour ? "cyan" : false }).start();
}
