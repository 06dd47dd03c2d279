import type { RunOptions } from "../core/types.js";
import { UsageError } from "../core/errors.js";
import { isLang, type Lang } from "../i18n/lang.js";
import { parseSaleTime } from "./sale-time.js";
import { OPTIONS, type OptionName } from "./options.js";

export const DEFAULT_TIMEOUT_MS = 5_000;

/** What commander hands over, before validation. */
export interface RawOptions {
  json?: boolean;
  lang?: string;
  color?: boolean;
  verbose?: boolean;
  offline?: boolean;
  timeout?: string;
  module?: string[];
  cert?: string[];
  ca?: string[];
  sale?: string;
  report?: string;
  redact?: boolean;
  strict?: boolean;
  fix?: boolean;
  yes?: boolean;
  phone?: string;
  interactive?: boolean;
  ics?: string;
  login?: boolean;
  label?: string;
}

export interface ParsedGlobals {
  run: RunOptions;
  json: boolean;
  noColor: boolean;
  report?: string;
  label?: string;
}

export function parseGlobals(
  raw: RawOptions,
  // Which command may take which option is the command's own declaration (src/cli/options.ts):
  // commander refuses an option the command does not declare, before this is called.
  _command: string,
  ctx: { lang: Lang; isTTY: boolean },
): ParsedGlobals {
  // "--report --json" gave --report the value "--json": a file would be written under that
  // name and --json ignored. An option's value never starts with "--" (issue 18.12).
  // Every option that takes a value (its declaration in options.ts names an argument), and --lang.
  const valued: Array<[string, unknown]> = [
    ["--lang", raw.lang],
    ...(Object.keys(OPTIONS) as OptionName[])
      .filter((n) => "arg" in OPTIONS[n])
      .map((n): [string, unknown] => [OPTIONS[n].flag, raw[n as keyof RawOptions]]),
  ];
  for (const [option, v] of valued) {
    for (const value of v === undefined ? [] : Array.isArray(v) ? v : [v]) {
      if (typeof value === "string" && value.startsWith("--")) throw new UsageError("cli.error.valueIsOption", { option, value });
    }
  }
  if (raw.lang !== undefined && !isLang(raw.lang)) throw new UsageError("cli.error.badLang", { value: raw.lang });
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  if (raw.timeout !== undefined) {
    const s = raw.timeout.trim();
    const n = Number(s);
    if (!/^\d+$/.test(s) || n < 100 || n > 600_000) throw new UsageError("cli.error.badTimeout", { value: raw.timeout });
    timeoutMs = n;
  }
  const sale = raw.sale === undefined ? undefined : parseSaleTime(raw.sale);
  // The calendar's reminders are built from the sale time; without it there is nothing to write.
  if (raw.ics !== undefined && sale === undefined) throw new UsageError("cli.error.icsNeedsSale");
  const json = raw.json ?? false;
  return {
    json,
    noColor: raw.color === false,
    report: raw.report,
    // One line, at most 80 characters: it is a name in a table, not a document.
    ...(raw.label !== undefined ? { label: cleanLabel(raw.label) } : {}),
    run: {
      lang: ctx.lang,
      langFromLocale: raw.lang === undefined,
      offline: raw.offline ?? false,
      timeoutMs,
      verbose: raw.verbose ?? false,
      strict: raw.strict ?? false,
      redact: raw.redact ?? true,
      modules: raw.module ?? [],
      certFiles: raw.cert ?? [],
      caFiles: raw.ca ?? [],
      sale,
      saleText: raw.sale,
      fix: raw.fix ?? false,
      yes: raw.yes ?? false,
      login: raw.login ?? false,
      phone: raw.phone,
      interactive: raw.interactive ?? false,
      ics: raw.ics,
      interactiveTerminal: ctx.isTTY && !json,
    },
  };
}

/**
 * The language must be known before commander parses anything (its help and errors
 * are rendered in it), so --lang is looked up in argv first.
 */
export function prescanLang(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    if (a === "--lang") return argv[i + 1];
    if (a.startsWith("--lang=")) return a.slice("--lang=".length);
  }
  return undefined;
}

/** A --label as `summary` shows it: control characters and line breaks out, 80 characters at most; empty is refused. */
function cleanLabel(raw: string): string {
  const s = [...raw.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim()].slice(0, 80).join("");
  if (s === "") throw new UsageError("cli.error.missingArgument", { option: "--label" });
  return s;
}
