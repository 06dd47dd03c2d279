import { defineCheck } from "../../core/define-check.js";
import type { CodeSpec } from "../../core/types.js";
import { listProcesses, type ProcessInfo } from "../../host/processes/index.js";
import { loadSignerCatalogue } from "./catalogue.js";
import { signerForExecutable } from "./match.js";
import { isInsideLocation, looksLikeInstaller } from "./locations.js";
import { linuxProcessExe } from "../../host/processes/linux.js";
import { pii } from "../../core/pii.js";
import {
  catalogueErrorOutcome,
  queryDeadline,
  reasonOf,
  SIGNER_INSTALLED_CHECK,
  SIGNER_RUNNING_CHECK,
  START_SIGNER_REMEDY,
} from "./shared.js";

/** What this check can say; each code decides the status. */
const RUNNING_CODES = {
  SIGNER_RUNNING: { status: "pass" },
  SIGNER_NOT_RUNNING: { status: "fail", remedy: ["signer.remedy.start", "signer.remedy.beforeLogin", "signer.remedy.restartBrowser"] },
  SIGNER_PROCESSES_UNKNOWN: { status: "error", remedy: ["signer.running.unknown.remedy"] },
  SIGNER_CATALOG_INVALID: { status: "error", remedy: ["signer.catalogInvalid.remedy"], helperSteps: ["signer.catalogInvalid.remedy"] },
} as const satisfies Record<string, CodeSpec>;

/**
 * EIMZA-SIGNER-WORKING (first half) and EIMZA-READY-BEFORE-LOGIN (the signer half):
 * the signer program is running now. It has to be running before "e-imza ilə daxil
 * ol" is pressed; otherwise the portal says "Portala imza ilə giriş mümkün olmadı"
 * and the browser has to be restarted.
 */
export const signerRunningCheck = defineCheck({
  id: SIGNER_RUNNING_CHECK,
  group: "signer",
  covers: ["EIMZA-SIGNER-WORKING", "EIMZA-READY-BEFORE-LOGIN"],
  // signer.installed also counts a running copy that is not registered, so when it
  // fails the signer is neither installed nor running: said once, there.
  dependsOn: [SIGNER_INSTALLED_CHECK],
  title: "signer.running.title",
  budgetFactor: 2,
  readsWindowsInventory: true,
  codes: RUNNING_CODES,
  async run(ctx) {
    let catalogue: Awaited<ReturnType<typeof loadSignerCatalogue>>;
    try {
      catalogue = await loadSignerCatalogue(ctx.host, ctx.signal);
    } catch (e) {
      const o = catalogueErrorOutcome(e);
      if (o) return o;
      throw e;
    }
    let processes: ProcessInfo[];
    try {
      processes = await listProcesses(ctx.host, { timeoutMs: queryDeadline(ctx), signal: ctx.signal });
    } catch (e) {
      return {
        code: "SIGNER_PROCESSES_UNKNOWN",
        message: { key: "signer.running.unknown", values: { reason: reasonOf(e) } },
        remedy: [{ key: "signer.running.unknown.remedy" }],
      };
    }
    // A process named like the signer is the signer only when it runs from the installed
    // program's place (its folder or its file), when the OS said where that is; a copy,
    // an installer in Downloads or another program with the word in its name is not.
    // Without a known place (or a process whose path the OS hides) the name decides,
    // installers and updaters excepted.
    const locations = ctx.depOutput(SIGNER_INSTALLED_CHECK)?.locations ?? [];
    const elsewhere: Array<{ pid: number; name: string; exe: ReturnType<typeof pii> }> = [];
    const named = processes.flatMap((p) => {
      const s = [p.name, p.exe, p.argv0].map((n) => (n ? signerForExecutable(n, catalogue) : undefined)).find((x) => x);
      return s ? [{ p, s }] : [];
    });
    const found: Array<{ pid: number; name: string; signerId: string }> = [];
    for (const { p, s } of named.slice(0, 64)) {
      const places = locations.filter((l) => l.signerId === s.id);
      // Linux lists names only; the exe link is read for the few processes named like the signer.
      const exe = p.exe ?? (places.length && ctx.host.platform.os === "linux" ? await linuxProcessExe(ctx.host, p.pid) : undefined);
      if (places.length && exe) {
        if (places.some((l) => isInsideLocation(exe, l))) found.push({ pid: p.pid, name: p.name, signerId: s.id });
        else elsewhere.push({ pid: p.pid, name: p.name, exe: pii(exe, "path") });
        continue;
      }
      if ([p.name, exe].some((n) => n && looksLikeInstaller(n))) {
        elsewhere.push({ pid: p.pid, name: p.name, exe: pii(exe ?? p.name, "path") });
        continue;
      }
      found.push({ pid: p.pid, name: p.name, signerId: s.id });
    }
    if (found.length > 0) {
      const ids = new Set(found.map((f) => f.signerId));
      const knownPorts = [...new Set(catalogue.filter((s) => ids.has(s.id)).flatMap((s) => s.ports))];
      return {
        code: "SIGNER_RUNNING",
        message: { key: "signer.running.yes", values: { name: found[0]!.name, pid: found[0]!.pid } },
        data: { processes: found, ...(elsewhere.length ? { notTheInstalledProgram: elsewhere } : {}) },
        output: { processes: found, knownPorts },
      };
    }
    return {
      code: "SIGNER_NOT_RUNNING",
      message: { key: "signer.running.no" },
      remedy: [...START_SIGNER_REMEDY],
      data: { running: false, processesListed: processes.length, notTheInstalledProgram: elsewhere },
    };
  },
});
