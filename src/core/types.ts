import type { ChecklistId } from "./checklist.js";
import type { ExecRecord, Host } from "../host/host.js";
import type { Lang } from "../i18n/lang.js";
import type { MessageKey } from "../i18n/keys.js";

/** What happened to a check. "Could not check" (error/timeout) is never a problem verdict. */
export type Status = "pass" | "warn" | "fail" | "skip" | "error" | "timeout" | "info";

export const STATUSES: readonly Status[] = ["pass", "warn", "fail", "skip", "error", "timeout", "info"];

/** The groups, in the order the human report shows them. */
export const GROUPS = ["token", "certs", "signer", "browser", "network", "asan", "plan"] as const;
export type Group = (typeof GROUPS)[number];

/** A value that can be put into a message: text, a number, personal data, or another message (rendered in the same language). */
export type MsgValue = string | number | Pii | Duration | Msg;

/**
 * A time span in milliseconds (`duration()` in core/duration.ts). A message shows it in
 * seconds in the run's language ("2 s", "2 saniyə", "2 секунды"); the check's `data`
 * keeps the milliseconds for scripts.
 */
export interface Duration {
  readonly $ms: number;
}

/** A message is a catalogue key plus the values for its `{placeholders}`. */
export interface Msg {
  key: MessageKey;
  /** A value left undefined is as if not given (one return of several may leave one out). */
  values?: Record<string, MsgValue | undefined>;
}

/**
 * A value that identifies a person: the citizen's name, FIN, a certificate or token
 * serial number, a subject DN. Checks wrap such values with `pii()`; redaction
 * (on by default) replaces them before any renderer sees the result.
 */
export interface Pii {
  readonly $pii: PiiKind;
  readonly value: string;
}
/** "file": a file name the user gave (--cert): it often holds the holder's name and FIN (issue 18.9). */
export type PiiKind = "name" | "personalNumber" | "serial" | "dn" | "email" | "phone" | "username" | "path" | "file";

/** The options every check can read; parsed and validated by the CLI. */
export interface RunOptions {
  lang: Lang;
  /** The language came from the OS locale, not from --lang (an English Windows gives English). */
  langFromLocale?: boolean;
  offline: boolean;
  timeoutMs: number;
  verbose: boolean;
  strict: boolean;
  redact: boolean;
  modules: string[];
  certFiles: string[];
  caFiles: string[];
  sale?: Date;
  /** The sale date as the user wrote it, for messages. */
  saleText?: string;
  fix: boolean;
  yes: boolean;
  login: boolean;
  phone?: string;
  interactive: boolean;
  ics?: string;
  /** Whether stdin/stdout are a terminal (for prompts). */
  interactiveTerminal: boolean;
}

/** What a check's `run` returns: a code its `codes` declare, and the words for this run. */
export interface Outcome<TOut = unknown, C extends string = string> {
  /** Never given: the status follows from the code (the check's `codes`). */
  status?: never;
  /** Stable machine code, declared in the check's `codes`. */
  code: C;
  message: Msg;
  remedy?: Msg[];
  /** Facts found; may hold `pii()` values. Shown in JSON and `--verbose`. */
  data?: Record<string, unknown>;
  /** Typed hand-over to dependants (not rendered). E.g. the token's certificates. */
  output?: TOut;
}

/**
 * What one code of a check means. The status follows from the code; `explain <code>`
 * gives the catalogue text `<group>.explain.<CODE>` (defineCheck refuses a code without
 * one) and these steps.
 */
export interface CodeSpec {
  readonly status: Status;
  /**
   * The steps `explain` gives, in order: catalogue keys without placeholders (a check's
   * own steps name the device, driver or date).
   */
  readonly remedy?: readonly MessageKey[];
  /**
   * Steps results with this code carry that are for an IT helper, not the citizen
   * (terminal commands, certutil, package managers): the citizen's screen shows, in
   * their place, whom to ask; --verbose, the JSON and the support report keep them.
   */
  readonly helperSteps?: readonly MessageKey[];
  /** Where the fact comes from, when it is not the tool's own code (explain/sources.ts). */
  readonly source?: string | Msg;
  /** Message texts met elsewhere (a portal, a browser) that mean this code, for `explain "<text>"`. */
  readonly texts?: readonly string[];
}

