import type { Host } from "../host.js";
import type { ProcessInfo, ProcessListOptions } from "./types.js";
import { listLinuxProcesses } from "./linux.js";
import { listWindowsProcesses } from "./windows.js";
import { listMacProcesses } from "./macos.js";

export type { ProcessInfo, ProcessListOptions } from "./types.js";
export { parseLinuxProcess } from "./linux.js";
export { parseTasklistCsv, parseWin32ProcessJson } from "./windows.js";
export { requireOwnProcess } from "./own-process.js";
export { parsePsPidComm } from "./macos.js";

export class UnsupportedPlatformError extends Error {
  constructor(what: string, os: string) {
    super(`${what} is not supported on ${os}`);
    this.name = "UnsupportedPlatformError";
  }
}

/** Every running process this user can see. Throws when the list cannot be read. */
export function listProcesses(host: Host, opts: ProcessListOptions): Promise<ProcessInfo[]> {
  switch (host.platform.os) {
    case "linux":
      return listLinuxProcesses(host, opts);
    case "win32":
      return listWindowsProcesses(host, opts);
    case "darwin":
      return listMacProcesses(host, opts);
    default:
      throw new UnsupportedPlatformError("process listing", host.platform.os);
  }
}
