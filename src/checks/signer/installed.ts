import { defineCheck } from "../../core/define-check.js";
import type { CodeSpec } from "../../core/types.js";
import { pii } from "../../core/pii.js";
import { listInstalledApps, PartialAppListError, type InstalledApp } from "../../host/installed-apps/index.js";
import { listProcesses } from "../../host/processes/index.js";
import { loadSignerCatalogue } from "./catalogue.js";
import { signerDisplayName, signerForAppName, signerForExecutable } from "./match.js";
import { looksLikeInstaller, signerLocations } from "./locations.js";
import { catalogueErrorOutcome, queryDeadline, reasonOf, SIGNER_INSTALLED_CHECK } from "./shared.js";

/** What this check can say; each code decides the status. */
const INSTALLED_CODES = {
  SIGNER_INSTALLED: { status: "pass" },
  SIGNER_FOUND_RUNNING: { status: "pass" },
  SIGNER_NOT_INSTALLED: {
    status: "fail",
    remedy: ["signer.installed.no.remedy.download", "signer.installed.no.remedy.order", "signer.remedy.hotline"],
  },
  SIGNER_INSTALL_UNKNOWN: { status: "error", remedy: ["signer.installed.unknown.remedy"] },
  SIGNER_CATALOG_INVALID: { status: "error", remedy: ["signer.catalogInvalid.remedy"], helperSteps: ["signer.catalogInvalid.remedy"] },
} as const satisfies Record<string, CodeSpec>;

/**
 * EIMZA-SIGNER-INSTALLED: the signer program appears among the installed programs
 * (Windows Uninstall keys, macOS /Applications, Linux desktop entries and packages).
 * A signer that runs but is not registered (a portable copy) also counts: it is on
 * this computer.
 */
export const signerInstalledCheck = defineCheck({
  id: SIGNER_INSTALLED_CHECK,
  group: "signer",
  covers: ["EIMZA-SIGNER-INSTALLED"],
  title: "signer.installed.title",
  budgetFactor: 2,
  readsWindowsInventory: true,
  codes: INSTALLED_CODES,
  async run(ctx) {
    let catalogue: Awaited<ReturnType<typeof loadSignerCatalogue>>;
    try {
      catalogue = await loadSignerCatalogue(ctx.host, ctx.signal);
    } catch (e) {
      const o = catalogueErrorOutcome(e);
      if (o) return o;
      throw e;
    }
    const opts = { timeoutMs: queryDeadline(ctx), signal: ctx.signal };
    let apps: InstalledApp[];
    let partial: PartialAppListError | undefined;
    try {
      apps = await listInstalledApps(ctx.host, opts);
    } catch (e) {
      // Part of the list read: a signer in it counts; its absence proves nothing (below).
      if (!(e instanceof PartialAppListError)) {
        return {
          code: "SIGNER_INSTALL_UNKNOWN",
          message: { key: "signer.installed.unknown", values: { reason: reasonOf(e) } },
          remedy: [{ key: "signer.installed.unknown.remedy" }],
        };
      }
      apps = e.apps;
      partial = e;
    }
    const found = apps.flatMap((app) => {
      const s = signerForAppName(app.name, catalogue);
      return s ? [{ app, signer: s }] : [];
    });
    if (found.length > 0) {
      const first = found[0]!;
      const locations = await signerLocations(ctx.host, found, catalogue);
      return {
        code: "SIGNER_INSTALLED",
        message: {
          key: "signer.installed.yes",
          values: { name: signerDisplayName(first.app, first.signer), version: first.app.version ?? "?" },
        },
        data: {
          programs: found.map((f) => ({ name: f.app.name, version: f.app.version, source: f.app.source, signer: f.signer.id })),
          locations: locations.map((l) => ({
            signer: l.signerId,
            folder: l.folder ? pii(l.folder, "path") : null,
            file: l.file ? pii(l.file, "path") : null,
          })),
        },
        output: { installed: true, signerIds: [...new Set(found.map((f) => f.signer.id))], locations },
      };
    }
    // Not registered: a copy that runs without an installer still counts.
    const running = await listProcesses(ctx.host, opts).catch(() => []);
    // An installer or updater named after the signer (in Downloads, say) is not the program.
    const runningSigner = running.find(
      (p) =>
        [p.name, p.exe, p.argv0].some((n) => n && signerForExecutable(n, catalogue)) &&
        ![p.name, p.exe].some((n) => n && looksLikeInstaller(n)),
    );
    if (!runningSigner && partial) {
      return {
        code: "SIGNER_INSTALL_UNKNOWN",
        message: { key: "signer.installed.unknown", values: { reason: reasonOf(partial) } },
        remedy: [{ key: "signer.installed.unknown.remedy" }],
        data: { programsListed: apps.length },
      };
    }
    if (runningSigner) {
      return {
        code: "SIGNER_FOUND_RUNNING",
        message: { key: "signer.installed.running", values: { name: runningSigner.name } },
        data: { process: { pid: runningSigner.pid, name: runningSigner.name } },
        output: { installed: true, signerIds: [] },
      };
    }
    return {
      code: "SIGNER_NOT_INSTALLED",
      message: { key: "signer.installed.no" },
      remedy: [
        { key: "signer.installed.no.remedy.download" },
        { key: "signer.installed.no.remedy.order" },
        { key: "signer.remedy.hotline" },
      ],
      data: { lookedFor: catalogue.flatMap((s) => s.names), programsListed: apps.length },
      output: { installed: false, signerIds: [] },
    };
  },
});
