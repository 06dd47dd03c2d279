import type { CommandContext } from "../commands/command.js";
import { t } from "../i18n/catalog.js";
import { parseYesNo, yesNoHint } from "../host/prompt.js";
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
  const readings = await readCertificateStores(host, { timeoutMs: TIMEOUT_MS }, async (der) => (await certInfo(der)).commonName);
  const inBrowser = readings.filter((r) => r.usedByBrowser).flatMap((r) => r.certificates);
  const stored: { sha256: string; trustedAsRoot: boolean }[] = [];
  for (const c of inBrowser) {
    try {
      stored.push({ sha256: (await certInfo(c.der)).sha256, trustedAsRoot: c.trustedAsRoot });
    } catch {
      // Not one of ours.
    }
  }
  const out: FixCandidate[] = [];
  for (const expected of EXPECTED_CAS) {
    const off = official.find((c) => sameName(c.commonName, expected.commonName));
    if (!off) continue;
    const same = stored.filter((s) => s.sha256 === off.sha256);
    const missing = same.length === 0;
    const untrusted = expected.role === "root" && !missing && !same.some((s) => s.trustedAsRoot);
    if (missing || untrusted) out.push({ expected, official: off, missing, untrusted });
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
  // The store in words the citizen knows; the store's technical name goes to --verbose only.
  const target = t(options.lang, host.platform.os === "win32" ? "certs.fix.target.windows" : host.platform.os === "darwin" ? "certs.fix.target.mac" : "certs.fix.target.nss");
  say("certs.fix.plan", { target, names: plan.map((p) => p.expected.commonName).join(", ") });
  if (!options.yes) {
    if (!host.prompt) return say("certs.fix.noTerminal");
    // Only an explicit yes writes; Enter, "no" and anything unclear write nothing.
    const answer = await host.prompt.ask(`${t(options.lang, "certs.fix.ask")} ${yesNoHint(options.lang, "no")} `);
    if (parseYesNo(answer, options.lang) !== "yes") return say("certs.fix.declined");
  }
  for (const p of plan) {
    const r = await importCertificate(host, { pem: toPem(p.official.der), name: p.expected.commonName, asRoot: p.expected.role === "root" }, { timeoutMs: TIMEOUT_MS });
    if (r.ok) say("certs.fix.done", { name: r.name, target });
    else say("certs.fix.failed", { name: r.name, target });
    if (options.verbose) io.stderr(`  ${r.target}${r.reason ? `: ${r.reason}` : ""}\n`);
  }
  say("certs.fix.rerun");
}
