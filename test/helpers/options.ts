import type { RunOptions } from "../../src/core/types.js";

/** RunOptions as the CLI would build them with no flags, overridable per test. */
export function runOptions(over: Partial<RunOptions> = {}): RunOptions {
  return {
    lang: "en",
    offline: true,
    timeoutMs: 2_000,
    verbose: false,
    strict: false,
    redact: true,
    modules: [],
    certFiles: [],
    caFiles: [],
    fix: false,
    yes: false,
    login: false,
    interactive: false,
    interactiveTerminal: false,
    ...over,
  };
}
