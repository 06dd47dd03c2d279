import type { CommandContext } from "../commands/command.js";
import { t } from "../i18n/catalog.js";
import { readCertificateStores } from "../host/certstores/index.js";
import { importCertificate } from "../host/certstores/import.js";
import { readCertificateFile } from "./load.js";
import { certInfo, toPem, type CertInfo } from "./cert-info.js";
import { EXPECTED_CAS, type ExpectedCa } from "./expected-cas.js";
import { sameName } from "./cert-info.js";

const TIMEOUT_MS = 15_000;

export interface FixCandidate {
  expected: ExpectedCa;
  official: CertInfo;
  /** Not in any store the browser reads. */
  missing: boolean;
  /** The root is there but not trusted as a root (only for role root). */
  untrusted: boolean;
  /** Linux: the NSS databases (one per browser installation) that lack it; elsewhere undefined (the OS store). */
  targets?: { dir: string; store: string }[];
}

/**
 * What `certs --fix` would install: the official certificates from --ca (and only
 * those: never anything fetched from the network) that the browser's store lacks,
 * or the root when it lacks the root trust.
 */
export async function planFix(ctx: CommandContext): Promise<FixCandidate[]> {
  const { host } = ctx;
  const official: CertInfo[] = [];
  for (const file of ctx.options.caFiles) for (const c of await readCertificateFile(host, file)) official.push(await certInfo(c.der));
  const readings = await readCertificateStores(host, { timeoutMs: TIMEOUT_MS }, async (der) => (await certInfo(der)).commonName, ctx.installedBrowsers);
  const inBrowser = readings.filter((r) => r.usedByBrowser);
  // On Linux each browser installation reads its own NSS database: each is planned for.
  const perBrowser = inBrowser.every((r) => r.browsers !== undefined);
  const groups: { target?: { dir: string; store: string }; stored: { sha256: string; trustedAsRoot: boolean }[] }[] = [];
  for (const r of perBrowser ? inBrowser : [undefined]) {
    const stored: { sha256: string; trustedAsRoot: boolean }[] = [];
    for (const c of r ? r.certificates : inBrowser.flatMap((x) => x.certificates)) {
      try {
        stored.push({ sha256: (await certInfo(c.der)).sha256, trustedAsRoot: c.trustedAsRoot });
      } catch {
        // Not one of ours.
      }
    }
    groups.push({ target: r ? { dir: r.location, store: r.store } : undefined, stored });
  }
  const out: FixCandidate[] = [];
  for (const expected of EXPECTED_CAS) {
    const off = official.find((c) => sameName(c.commonName, expected.commonName));
    if (!off) continue;
    const needs = groups.map((g) => {
      const same = g.stored.filter((s) => s.sha256 === off.sha256);
      const missing = same.length === 0;
      return { g, missing, untrusted: expected.role === "root" && !missing && !same.some((s) => s.trustedAsRoot) };
    }).filter((n) => n.missing || n.untrusted);
    if (needs.length === 0) continue;
    const targets = perBrowser ? needs.map((n) => n.g.target!) : undefined;
    out.push({ expected, official: off, missing: needs.some((n) => n.missing), untrusted: needs.some((n) => n.untrusted), targets });
  }
  return out;
}

/** The `certs --fix` step: asks first (unless --yes), then installs. Writes only to stderr. */
export async function runFix(ctx: CommandContext): Promise<void> {
  const { options, io, host } = ctx;
  const say = (key: string, values?: Record<string, string>) => io.stderr(t(options.lang, key, values) + "\n");
  if (options.caFiles.length === 0) return say("certs.fix.noCa");
  const plan = await planFix(ctx);
  if (plan.length === 0) return say("certs.fix.nothing");
  const target = host.platform.os === "win32" ? "Windows CurrentUser" : host.platform.os === "darwin" ? "macOS login keychain" : [...new Set(plan.flatMap((p) => p.targets ?? []).map((x) => x.store))].join(", ") || "NSS (Chrome/Opera)";
  say("certs.fix.plan", { target, names: plan.map((p) => p.expected.commonName).join(", ") });
  if (!options.yes) {
    if (!host.prompt) return say("certs.fix.noTerminal");
    const answer = (await host.prompt.ask(t(options.lang, "certs.fix.ask"))).trim();
    if (!/^(y|yes|h|hə|he|д|да)$/i.test(answer)) return say("certs.fix.declined");
  }
  for (const p of plan) {
    // Into the store of each browser that lacks it (Linux), else the OS store.
    for (const to of p.targets ?? [undefined]) {
      const r = await importCertificate(host, { pem: toPem(p.official.der), name: p.expected.commonName, asRoot: p.expected.role === "root", nssDir: to?.dir }, { timeoutMs: TIMEOUT_MS });
      if (r.ok) say("certs.fix.done", { name: r.name, target: r.target });
      else say("certs.fix.failed", { name: r.name, target: r.target, reason: r.reason ?? "?" });
    }
  }
  say("certs.fix.rerun");
}
