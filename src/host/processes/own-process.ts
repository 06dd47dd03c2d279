import type { Host } from "../host.js";
import type { ProcessInfo } from "./types.js";

/**
 * A process list always holds the program reading it. One without it (empty, or
 * from a stub, or from another PID namespace) was not read, and "the signer is not
 * running" must not be concluded from it: this throws, and the check says "could
 * not check". When the host does not know its own pid, an empty list is refused.
 */
export function requireOwnProcess(host: Host, list: ProcessInfo[], source: string): ProcessInfo[] {
  if (list.length === 0) throw new Error(`${source} listed no process at all`);
  const pid = host.platform.pid;
  if (pid !== undefined && !list.some((p) => p.pid === pid)) {
    throw new Error(`${source} listed ${list.length} processes but not this program's own (pid ${pid})`);
  }
  return list;
}
