import type { ChecklistId } from "./checklist.js";
import type { ExecRecord, Host } from "../host/host.js";
import type { Lang } from "../i18n/lang.js";

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
  key: string;
  values?: Record<string, MsgValue>;
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

/** What a check's `run` returns. */
export interface Outcome<TOut = unknown> {
  /**
   * `timeout` is for a check that bounded a host call itself and can name what did
   * not answer (e.g. a hung PKCS#11 module); the runner's own budget gives the rest.
   */
  status: Status;
  /** Stable machine code, declared in the check's `codes`. */
  code: string;
  message: Msg;
  remedy?: Msg[];
  /** Facts found; may hold `pii()` values. Shown in JSON and `--verbose`. */
  data?: Record<string, unknown>;
  /** Typed hand-over to dependants (not rendered). E.g. the token's certificates. */
  output?: TOut;
}

export interface CheckContext {
  host: Host;
  options: RunOptions;
  /** Aborted when the check's budget runs out; pass it to every host call. */
  signal: AbortSignal;
  /** The check's own budget in ms (for host calls that want a deadline). */
  budgetMs: number;
  /** Output of a dependency (`dependsOn` or `uses`) that ran and produced one. */
  dep<T = unknown>(id: string): T | undefined;
  /** Result of a dependency, whatever its status (undefined when not in this run). */
  depResult(id: string): CheckResult | undefined;
}

export interface CheckDefinition<TOut = unknown> {
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
  title: string;
  /**
   * Values for the title's placeholders. With a host: this run's values (an overridden
   * port); without one (`list`, `explain`): the defaults.
   */
  titleValues?(host?: Host): Record<string, string | number>;
  /** Every code `run` may return, with the status it goes with. */
  codes: Readonly<Record<string, Status>>;
  run(ctx: CheckContext): Promise<Outcome<TOut>>;
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
