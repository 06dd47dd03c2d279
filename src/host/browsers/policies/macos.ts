import type { Host } from "../../host.js";
import type { PolicyBrowser, PolicyRead } from "./types.js";

/** Managed-preferences domains (chromium docs/enterprise/policies.md, macOS section). */
export const MAC_POLICY_DOMAINS: ReadonlyArray<{ browser: PolicyBrowser; domain: string }> = [
  { browser: "chrome", domain: "com.google.Chrome" },
  { browser: "chromium", domain: "org.chromium.Chromium" },
];

const MANAGED = "/Library/Managed Preferences";

/**
 * Parses what `plutil -convert json -o - <plist>` prints: the plist as one JSON
 * object. Anything else (an error message, a plist that is not a dictionary) is a reason.
 */
export function parsePlutilJson(stdout: string): { ok: true; value: Record<string, unknown> } | { ok: false; reason: string } {
  let v: unknown;
  try {
    v = JSON.parse(stdout);
  } catch (e) {
    return { ok: false, reason: `plutil output is not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) return { ok: false, reason: "plutil output is not a dictionary" };
  return { ok: true, value: v as Record<string, unknown> };
}

/**
 * macOS: the managed-preferences plists an MDM profile installs, machine-wide and for
 * this user. All of them are mandatory. One host adapter: plutil converts (binary or
 * XML) plists to JSON; the parser is tested on that documented output.
 */
export async function readMacPolicies(host: Host, opts: { signal?: AbortSignal; timeoutMs: number }): Promise<PolicyRead> {
  const out: PolicyRead = { sources: [], problems: [] };
  for (const { browser, domain } of MAC_POLICY_DOMAINS) {
    const files: Array<{ file: string; scope: "machine" | "user" }> = [
      { file: `${MANAGED}/${domain}.plist`, scope: "machine" },
      { file: `${MANAGED}/${host.platform.username}/${domain}.plist`, scope: "user" },
    ];
    for (const { file, scope } of files) {
      if (!(await host.fs.exists(file))) continue;
      const r = await host.exec("/usr/bin/plutil", ["-convert", "json", "-o", "-", file], {
        timeoutMs: opts.timeoutMs,
        signal: opts.signal,
        maxOutputBytes: 1024 * 1024,
      });
      if (r.timedOut || r.exitCode !== 0 || r.notFound) {
        const why = r.timedOut
          ? "timed out"
          : r.notFound
            ? "plutil not found"
            : `exit ${r.exitCode}: ${(r.stderr || r.stdout).trim().slice(0, 300)}`;
        out.problems.push({ browser, where: file, reason: `plutil ${why}` });
        continue;
      }
      const parsed = parsePlutilJson(r.stdout);
      if (parsed.ok) out.sources.push({ browser, level: "mandatory", scope, where: file, policies: parsed.value });
      else out.problems.push({ browser, where: file, reason: parsed.reason });
    }
  }
  return out;
}
