import type { Host } from "../host.js";
import type { BrowserId, ProbeOptions } from "./types.js";
import { browserFromHandlerId } from "./identify.js";
import { parseLaunchServicesHandler } from "./macos.js";
import { readWindowsDefault } from "./windows.js";

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
 * Linux: xdg-settings knows the desktop's web browser; xdg-mime the https handler.
 * Both are shell scripts that take a second or two, so they are asked at once and
 * xdg-settings' answer is preferred.
 */
async function linuxDefault(host: Host, opts: ProbeOptions): Promise<DefaultBrowser> {
  const questions: Array<[string, string[]]> = [
    ["xdg-settings", ["get", "default-web-browser"]],
    ["xdg-mime", ["query", "default", "x-scheme-handler/https"]],
  ];
  const answers = await Promise.all(
    questions.map(([cmd, args]) => host.exec(cmd, args, { timeoutMs: opts.timeoutMs, signal: opts.signal })),
  );
  for (const [i, r] of answers.entries()) {
    const handler = r.exitCode === 0 && !r.timedOut ? r.stdout.trim().split(/\r?\n/)[0]?.trim() : undefined;
    if (handler) {
      const [cmd, args] = questions[i]!;
      return { handler, browser: browserFromHandlerId(handler), source: `${cmd} ${args.join(" ")}` };
    }
  }
  return { source: "xdg-settings/xdg-mime", timedOut: answers.some((r) => r.timedOut) };
}

async function macDefault(host: Host, opts: ProbeOptions): Promise<DefaultBrowser> {
  const args = ["read", "com.apple.LaunchServices/com.apple.launchservices.secure", "LSHandlers"];
  const r = await host.exec("defaults", args, { timeoutMs: opts.timeoutMs, signal: opts.signal });
  const source = `defaults ${args.join(" ")}`;
  if (r.timedOut) return { source, timedOut: true };
  const handler = r.exitCode === 0 ? parseLaunchServicesHandler(r.stdout) : undefined;
  if (handler) return { handler, browser: browserFromHandlerId(handler), source };
  // Nobody ever chose a browser: macOS opens links in Safari.
  if (!r.notFound) return { handler: "com.apple.safari", browser: "safari", source, assumed: true };
  return { source };
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
