import type { Host } from "../../host.js";
import { readLinuxPolicies } from "./linux.js";
import { readMacPolicies } from "./macos.js";
import type { PolicyRead } from "./types.js";
import type { QueryRegistry } from "./windows.js";
import { readWindowsPolicies } from "./windows.js";

/** The Windows registry reader, once present; until then Windows policies are "could not check". */
let registryQuery: QueryRegistry | undefined;

/** Every Chrome / Chromium policy set on this computer, for this OS. */
export async function readBrowserPolicies(host: Host, opts: { signal?: AbortSignal; timeoutMs: number }): Promise<PolicyRead> {
  switch (host.platform.os) {
    case "win32":
      if (!registryQuery) return { sources: [], problems: [{ browser: "chrome", where: "HKLM\\SOFTWARE\\Policies\\Google\\Chrome", reason: "no registry reader in this build" }] };
      return readWindowsPolicies(host, registryQuery, opts);
    case "darwin":
      return readMacPolicies(host, opts);
    default:
      return readLinuxPolicies(host, opts);
  }
}
