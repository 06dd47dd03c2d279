import type { Host } from "../host.js";

/**
 * The one way this program starts PowerShell (and it does so at most once a run,
 * through ./inventory.ts). The script goes in as -EncodedCommand (base64 of UTF-16LE,
 * as PowerShell documents) so no quoting of paths like "Program Files (x86)" can break
 * it, and output is forced to UTF-8 so names like "SİMA İmzalayıcı" survive the
 * console code page. -NoProfile keeps a user's profile from slowing or breaking it.
 */
export type PowerShellResult = { ok: true; stdout: string; durationMs: number } | { ok: false; reason: string; timedOut: boolean };

export async function runPowerShell(
  host: Host,
  script: string,
  o: { timeoutMs: number; signal?: AbortSignal; maxOutputBytes?: number },
): Promise<PowerShellResult> {
  const full = `[Console]::OutputEncoding = [System.Text.Encoding]::UTF8\n${script}`;
  const encoded = Buffer.from(full, "utf16le").toString("base64");
  const r = await host.exec("powershell.exe", ["-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-EncodedCommand", encoded], {
    timeoutMs: o.timeoutMs,
    signal: o.signal,
    maxOutputBytes: o.maxOutputBytes ?? 32 * 1024 * 1024,
  });
  if (r.notFound) return { ok: false, reason: "powershell.exe not found", timedOut: false };
  if (r.timedOut) return { ok: false, reason: `powershell.exe did not answer within ${o.timeoutMs} ms`, timedOut: true };
  if (r.exitCode !== 0) {
    const said = r.stderr.trim().split(/\r?\n/)[0]?.trim();
    return {
      ok: false,
      reason: `powershell.exe failed (exit ${r.exitCode ?? r.signal})${said ? `: ${said.slice(0, 200)}` : ""}`,
      timedOut: false,
    };
  }
  if (r.truncated) return { ok: false, reason: "powershell.exe output too large", timedOut: false };
  return { ok: true, stdout: r.stdout, durationMs: r.durationMs };
}

/** ConvertTo-Json prints an array, a single object for one item, or nothing for none. */
export function parseJsonList(json: string): Record<string, unknown>[] {
  const text = json.replace(/^\uFEFF/, "").trim();
  if (!text) return [];
  const v: unknown = JSON.parse(text);
  return asArray(v).filter((o): o is Record<string, unknown> => typeof o === "object" && o !== null);
}

/** ConvertTo-Json turns a one-element array into a bare object and an empty one into nothing. */
export function asArray<T>(v: T | T[] | null | undefined): T[] {
  if (v === null || v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}
