import type { MessageKey } from "../i18n/keys.js";
import type { Group, RunOptions, RunReport } from "../core/types.js";
import type { Host } from "../host/host.js";
import type { InstalledBrowser } from "../host/browsers/types.js";
import type { OptionName } from "../cli/options.js";

/** Where a command writes, so that the CLI can be driven in-process by tests. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** The terminal's width in columns, when stdout is one (human output wraps to it). */
  columns?: number;
  /** The OS the console runs on (which marks it can draw); process.platform when not given. */
  platform?: NodeJS.Platform;
}

export interface CommandContext {
  host: Host;
  options: RunOptions;
  json: boolean;
  io: Io;
  /** The browsers installed, when a caller already knows them (else detected where needed). */
  installedBrowsers?: readonly InstalledBrowser[];
}

/** A subcommand that runs checks: which groups, and what it does around them. */
export interface CheckCommand {
  name: string;
  /** Catalogue key of the one-line description in --help. */
  description: MessageKey;
  /**
   * The options this command takes besides RUN_OPTIONS (src/cli/options.ts); its --help
   * lists them, and any other is a usage error. Adding one is adding its name here.
   */
  options: readonly OptionName[];
  groups(options: RunOptions): Group[];
  /** Checks of other groups this command runs too (with what they depend on), by id. */
  extraChecks?(options: RunOptions): string[];
  /** Validates and loads input before any check runs; throw UsageError for exit 64. */
  prepare?(ctx: CommandContext): Promise<void>;
  /** After the checks, for what the options asked to be written or changed. */
  finish?(ctx: CommandContext, report: RunReport): Promise<void>;
}
