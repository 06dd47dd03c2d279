import type { Host } from "../../host.js";
import { readJsonFile } from "../profiles/json-file.js";
import type { PolicyBrowser, PolicyLevel, PolicyRead } from "./types.js";

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

/** Every *.json under managed/ and recommended/ of each root; a file that is not JSON is a problem, not a crash. */
export async function readLinuxPolicies(host: Host, opts: { signal?: AbortSignal; roots?: typeof LINUX_POLICY_ROOTS } = {}): Promise<PolicyRead> {
  const out: PolicyRead = { sources: [], problems: [] };
  for (const { browser, root } of opts.roots ?? LINUX_POLICY_ROOTS) {
    for (const { dir, level } of LEVELS) {
      const folder = `${root}/${dir}`;
      for (const name of await host.fs.list(folder)) {
        if (!name.endsWith(".json")) continue;
        const file = `${folder}/${name}`;
        const r = await readJsonFile(host, file, { maxBytes: MAX_POLICY_FILE, signal: opts.signal });
        if (r.ok) out.sources.push({ browser, level, scope: "machine", where: file, policies: r.value });
        else if (r.problem !== "missing") out.problems.push({ browser, where: file, reason: `${r.problem}: ${r.detail}` });
      }
    }
  }
  return out;
}
