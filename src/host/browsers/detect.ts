import type { Host } from "../host.js";
import type { BrowserDetection, ProbeOptions } from "./types.js";
import { detectLinuxBrowsers } from "./linux.js";
import { detectMacBrowsers } from "./macos.js";
import { detectWindowsBrowsers } from "./windows.js";

/** Every browser installation this OS reveals, with its exact version. */
export function detectBrowsers(host: Host, opts: ProbeOptions): Promise<BrowserDetection> {
  switch (host.platform.os) {
    case "win32":
      return detectWindowsBrowsers(host, opts);
    case "darwin":
      return detectMacBrowsers(host, opts);
    default:
      return detectLinuxBrowsers(host, opts);
  }
}
