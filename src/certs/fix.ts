import type { MessageKey } from "../i18n/keys.js";
import type { CommandContext } from "../commands/command.js";
import { t } from "../i18n/catalog.js";
import { parseYesNo, yesNoHint } from "../host/prompt.js";
import { UsageError } from "../core/errors.js";
import { visible } from "../core/visible.js";
import { readCertificateStores } from "../host/certstores/index.js";
import { importCertificate, NOT_NSS_DB, type ImportResult } from "../host/certstores/import.js";
import { certInfo, toPem, type CertInfo } from "./cert-info.js";
import { EXPECTED_CAS, type ExpectedCa } from "./expected-cas.js";
import { keyCertSign, officialCasOf } from "./official-set.js";

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

/** A certificate of the --ca files that --fix will not install, and why (a catalogue key). */
export interface FixRefusal {
  official: CertInfo;
  reason: MessageKey;
}

/**
 * What `certs --fix` would install: the official certificates from --ca (and only
 * those: never anything fetched from the network) that the browser's store lacks,
 * or the root when it lacks the root trust. The --ca files have already passed the
 * structure test (one self-signed CA root, every other CA verified up to it, one
 * certificate per role and per name); the root must also be allowed to sign
 * certificates, or it is refused rather than trusted.
 */
export async function planFix(ctx: CommandContext): Promise<{ plan: FixCandidate[]; refused: FixRefusal[] }> {
  const { host } = ctx;
  const official = await officialCasOf(host, ctx.options.caFiles);
  const readings = await readCertificateStores(
    host,
    { timeoutMs: TIMEOUT_MS },
    async (der) => (await certInfo(der)).commonName,
    ctx.installedBrowsers,
  );
  const inBrowser = readings.filter((r) => r.usedByBrowser);
  // On Linux each browser installation reads its own NSS database: each is planned for.
  // A browser's own store (Chrome's <profile>/ServerCertificate) is never a target: only
  // NSS databases are written to (issue 18.4).
  const nssStores = inBrowser.filter((r) => !r.ownStore);
  const perBrowser = nssStores.every((r) => r.browsers !== undefined);
  const groups: { target?: { dir: string; store: string }; stored: { sha256: string; trustedAsRoot: boolean }[] }[] = [];
  for (const r of perBrowser ? nssStores : [undefined]) {
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
  const plan: FixCandidate[] = [];
  const refused: FixRefusal[] = [];
  for (const expected of EXPECTED_CAS) {
    const off = official.byRole[expected.role];
    if (!off) continue;
    if (expected.role === "root" && (await keyCertSign(off)) !== true) {
      refused.push({ official: off, reason: "certs.fix.refuse.rootCannotSign" });
      continue;
    }
    const needs = groups
      .map((g) => {
        const same = g.stored.filter((s) => s.sha256 === off.sha256);
        const missing = same.length === 0;
        return { g, missing, untrusted: expected.role === "root" && !missing && !same.some((s) => s.trustedAsRoot) };
      })
      .filter((n) => n.missing || n.untrusted);
    if (needs.length === 0) continue;
    const targets = perBrowser ? needs.map((n) => n.g.target!) : undefined;
    plan.push({ expected, official: off, missing: needs.some((n) => n.missing), untrusted: needs.some((n) => n.untrusted), targets });
  }
  // Intermediates verify up to the root of the files; without that root they are not installed either.
  if (refused.some((r) => r.official === official.byRole.root)) {
    for (const p of plan.splice(0)) refused.push({ official: p.official, reason: "certs.fix.refuse.rootRefused" });
  }
  return { plan, refused };
}

/** The SHA-256 fingerprint as certificate viewers show it: AB:CD:…. */
export function fingerprintText(sha256: string): string {
  return sha256.toUpperCase().replace(/(..)(?!$)/g, "$1:");
}

/** The `certs --fix` step: asks first (unless --yes), then installs. Writes only to stderr. */
export async function runFix(ctx: CommandContext): Promise<void> {
  const { options, io, host } = ctx;
  const say = (key: MessageKey, values?: Record<string, string>) => io.stderr(t(options.lang, key, values) + "\n");
  if (options.caFiles.length === 0) return say("certs.fix.noCa");
  let planned: Awaited<ReturnType<typeof planFix>>;
  try {
    planned = await planFix(ctx);
  } catch (e) {
    // The CLI refuses such files before any check runs; a caller that did not is told the same here.
    if (e instanceof UsageError) return say("certs.fix.refusedFile", { reason: t(options.lang, e.key, stringValues(e.values)) });
    throw e;
  }
  const { plan, refused } = planned;
  for (const r of refused) say(r.reason, { name: nameOf(r.official), fingerprint: fingerprintText(r.official.sha256) });
  if (plan.length === 0) return say(refused.length > 0 ? "certs.fix.declined" : "certs.fix.nothing");
  // The store in words the citizen knows; the store's technical name goes to --verbose only.
  const target = t(
    options.lang,
    host.platform.os === "win32"
      ? "certs.fix.target.windows"
      : host.platform.os === "darwin"
        ? "certs.fix.target.mac"
        : "certs.fix.target.nss",
  );
  say("certs.fix.plan", { target, names: plan.map((p) => nameOf(p.official)).join(", ") });
  for (const p of plan)
    say(p.expected.role === "root" ? "certs.fix.planRoot" : "certs.fix.planCa", {
      name: nameOf(p.official),
      fingerprint: fingerprintText(p.official.sha256),
    });
  if (!options.yes) {
    if (!host.prompt) return say("certs.fix.noTerminal");
    // Only an explicit yes writes; Enter, "no" and anything unclear write nothing.
    const answer = await host.prompt.ask(`${t(options.lang, "certs.fix.ask")} ${yesNoHint(options.lang, "no")} `);
    if (parseYesNo(answer, options.lang) !== "yes") return say("certs.fix.declined");
  }
  for (const p of plan) {
    // Into the store of each browser that lacks it (Linux), else the OS store.
    for (const to of p.targets ?? [undefined]) {
      const r = await installOne(ctx, p, to?.dir);
      if (r.ok) say("certs.fix.done", { name: r.name, target });
      else say("certs.fix.failed", { name: r.name, target, reason: r.reason ?? "?" });
      if (options.verbose) io.stderr(`  ${visible(to?.store ?? r.target)}${r.reason ? `: ${visible(r.reason)}` : ""}\n`);
    }
  }
  say("certs.fix.rerun");
}

/**
 * One certificate into the user's store. Whatever goes wrong (no certutil, a store
 * that cannot be written, no home folder) is a "could not install" line for that
 * certificate; the run and its report go on.
 */
async function installOne(ctx: CommandContext, p: FixCandidate, nssDir?: string): Promise<ImportResult> {
  const { host, options } = ctx;
  const name = nameOf(p.official);
  const home = host.env.HOME || host.platform.homedir;
  if (host.platform.os !== "win32" && !(home && (await host.fs.exists(home)))) {
    // The store lives under HOME; creating a home folder is not --fix's business.
    return { name, ok: false, target: home || "HOME", reason: t(options.lang, "certs.fix.reason.noHome", { home: home || "HOME" }) };
  }
  try {
    const r = await importCertificate(
      host,
      { pem: toPem(p.official.der), name, asRoot: p.expected.role === "root", nssDir },
      { timeoutMs: TIMEOUT_MS },
    );
    if (!r.ok && r.reason === "not-installed") r.reason = t(options.lang, "certs.fix.reason.noTool");
    if (!r.ok && r.reason === NOT_NSS_DB) r.reason = t(options.lang, "certs.fix.reason.notNssDb", { path: r.target });
    return r;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason =
      err?.code === "EACCES" || err?.code === "EPERM"
        ? t(options.lang, "certs.fix.reason.denied", { path: err.path ?? "" })
        : String(err?.message ?? e)
            .split("\n")[0]!
            .slice(0, 200);
    return { name, ok: false, target: home, reason };
  }
}

/** The name the official file gives the certificate; the built-in one only if it has none. */
function nameOf(c: CertInfo): string {
  return c.commonName || c.subject;
}

function stringValues(v: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) out[k] = String(x);
  return out;
}
