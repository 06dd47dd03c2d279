import type { Host } from "../../host.js";
import { readLinuxPolicies } from "./linux.js";
import { readMacPolicies } from "./macos.js";
import type { PolicyRead } from "./types.js";
import { readWindowsPolicies } from "./windows.js";

/** Every Chrome / Chromium policy set on this computer, for this OS. */
export async function readBrowserPolicies(host: Host, opts: { signal?: AbortSignal; timeoutMs: number }): Promise<PolicyRead> {
  switch (host.platform.os) {
    case "win32":
      return readWindowsPolicies(host, opts);
    case "darwin":
      return readMacPolicies(host, opts);
    default:
      return readLinuxPolicies(host, opts);
  }
}
