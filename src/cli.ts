import type { MessageKey } from "./i18n/keys.js";
import { Command, CommanderError, Option } from "commander";
import type { Io } from "./commands/command.js";
import { CHECK_COMMANDS } from "./commands/index.js";
import { startCheckCommand } from "./commands/start-run.js";
import { parseGlobals, prescanLang, type RawOptions } from "./cli/global-options.js";
import { commanderOption, optionOfFlag, RUN_OPTIONS, type OptionName } from "./cli/options.js";
import { UsageError } from "./core/errors.js";
import { EXIT } from "./core/exit-code.js";
import { visible } from "./core/visible.js";
import { createNodeHost } from "./host/node-host.js";
import { watchStdio } from "./host/stdio.js";
import { charsetWarning, nonUtf8Charset } from "./cli/charset.js";
import { detectLang, isLang, type Lang } from "./i18n/lang.js";
import { loadCatalogs, t } from "./i18n/catalog.js";
import { switchLangHint } from "./i18n/switch-hint.js";
import type { Host } from "./host/host.js";
import type { RunCheckCommandOptions } from "./commands/run-checks.js";
import { homedir } from "node:os";
import { cacheDirFor } from "./host/browsers/cache-dir.js";

/** For the command-line entry: Ctrl+C, SIGTERM and SIGHUP end every child, then exit 130/143/129. */
export { exitOnSignals } from "./host/process.js";

export interface MainOptions {
  io?: Io;
  version: string;
  /** A host to run against (tests); the real machine by default. */
  host?: (offline: boolean) => Host;
  /** Given each check command's report once made (the double-clicked executable offers to save it). */
  onReport?: RunCheckCommandOptions["onReport"];
}

/**
 * Parses argv, runs the command and returns the exit code. Never throws: usage errors
 * are one line on stderr in the user's language (exit 64); unexpected failures also
 * one line, with the stack only under --verbose.
 */
export async function main(argv: readonly string[], mo: MainOptions): Promise<number> {
  if (mo.io) return runMain(argv, mo, mo.io);
  // The real stdout and stderr, watched: results that did not reach stdout (a full disk,
  // a closed stdout) are a failed run with a line on stderr, never exit 0 (issue 18.12).
  const std = watchStdio();
  const io: Io = {
    stdout: std.stdout,
    stderr: std.stderr,
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    columns: process.stdout.columns,
  };
  // A terminal in another charset than UTF-8 is told so once, in English (issue 18.13).
  const codeset = process.stdout.isTTY || process.stderr.isTTY ? nonUtf8Charset(io.env, process.platform) : undefined;
  if (codeset) io.stderr(charsetWarning(codeset, io.env.LC_ALL || io.env.LC_CTYPE || io.env.LANG || ""));
  const code = await runMain(argv, mo, io);
  const failed = await std.stdoutFailure();
  if (!failed) return code;
  const requested = prescanLang(argv);
  const lang: Lang = requested && isLang(requested) ? requested : detectLang(io.env);
  io.stderr(t(lang, "cli.error.prefix", { message: t(lang, "cli.error.stdoutFailed", { reason: failed }) }) + "\n");
  return code === EXIT.OK ? EXIT.INCOMPLETE : code;
}

