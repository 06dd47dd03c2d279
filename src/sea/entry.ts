/**
 * The entry of the single executable (guzestli-check-<version>-<os>-x64[.exe], built
 * by scripts/build-exe.mjs with Node.js SEA). It is the whole CLI in one script, and
 * also the PKCS#11 probe child: probe.ts starts `process.execPath` for the probe, and
 * in the executable that is the executable itself, so the probe is asked for with
 * PROBE_CHILD_ARG as the first argument.
 *
 * koffi comes as an SEA asset, written to the cache folder and verified before it is
 * loaded (src/host/koffi-file.ts); pkcs11js is not part of the executable.
 *
 * Everything else is imported dynamically: the bundler inlines those modules into this
 * one script but runs their top-level code only when imported, so `--version` and the
 * probe child do not pay for the CLI's start-up (catalogues, commander, ...).
 */
import { getAsset } from "node:sea";
import { homedir } from "node:os";
import type { Koffi } from "../host/pkcs11/koffi-binding.js";
import { ensureKoffiFile, koffiCacheDir } from "../host/koffi-file.js";

/** Set by the build (scripts/build-exe.mjs). */
declare const __GUZESTLI_VERSION__: string;
declare const __KOFFI_SHA256__: string;
declare const __KOFFI_VERSION__: string;

export const PROBE_CHILD_ARG = "--guzestli-pkcs11-probe-child";

let koffi: Koffi | undefined;

/** koffi's native module, from the verified file in the cache folder. */
function loadKoffi(): Koffi {
  if (koffi) return koffi;
  const bytes = Buffer.from(getAsset("koffi.node"));
  const path = ensureKoffiFile(koffiCacheDir(process.platform, process.env, homedir()), bytes, __KOFFI_SHA256__);
  const module = { exports: {} as Record<string, unknown> };
  process.dlopen(module, path);
  if (module.exports.version !== __KOFFI_VERSION__) throw new Error(`${path} is not koffi ${__KOFFI_VERSION__}`);
  koffi = module.exports as unknown as Koffi;
  return koffi;
}

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
  if (args[0] === PROBE_CHILD_ARG) {
    const { probeChildMain } = await import("../host/pkcs11/probe-child.js");
    probeChildMain(args[1]);
    return;
  }
  const [{ runProbeChildAsSelf }, { exitOnSignals, main }, { doubleClickLang, runDoubleClick, startedByDoubleClick, windowsSignals }] =
    await Promise.all([import("../host/pkcs11/probe.js"), import("../cli.js"), import("./double-click.js")]);
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
  const run = (argv: string[]) => main(argv, { version });
  const code = doubleClick
    ? await runDoubleClick(
        doubleClickLang(process.platform, process.env, () => signals().uiLanguageId()),
        run,
        {
          stdout: (s) => process.stdout.write(s),
          stderr: (s) => process.stderr.write(s),
          waitForEnter,
        },
      )
    : await run(args);
  flushAndExit(code);
}

void start();
