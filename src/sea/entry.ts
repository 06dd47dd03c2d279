/**
 * The entry of the single executable (guzestli-check-<version>-<os>-x64[.exe], built
 * by scripts/build-exe.mjs with Node.js SEA): the whole CLI in one script. The PKCS#11
 * probe child is the same executable started with PROBE_CHILD_ARG first (probe.ts
 * starts process.execPath, which here is the tool); the build bundles it apart
 * (src/sea/probe-entry.ts) and the executable's main script runs that small script for
 * it, never this one.
 *
 * koffi comes as an SEA asset, written to the cache folder and verified before it is
 * loaded (src/sea/koffi.ts, src/host/koffi-file.ts); pkcs11js is not part of the
 * executable.
 *
 * Everything else is imported dynamically: the bundler inlines those modules into this
 * one script but runs their top-level code only when imported, so `--version` does not
 * pay for the CLI's start-up (catalogues, commander, ...).
 */
import { homedir } from "node:os";
import { dirname } from "node:path";
import type { RunReport } from "../core/types.js";
import type { JsonDocument } from "../render/rendered.js";
import { loadKoffi, PROBE_CHILD_ARG } from "./koffi.js";

/** Set by the build (scripts/build-exe.mjs). */
declare const __GUZESTLI_VERSION__: string;

function flushAndExit(code: number): void {
  process.exitCode = code;
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}

function waitForEnter(): Promise<void> {
  return new Promise((resolve) => {
    process.stdin.resume();
    process.stdin.once("data", () => resolve());
    process.stdin.once("end", () => resolve());
    process.stdin.once("error", () => resolve());
  });
}

async function useKoffi(): Promise<void> {
  const [{ useOnlyKoffi }, { KoffiCryptoki }] = await Promise.all([
    import("../host/pkcs11/binding.js"),
    import("../host/pkcs11/koffi-binding.js"),
  ]);
  useOnlyKoffi(() => new KoffiCryptoki(loadKoffi()));
}

async function start(): Promise<void> {
  // argv: [executable, executable, ...arguments] in a single executable.
  const args = process.argv.slice(2);
  const version = __GUZESTLI_VERSION__;
  if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
    process.stdout.write(`${version}\n`);
    return;
  }
  await useKoffi();
  const [
    { runProbeChildAsSelf },
    { exitOnSignals, main },
    { doubleClickLang, reportFolders, runDoubleClick, startedByDoubleClick, windowsSignals },
    { renderHtmlReport },
    { createTerminalPrompter },
  ] = await Promise.all([
    import("../host/pkcs11/probe.js"),
    import("../cli.js"),
    import("./double-click.js"),
    import("../render/html.js"),
    import("../host/prompt.js"),
  ]);
  runProbeChildAsSelf([PROBE_CHILD_ARG]);
  exitOnSignals();
  const signals = () => windowsSignals(loadKoffi());
  const doubleClick = startedByDoubleClick({
    args,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    platform: process.platform,
    consoleProcessCount: () => signals().consoleProcessCount(),
  });
  if (!doubleClick) {
    flushAndExit(await main(args, { version }));
    return;
  }
  // The report of the run, kept to be offered for saving (already redacted like every report).
  let made: { report: RunReport; doc: JsonDocument } | undefined;
  const onReport = (report: RunReport, doc: JsonDocument) => {
    made = { report, doc };
  };
  const run = (argv: string[]) => main(argv, { version, onReport });
  const prompter = createTerminalPrompter(process.stdin, process.stdout);
  const code = await runDoubleClick(
    doubleClickLang(process.platform, process.env, () => signals().uiLanguageId()),
    run,
    {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      waitForEnter,
      ask: (question) => prompter.ask(question),
    },
    {
      html: () => (made ? renderHtmlReport(made.report, made.doc) : undefined),
      folders: () =>
        reportFolders({
          platform: process.platform,
          env: process.env,
          home: homedir(),
          knownFolder: (folder) => signals().knownFolder(folder),
          exeDir: dirname(process.execPath),
          cwd: process.cwd(),
        }),
      now: () => new Date(),
    },
  );
  flushAndExit(code);
}

void start();