async function runMain(argv: readonly string[], mo: MainOptions, io: Io): Promise<number> {
  const requested = prescanLang(argv);
  const lang: Lang = requested && isLang(requested) ? requested : detectLang(io.env);
  await loadCatalogs([lang]);
  const verbose = argv.includes("--verbose");
  const fail = (key: MessageKey, values: Record<string, string | number> = {}) => {
    io.stderr(t(lang, "cli.error.prefix", { message: t(lang, key, values) }) + "\n" + t(lang, "cli.error.hint") + "\n");
    return EXIT.USAGE;
  };
  if (requested !== undefined && !isLang(requested)) return fail("cli.error.badLang", { value: requested });

  let exitCode: number = EXIT.OK;
  const program = buildProgram(
    lang,
    mo.version,
    io,
    async (name, raw, extra) => {
      if (extra.length > 0) {
        // "guzestli-check --sale … plan": a command's own options follow its name, as in its --help.
        if (COMMAND_NAMES.includes(extra[0]!)) throw new UsageError("cli.error.optionsBeforeCommand", { command: extra[0]! });
        throw new UsageError("cli.error.unknownCommand", { command: extra[0]! });
      }
      const g = parseGlobals(raw, name, { lang, isTTY: io.isTTY });
      if (name === "list") {
        // Like the checks' code, the list of checks is loaded only when asked for.
        const { runList } = await import("./commands/list.js");
        exitCode = runList(io, { json: g.json, lang, version: mo.version });
        return;
      }
      const host = (
        mo.host ?? ((offline) => createNodeHost({ offline, interactive: g.run.interactiveTerminal && Boolean(process.stdin.isTTY) }))
      )(g.run.offline);
      const cmd = CHECK_COMMANDS.find((c) => c.name === name)!;
      exitCode = await startCheckCommand(
        cmd,
        { host, options: g.run, json: g.json, io },
        { version: mo.version, noColor: g.noColor, reportFile: g.report, label: g.label, onReport: mo.onReport },
      );
    },
    async (query, raw) => {
      const g = parseGlobals(raw, "explain", { lang, isTTY: io.isTTY });
      // The explain table (every code's meaning and steps) is loaded only for `explain`.
      const { runExplain } = await import("./commands/explain.js");
      const switchHint = g.json ? undefined : await switchLangHint(lang, g.run.langFromLocale, "explain <…>");
      exitCode = runExplain(query, io, { json: g.json, lang, version: mo.version, verbose: g.run.verbose, switchHint });
    },
    async (paths, raw) => {
      const g = parseGlobals(raw, "summary", { lang, isTTY: io.isTTY });
      // The reports are inputs: --report may not overwrite one of them.
      const { validateFiles } = await import("./cli/outputs.js");
      await validateFiles({ report: g.report, certFiles: paths, caFiles: [], modules: [] });
      const { runSummary } = await import("./commands/summary.js");
      exitCode = await runSummary(paths, io, { json: g.json, lang, version: mo.version, reportFile: g.report });
    },
  );

  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") {
        return EXIT.OK;
      }
      return fail(...commanderErrorMessage(e));
    }
    if (e instanceof UsageError) return fail(e.key, citizenReason(lang, stringValues(e.values), verbose));
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr(t(lang, "cli.error.prefix", { message: t(lang, "cli.error.unexpected", { reason: err.message }) }) + "\n");
    if (verbose && err.stack) io.stderr(err.stack.split("\n").map(visible).join("\n") + "\n");
    return EXIT.INCOMPLETE;
  }
}

function buildProgram(
  lang: Lang,
  version: string,
  io: Io,
  runCommand: (name: string, raw: RawOptions, extra: string[]) => Promise<void>,
  runExplainCommand: (query: string, raw: RawOptions) => Promise<void>,
  runSummaryCommand: (paths: string[], raw: RawOptions) => Promise<void>,
): Command {
  const tr = (key: MessageKey) => t(lang, key);
  // The words in commander's help skeleton ("[options] [command]", "<file>") come from the catalogue too
  // (an option's argument name: src/cli/options.ts).
  const program = new Command("guzestli-check")
    .usage(tr("cli.usage"))
    .description(tr("cli.description"))
    .version(version, "-V, --version", tr("cli.opt.version"))
    .helpOption("-h, --help", tr("cli.opt.help"))
    .helpCommand(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      // Commander's own English error lines are replaced by ours (see commanderErrorMessage).
      writeErr: (s) => {
        if (!s.startsWith("error:")) io.stderr(s);
      },
    })
    // A subcommand's --help lists its own options and, under "Global Options", the common ones.
    .configureHelp({
      styleTitle: (title) => translateTitle(lang, title),
      showGlobalOptions: true,
      // "token [options]" in the list of commands, in the run's language.
      subcommandTerm: (cmd) =>
        [
          cmd.name(),
          cmd.options.length > 0 ? tr("cli.usage.command") : "",
          ...cmd.registeredArguments.map((a) => `<${a.name()}${a.variadic ? "..." : ""}>`),
        ]
          .filter(Boolean)
          .join(" "),
    })
    .addHelpText(
      "after",
      `\n${tr("cli.help.exitCodes")}\n${t(lang, "cli.help.files", { dir: cacheDirFor(process.platform, homedir(), io.env) })}`,
    )
    // What every command takes; each command's own options are declared with the command
    // (src/commands/<name>.ts, src/cli/options.ts) and listed by its --help.
    .option("--json", tr("cli.opt.json"))
    .addOption(new Option("--lang <az|en|ru>", tr("cli.opt.lang")))
    .option("--no-color", tr("cli.opt.noColor"))
    .option("--verbose", tr("cli.opt.verbose"));

  for (const cmd of CHECK_COMMANDS) {
    const sub = program
      .command(cmd.name, { isDefault: cmd.name === "all" })
      .usage(tr("cli.usage.command"))
      .description(tr(cmd.description))
      .helpOption("-h, --help", tr("cli.opt.help"));
    for (const name of optionsOf(cmd.name)) sub.addOption(commanderOption(name, tr));
    sub
      // Extra words are taken so that a mistyped command ("guzestli-check tokn") is
      // reported as an unknown command rather than as a stray argument of `all`.
      .allowExcessArguments(true)
      .action(async (_opts, self: Command) => {
        await runCommand(cmd.name, self.optsWithGlobals<RawOptions>(), self.args);
      });
  }
  program
    .command("explain")
    .description(tr("cli.cmd.explain"))
    .helpOption("-h, --help", tr("cli.opt.help"))
    .argument(`<${tr("cli.argName.query")}...>`, tr("cli.arg.query"))
    .usage(`${tr("cli.usage.command")} <${tr("cli.argName.query")}...>`)
    .action((query: string[], _opts, self: Command) => runExplainCommand(query.join(" "), self.optsWithGlobals<RawOptions>()));
  program
    .command("summary")
    .description(tr("cli.cmd.summary"))
    .helpOption("-h, --help", tr("cli.opt.help"))
    .argument(`<${tr("cli.argName.reports")}...>`, tr("cli.arg.reports"))
    .usage(`${tr("cli.usage.command")} <${tr("cli.argName.reports")}...>`)
    .addOption(commanderOption("report", tr))
    .action((paths: string[], _opts, self: Command) => runSummaryCommand(paths, self.optsWithGlobals<RawOptions>()));
  program
    .command("list")
    .usage(tr("cli.usage.command"))
    .description(tr("cli.cmd.list"))
    .helpOption("-h, --help", tr("cli.opt.help"))
    .allowExcessArguments(true)
    .action(async (_opts, self: Command) => {
      await runCommand("list", self.optsWithGlobals<RawOptions>(), self.args);
    });
  return program;
}

