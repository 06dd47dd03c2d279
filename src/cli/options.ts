import type { KeysUnder, MessageKey } from "../i18n/keys.js";
import { Option } from "commander";

/**
 * Every option a command may take, once (issues #21.11, #22.3). Like gh, which binds
 * flags per command, each command declares by name the options it takes (its `options`
 * list in src/commands/<name>.ts, plus RUN_OPTIONS for a command that runs checks), and
 * its --help lists exactly those. An option given to a command that does not declare it
 * is a usage error that names the commands that do.
 *
 * Adding an option: an entry here (flags, catalogue key `cli.opt.<name>`), its field in
 * RawOptions (src/cli/global-options.ts), and its name in the `options` of each command
 * that takes it — for an existing option, that last line is the whole change.
 */
export interface OptionSpec {
  /** The flag with its argument placeholder, the name of which comes from `cli.argName.<arg>`. */
  flag: string;
  arg?: KeysUnder<"cli.argName.">;
  /** Catalogue key of the description in --help. */
  description: MessageKey;
  /** Given more than once, the values are collected into a list. */
  repeatable?: boolean;
}

export const OPTIONS = {
  offline: { flag: "--offline", description: "cli.opt.offline" },
  timeout: { flag: "--timeout", arg: "ms", description: "cli.opt.timeout" },
  module: { flag: "--module", arg: "path", description: "cli.opt.module", repeatable: true },
  cert: { flag: "--cert", arg: "file", description: "cli.opt.cert", repeatable: true },
  ca: { flag: "--ca", arg: "file", description: "cli.opt.ca", repeatable: true },
  sale: { flag: "--sale", arg: "dateTime", description: "cli.opt.sale" },
  report: { flag: "--report", arg: "file", description: "cli.opt.report" },
  noRedact: { flag: "--no-redact", description: "cli.opt.noRedact" },
  strict: { flag: "--strict", description: "cli.opt.strict" },
  fix: { flag: "--fix", description: "cli.opt.fix" },
  yes: { flag: "--yes", description: "cli.opt.yes" },
  phone: { flag: "--phone", arg: "model", description: "cli.opt.phone" },
  interactive: { flag: "--interactive", description: "cli.opt.interactive" },
  ics: { flag: "--ics", arg: "file", description: "cli.opt.ics" },
  login: { flag: "--login", description: "cli.opt.login" },
  label: { flag: "--label", arg: "name", description: "cli.opt.label" },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

/** What every command that runs checks takes: how the run goes and what it writes. */
export const RUN_OPTIONS: readonly OptionName[] = ["offline", "timeout", "report", "noRedact", "strict", "label"];

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The commander option of `name`, its help text in the run's language. */
export function commanderOption(name: OptionName, tr: (key: MessageKey) => string): Option {
  const spec: OptionSpec = OPTIONS[name];
  const flags = spec.arg ? `${spec.flag} <${tr(`cli.argName.${spec.arg}`)}>` : spec.flag;
  const o = new Option(flags, tr(spec.description));
  return spec.repeatable ? o.argParser(collect) : o;
}

/** The option named by a flag as typed ("--fix", "--no-redact", "--sale=…"), if there is one. */
export function optionOfFlag(flag: string): OptionName | undefined {
  const bare = flag.split("=")[0];
  return (Object.keys(OPTIONS) as OptionName[]).find((n) => OPTIONS[n].flag === bare);
}
