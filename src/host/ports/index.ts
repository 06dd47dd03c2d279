import type { Host } from "../host.js";
import type { ListeningSocket, PortLookupOptions } from "./types.js";
import { linuxListeningPorts } from "./linux.js";
import { windowsListeningPorts } from "./windows.js";
import { macListeningPorts } from "./macos.js";
import { UnsupportedPlatformError } from "../processes/index.js";

export type { ListeningSocket, PortLookupOptions } from "./types.js";
export { parseProcNetTcp, parseSsListen } from "./linux.js";
export { parseNetTcpConnectionJson, parseNetstatAno } from "./windows.js";
export { parseLsofListen } from "./macos.js";

/** The TCP ports the given processes listen on. Throws when it cannot be found out. */
export function listeningPorts(host: Host, pids: readonly number[], opts: PortLookupOptions): Promise<ListeningSocket[]> {
  switch (host.platform.os) {
    case "linux":
      return linuxListeningPorts(host, pids, opts);
    case "win32":
      return windowsListeningPorts(host, pids, opts);
    case "darwin":
      return macListeningPorts(host, pids, opts);
    default:
      throw new UnsupportedPlatformError("listening-port lookup", host.platform.os);
  }
}