/** Every command, in the order --help lists them. */
const COMMAND_NAMES: readonly string[] = [...CHECK_COMMANDS.map((c) => c.name), "explain", "summary", "list"];

/** The options a command takes besides --json, --lang, --no-color and --verbose. */
function optionsOf(command: string): readonly OptionName[] {
  const cmd = CHECK_COMMANDS.find((c) => c.name === command);
  // summary writes its table as a report too; explain and list print what they know on
  // stdout: nothing to check, write or change.
  if (command === "summary") return ["report"];
  return cmd ? [...cmd.options, ...RUN_OPTIONS] : [];
}

const TITLE_KEYS: Record<string, Record<Lang, string>> = {
  "Usage:": { en: "Usage:", az: "İstifadə:", ru: "Использование:" },
  "Options:": { en: "Options:", az: "Seçimlər:", ru: "Параметры:" },
  "Commands:": { en: "Commands:", az: "Əmrlər:", ru: "Команды:" },
  "Arguments:": { en: "Arguments:", az: "Arqumentlər:", ru: "Аргументы:" },
  "Global Options:": { en: "Global Options:", az: "Ümumi seçimlər:", ru: "Общие параметры:" },
};

function translateTitle(lang: Lang, title: string): string {
  return TITLE_KEYS[title]?.[lang] ?? title;
}

/** Turns commander's English error into a catalogue key with the offending word. */
function commanderErrorMessage(e: CommanderError): [MessageKey, Record<string, string>] {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? "";
  switch (e.code) {
    case "commander.unknownOption": {
      // An option of other commands: say which ones take it (from their declarations).
      const name = optionOfFlag(quoted);
      const takers = name === undefined ? [] : COMMAND_NAMES.filter((c) => optionsOf(c).includes(name));
      return takers.length > 0
        ? ["cli.error.optionNotForCommand", { option: quoted.split("=")[0]!, commands: takers.join(", ") }]
        : ["cli.error.unknownOption", { option: quoted }];
    }
    case "commander.unknownCommand":
      return ["cli.error.unknownCommand", { command: quoted }];
    case "commander.missingArgument":
      // Only explain takes an argument: say what it wants, not "query needs a value" (issue #21.13).
      return ["cli.error.explainNeedsQuery", {}];
    case "commander.optionMissingArgument":
      return ["cli.error.missingArgument", { option: quoted.split(" ")[0] ?? quoted }];
    case "commander.excessArguments":
      return ["cli.error.excessArguments", { argument: "" }];
    default:
      return ["cli.error.unexpected", { reason: e.message.replace(/^error:\s*/, "") }];
  }
}

/**
 * A usage error's `reason` is the system's English ("ENOENT: no such file or directory …").
 * The citizen reads the common cases in words; anything else is named only with --verbose.
 */
function citizenReason(lang: Lang, values: Record<string, string | number>, verbose: boolean): Record<string, string | number> {
  const raw = values.reason;
  if (raw === undefined) return values;
  const text = String(raw);
  const key = /ENOENT|no such file/i.test(text)
    ? "cli.reason.notFound"
    : /EACCES|EPERM|permission denied/i.test(text)
      ? "cli.reason.noAccess"
      : /EISDIR|is a directory/i.test(text)
        ? "cli.reason.isDirectory"
        : "cli.reason.other";
  const words = t(lang, key);
  return { ...values, reason: verbose && key === "cli.reason.other" ? text : words };
}

function stringValues(v: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, x] of Object.entries(v))
    out[k] = typeof x === "number" ? x : typeof x === "object" && x ? String((x as { value: string }).value) : String(x);
  return out;
}