/**
 * A check's name for the checks that depend on it: its id, typed with what it hands
 * over (`ctx.dep(handle)` gives that type, with no cast and no string id).
 */
export interface CheckHandle<TOut = unknown> {
  readonly id: string;
  /** Never set: carries the type of the check's output. */
  readonly outputType?: TOut;
}

export interface CheckContext {
  host: Host;
  options: RunOptions;
  /** Aborted when the check's budget runs out; pass it to every host call. */
  signal: AbortSignal;
  /** The check's own budget in ms (for host calls that want a deadline). */
  budgetMs: number;
  /** Output of a dependency (`dependsOn` or `uses`) that ended pass, warn or info. */
  dep<T>(check: CheckHandle<T>): T | undefined;
  /** Output of a dependency whatever its status (a failed check may still hand over what it read). */
  depOutput<T>(check: CheckHandle<T>): T | undefined;
  /** Result of a dependency, whatever its status (undefined when not in this run). */
  depResult(check: CheckHandle<unknown>): CheckResult | undefined;
}

/**
 * A check as the runner sees it. Checks are written with `defineCheck`
 * (core/define-check.ts), which takes handles for the dependencies and holds every code
 * to its explain text at compile time.
 */
export interface CheckDefinition<TOut = unknown, C extends string = string> {
  id: string;
  group: Group;
  /** Checklist ids this check verifies or guides. */
  covers: readonly ChecklistId[];
  /** Hard dependencies: when one does not end pass/warn/info, this check is skipped. */
  dependsOn?: readonly string[];
  /** Soft dependencies: waited for when in the run, output read if any; never skip. */
  uses?: readonly string[];
  /** Only on these platforms (else the check is `skip` with NOT_APPLICABLE). */
  platforms?: readonly NodeJS.Platform[];
  /** Needs the network: `--offline` makes it `skip` without running it. */
  network?: boolean;
  /** Multiplies the per-check budget for checks that probe several things (default 1). */
  budgetFactor?: number;
  /**
   * Waits, on Windows, for the run's one PowerShell inventory (USB devices, processes,
   * listening ports, certificate stores): the check's budget there is at least the
   * inventory's own, which fits a cold PowerShell start (host/windows/inventory.ts).
   */
  readsWindowsInventory?: boolean;
  /** Catalogue key of the title. */
  title: MessageKey;
  /**
   * Values for the title's placeholders. With a host: this run's values (an overridden
   * port); without one (`list`, `explain`): the defaults.
   */
  titleValues?(host?: Host): Record<string, string | number>;
  /** Every code `run` may return: its status, its explain steps, its IT-helper steps. */
  codes: Readonly<Record<C, CodeSpec>>;
  run(ctx: CheckContext): Promise<Outcome<TOut, C>>;
}

/** A finished check, as renderers see it (before text rendering). */
export interface CheckResult {
  id: string;
  group: Group;
  status: Status;
  covers: ChecklistId[];
  title: Msg;
  message: Msg;
  remedy: Msg[];
  code: string;
  dependsOn: string[];
  durationMs: number;
  data: Record<string, unknown>;
  output?: unknown;
  /** Only for status error, shown with --verbose. */
  errorStack?: string;
}

export interface Summary {
  pass: number;
  warn: number;
  fail: number;
  skip: number;
  error: number;
  timeout: number;
  info: number;
  exitCode: number;
}

export interface RunReport {
  command: string;
  generatedAt: Date;
  lang: Lang;
  results: CheckResult[];
  summary: Summary;
  /** External programs the run started (--verbose only), user names taken out of paths. */
  commands?: ExecRecord[];
}
