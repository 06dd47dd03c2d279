import type { Host } from "../../host.js";
import { queryRegistry } from "../../windows/registry.js";
import type { PolicyBrowser, PolicyLevel, PolicyRead, PolicySource } from "./types.js";

/** A registry key as src/host/windows/registry.ts reports it; numbers may come as text or as numbers. */
export interface RegKeyLike {
  path: string;
  values: ReadonlyArray<{ name: string; type: string; data: unknown }>;
}

/** Policy keys per browser (chromium docs/enterprise/policies.md). */
export const WINDOWS_POLICY_KEYS: ReadonlyArray<{ browser: PolicyBrowser; hive: "HKLM" | "HKCU"; key: string }> = [
  { browser: "chrome", hive: "HKLM", key: "HKLM\\SOFTWARE\\Policies\\Google\\Chrome" },
  { browser: "chrome", hive: "HKCU", key: "HKCU\\SOFTWARE\\Policies\\Google\\Chrome" },
  { browser: "chromium", hive: "HKLM", key: "HKLM\\SOFTWARE\\Policies\\Chromium" },
  { browser: "chromium", hive: "HKCU", key: "HKCU\\SOFTWARE\\Policies\\Chromium" },
];

/** reg.exe prints REG_DWORD as "0x2"; the registry reader turns it into decimal text ("2"). */
function policyValue(type: string, data: unknown): unknown {
  if (/^REG_(DWORD|QWORD)/i.test(type)) {
    if (typeof data === "number") return data;
    if (typeof data === "string") {
      const n = /^0x[0-9a-f]+$/i.test(data.trim()) ? Number.parseInt(data.trim(), 16) : Number(data);
      return Number.isFinite(n) ? n : data;
    }
  }
  return data;
}

/** "HKEY_LOCAL_MACHINE\…" and "HKLM\…" name the same key. */
function normaliseKey(p: string): string {
  return p
    .replace(/^HKEY_LOCAL_MACHINE(?=\\|$)/i, "HKLM")
    .replace(/^HKEY_CURRENT_USER(?=\\|$)/i, "HKCU")
    .replace(/\\+$/, "")
    .toLowerCase();
}

/**
 * Turns the keys under a policy root into policies. Values on the root (and on its
 * `Recommended` subkey) are single policies; a subkey whose values are named 1, 2, …
 * is a list policy (URLBlocklist\1 = "e-gov.az"). Dictionary policies are JSON strings.
 */
export function policiesFromRegKeys(
  keys: readonly RegKeyLike[],
  root: string,
  meta: { browser: PolicyBrowser; scope: "machine" | "user" },
): PolicySource[] {
  const base = normaliseKey(root);
  const levels: Record<PolicyLevel, Record<string, unknown>> = { mandatory: {}, recommended: {} };
  for (const k of keys) {
    const p = normaliseKey(k.path);
    if (p !== base && !p.startsWith(`${base}\\`)) continue;
    // Subkey names keep their spelling (they are policy names); only the root is compared case-blind.
    const depth = p.split("\\").length - base.split("\\").length;
    const rel = depth === 0 ? [] : k.path.replace(/\\+$/, "").split("\\").slice(-depth);
    let level: PolicyLevel = "mandatory";
    let parts = rel;
    if (parts[0]?.toLowerCase() === "recommended") {
      level = "recommended";
      parts = parts.slice(1);
    }
    if (parts.length === 0) {
      for (const v of k.values) if (v.name !== "" && v.name !== "(Default)") levels[level][v.name] = policyValue(v.type, v.data);
    } else if (parts.length === 1) {
      const list = k.values
        .filter((v) => /^\d+$/.test(v.name))
        .sort((a, b) => Number(a.name) - Number(b.name))
        .map((v) => policyValue(v.type, v.data));
      levels[level][parts[0]!] = list;
    }
  }
  const where = (level: PolicyLevel) => (level === "recommended" ? `${root}\\Recommended` : root);
  return (["mandatory", "recommended"] as const)
    .filter((l) => Object.keys(levels[l]).length > 0)
    .map((l) => ({ browser: meta.browser, level: l, scope: meta.scope, where: where(l), policies: levels[l] }));
}

/**
 * Reads the four policy roots (Chrome and Chromium, machine and user) with reg.exe; a
 * missing key is no policy, any other failure is a problem ("could not check").
 * Chrome's installer and policy templates write the 64-bit view on 64-bit Windows,
 * which is what reg.exe reads by default from a 64-bit process.
 */
export async function readWindowsPolicies(host: Host, opts: { signal?: AbortSignal; timeoutMs: number }): Promise<PolicyRead> {
  const out: PolicyRead = { sources: [], problems: [] };
  // The four queries are independent: run them at once so one slow reg.exe does not stack up.
  const answers = await Promise.all(
    WINDOWS_POLICY_KEYS.map(async (k) => ({
      ...k,
      r: await queryRegistry(host, k.key, { recursive: true, timeoutMs: opts.timeoutMs, signal: opts.signal }),
    })),
  );
  for (const { browser, hive, key, r } of answers) {
    if (!r.ok) {
      if (!r.missing) out.problems.push({ browser, where: key, reason: r.reason });
      continue;
    }
    out.sources.push(...policiesFromRegKeys(r.keys, key, { browser, scope: hive === "HKLM" ? "machine" : "user" }));
  }
  return out;
}
