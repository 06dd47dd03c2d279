import type { RunOptions } from "../core/types.js";
import { UsageError } from "../core/errors.js";
import { isLang, type Lang } from "../i18n/lang.js";
import { parseSaleTime } from "./sale-time.js";

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

/** Options that belong to some commands only; anywhere else they are a usage error. */
export const COMMAND_ONLY_OPTIONS: Readonly<Record<string, { flag: string; commands: readonly string[] }>> = {
  fix: { flag: "--fix", commands: ["certs"] },
  yes: { flag: "--yes", commands: ["certs"] },
  phone: { flag: "--phone", commands: ["asan", "all"] },
  interactive: { flag: "--interactive", commands: ["asan"] },
  ics: { flag: "--ics", commands: ["plan", "all"] },
  // The report is of a check run: list and explain print everything on stdout already.
  report: { flag: "--report", commands: ["all", "token", "certs", "signer", "browser", "asan", "plan", "summary"] },
  // The PC's name in `summary`: a run's JSON carries it.
  label: { flag: "--label", commands: ["all", "token", "certs", "signer", "browser", "asan", "plan"] },
  login: { flag: "--login", commands: ["token"] },
};

export interface ParsedGlobals {
  run: RunOptions;
  json: boolean;
  noColor: boolean;
  report?: string;
  label?: string;
}

export function parseGlobals(
  raw: RawOptions,
  command: string,
  ctx: { lang: Lang; isTTY: boolean },
): ParsedGlobals {
  for (const [name, rule] of Object.entries(COMMAND_ONLY_OPTIONS)) {
    const given = raw[name as keyof RawOptions];
    if (given !== undefined && given !== false && !rule.commands.includes(command)) {
      throw new UsageError("cli.error.optionNotForCommand", { option: rule.flag, commands: rule.commands.join(", ") });
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
