import type { Host } from "../../host.js";
import { readJsonFile } from "../profiles/json-file.js";
import type { PolicyBrowser, PolicyLevel, PolicyRead, PolicySource } from "./types.js";

/** Where Chrome and Chromium read policies on Linux (chromium docs/enterprise/policies.md). */
export const LINUX_POLICY_ROOTS: ReadonlyArray<{ browser: PolicyBrowser; root: string }> = [
  { browser: "chrome", root: "/etc/opt/chrome/policies" },
  { browser: "chromium", root: "/etc/chromium/policies" },
];

const LEVELS: ReadonlyArray<{ dir: string; level: PolicyLevel }> = [
  { dir: "managed", level: "mandatory" },
  { dir: "recommended", level: "recommended" },
];

/** A policy file is a few KiB; a larger one is not read whole. */
const MAX_POLICY_FILE = 1024 * 1024;

/**
 * Every file under managed/ and recommended/ of each root. The documentation says
 * *.json, but chromium's ConfigDirPolicyLoader (components/policy/core/common/
 * config_dir_policy_loader.cc, LoadFromPath) reads every file in the folder, sorted
 * by name, and merges them into one set: when two set the same policy, the last file
 * in name order wins, so each policy is reported from the file that wins it. A file it
 * cannot parse is skipped and the others still apply; here it is a problem, not a crash.
 * The sources of one root are one policy set: judge them together (policy-verdicts.ts).
 */
export async function readLinuxPolicies(
  host: Host,
  opts: { signal?: AbortSignal; roots?: typeof LINUX_POLICY_ROOTS } = {},
): Promise<PolicyRead> {
  const out: PolicyRead = { sources: [], problems: [] };
  for (const { browser, root } of opts.roots ?? LINUX_POLICY_ROOTS) {
    for (const { dir, level } of LEVELS) {
      const folder = `${root}/${dir}`;
      const winners = new Map<string, string>(); // policy → file that sets it last
      const read: Array<{ file: string; policies: Record<string, unknown> }> = [];
      for (const name of [...(await host.fs.list(folder))].sort()) {
        const file = `${folder}/${name}`;
        const st = await host.fs.stat(file);
        if (!st?.isFile) continue;
        // ConfigDirPolicyLoader::LoadFromPath parses with base::JSON_ALLOW_TRAILING_COMMAS.
        const r = await readJsonFile(host, file, { maxBytes: MAX_POLICY_FILE, signal: opts.signal, trailingCommas: true });
        if (!r.ok) {
          if (r.problem !== "missing") out.problems.push({ browser, where: file, reason: `${r.problem}: ${r.detail}` });
          continue;
        }
        read.push({ file, policies: r.value });
        for (const key of Object.keys(r.value)) winners.set(key, file);
      }
      for (const { file, policies } of read) {
        const own = Object.fromEntries(Object.entries(policies).filter(([k]) => winners.get(k) === file));
        if (Object.keys(own).length)
          out.sources.push({ browser, level, scope: "machine", where: file, policies: own } satisfies PolicySource);
      }
    }
  }
  return out;
}
