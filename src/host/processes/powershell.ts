import type { Host } from "../host.js";

/**
 * Runs a PowerShell script and returns its stdout. -NoProfile keeps a user's profile
 * from slowing or breaking it; output is forced to UTF-8 so that names like
 * "SİMA İmzalayıcı" survive the console code page.
 */
export async function powershell(
  host: Host,
  script: string,
  opts: { timeoutMs: number; signal?: AbortSignal },
): Promise<string> {
  const full = `[Console]::OutputEncoding = [System.Text.Encoding]::UTF8; ${script}`;
  const r = await host.exec("powershell.exe", ["-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-Command", full], {
    timeoutMs: opts.timeoutMs,
    signal: opts.signal,
    maxOutputBytes: 8 * 1024 * 1024,
  });
  if (r.timedOut) throw new Error("PowerShell did not answer in time");
  if (r.exitCode !== 0) throw new Error(`PowerShell failed: ${r.notFound ? "not found" : r.stderr.trim().split("\n")[0] || `exit ${r.exitCode}`}`);
  return r.stdout;
}

/** ConvertTo-Json prints an array, a single object for one item, or nothing for none. */
export function parseJsonList(json: string): Record<string, unknown>[] {
  const text = json.replace(/^\uFEFF/, "").trim();
  if (!text) return [];
  const v: unknown = JSON.parse(text);
  const list = Array.isArray(v) ? v : [v];
  return list.filter((o): o is Record<string, unknown> => typeof o === "object" && o !== null);
}
