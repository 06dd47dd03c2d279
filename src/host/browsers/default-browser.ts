import type { Host } from "../host.js";
import type { BrowserId, ProbeOptions } from "./types.js";
import { browserFromHandlerId } from "./identify.js";
import { LAUNCH_SERVICES_PLIST, launchServicesHandler } from "./macos.js";
import { parsePlist } from "./plist.js";
import { readWindowsDefault } from "./windows.js";
import { findLinuxDefault, HTTPS_HANDLER_TYPE } from "./mimeapps.js";

export interface DefaultBrowser {
  /** What the OS answered: a .desktop id, a ProgId or a bundle id. */
  handler?: string;
  browser?: BrowserId;
  /** Which question answered. */
  source: string;
  /** macOS with no https entry: Safari, the system's own default, is assumed. */
  assumed?: boolean;
  timedOut?: boolean;
  /** The question could not be asked (reg.exe missing or failing): unknown, not "none chosen". */
  failed?: string;
}

/**
 * Linux: the mimeapps.list files and desktop entries themselves (see mimeapps.ts), not
 * xdg-settings/xdg-mime, which are shell scripts taking a second for the same answer.
 */
async function linuxDefault(host: Host, opts: ProbeOptions): Promise<DefaultBrowser> {
  const d = await findLinuxDefault(host, HTTPS_HANDLER_TYPE, opts.signal);
  if (!d) return { source: "mimeapps.list" };
  return { handler: d.handler, browser: d.browser, source: d.source };
}

/**
 * macOS: the user's LaunchServices preferences file, read directly. No https entry (or
 * no file: nobody ever chose) means links open in Safari, the system's own default.
 */
async function macDefault(host: Host, opts: ProbeOptions): Promise<DefaultBrowser> {
  const source = `${host.platform.homedir}/${LAUNCH_SERVICES_PLIST}`;
  let bytes: Buffer;
  try {
    bytes = await host.fs.readFile(source, { maxBytes: 8 * 1024 * 1024, signal: opts.signal });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { handler: "com.apple.safari", browser: "safari", source, assumed: true };
    return { source };
  }
  let handler: string | undefined;
  try {
    handler = launchServicesHandler(parsePlist(bytes));
  } catch {
    // A preferences file that cannot be parsed says nothing, not "Safari".
    return { source };
  }
  if (handler) return { handler, browser: browserFromHandlerId(handler), source };
  return { handler: "com.apple.safari", browser: "safari", source, assumed: true };
}

async function windowsDefault(host: Host, opts: ProbeOptions): Promise<DefaultBrowser> {
  const r = await readWindowsDefault(host, { timeoutMs: opts.timeoutMs, signal: opts.signal });
  if (r.handler) return { handler: r.handler, browser: browserFromHandlerId(r.handler), source: r.source };
  return { source: r.source, ...(r.timedOut ? { timedOut: true } : {}), ...(r.failed ? { failed: r.failed } : {}) };
}

/** The browser a link opens in (the portal's links open there). */
export function detectDefaultBrowser(host: Host, opts: ProbeOptions): Promise<DefaultBrowser> {
  switch (host.platform.os) {
    case "win32":
      return windowsDefault(host, opts);
    case "darwin":
      return macDefault(host, opts);
    default:
      return linuxDefault(host, opts);
  }
}
