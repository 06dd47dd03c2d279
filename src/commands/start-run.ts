import type { CheckCommand, CommandContext } from "./command.js";
import type { RunCheckCommandOptions } from "./run-checks.js";
import type { RunOptions } from "../core/types.js";
import { validateFiles } from "../cli/outputs.js";
import { SIGNER_CATALOG_ENV } from "../checks/signer/known-signers.js";
import { validateCertificateInputs } from "../certs/load.js";
import { officialCasOf } from "../certs/official-set.js";
import { candidateModules } from "../checks/token/module-catalogue.js";
import { startReadProbes } from "../host/pkcs11/probe.js";
import { loadX509 } from "../core/lazy.js";
import { windowsInventory } from "../host/windows/inventory.js";

/**
 * The start of every check command, kept small: the checks' own code (most of the
 * tool) is loaded only after this, so that the slowest part of a run, the PKCS#11
 * probe child with its own Node start, is already under way while it loads.
 *
 * 1. Bad input is refused before anything runs (exit 64), whichever command got it:
 *    files to write first (cheap), then the inputs' contents. Every input is parsed
 *    here, once, before the runner starts any check's clock; the --ca files must also
 *    have the official hierarchy's shape (one root, each CA signed by the one above).
 * 2. When the command reads the token, the read probe of each module starts (no
 *    login, no PIN: the same probe the token check would start itself); on Windows
 *    the run's one PowerShell inventory starts too.
 * 3. The checks' code loads and they run; probes nobody collected are ended when the
 *    run ends.
 */
export async function startCheckCommand(cmd: CheckCommand, ctx: CommandContext, o: RunCheckCommandOptions): Promise<number> {
  const { host, options } = ctx;
  const catalogue = host.env[SIGNER_CATALOG_ENV];
  await validateFiles({
    report: o.reportFile,
    ics: options.ics,
    certFiles: options.certFiles,
    caFiles: options.caFiles,
    modules: options.modules,
    otherInputs: catalogue ? [catalogue] : [],
  });
  await validateCertificateInputs(host, [...options.certFiles, ...options.caFiles]);
  await officialCasOf(host, options.caFiles);

  const early = new AbortController();
  try {
    // On Windows what only PowerShell tells (USB devices, processes, certificate stores)
    // comes from one PowerShell process a run, whose start costs 0.3-2 s: it starts now
    // too, for the groups that read it (windowsInventory shares it with every check),
    // first: finding a module no catalogue lists can take a second or two there.
    if (host.platform.os === "win32" && readsWindowsInventory(cmd, options))
      void windowsInventory(host, { timeoutMs: options.timeoutMs }).catch(() => {});
    // The catalogue's modules that exist, or the --module files (refused above when missing),
    // or those discovered. A discovered module for another processor is said, never loaded (module.ts).
    const candidates = readsToken(cmd, options)
      ? await candidateModules(host, options.modules, { timeoutMs: options.timeoutMs, signal: early.signal })
      : [];
    const modules = candidates.filter((c) => !c.wrongArch).map((c) => c.path);
    startReadProbes(host, modules, { timeoutMs: options.timeoutMs, signal: early.signal });
    const { runCheckCommand } = await import("./run-checks.js");
    // A citizen's token holds certificates, which the certificate parser (the heaviest
    // library) reads as soon as the probe answers; it loads while the probe still runs.
    if (modules.length > 0) void loadX509().catch(() => {});
    return await runCheckCommand(cmd, ctx, o);
  } finally {
    early.abort(new Error("run finished"));
  }
}

/** Whether the command's checks include the token's (they all start from token.module). */
function readsToken(cmd: CheckCommand, options: RunOptions): boolean {
  return cmd.groups(options).includes("token") || (cmd.extraChecks?.(options) ?? []).some((id) => id.startsWith("token."));
}

/** The groups whose checks read the Windows inventory: token (USB), certs (stores), signer (processes, ports). */
function readsWindowsInventory(cmd: CheckCommand, options: RunOptions): boolean {
  return cmd.groups(options).some((g) => g === "token" || g === "certs" || g === "signer");
}
