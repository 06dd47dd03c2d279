import type { Host } from "../host.js";

/**
 * Runs a PowerShell script and parses what it printed with ConvertTo-Json. The script
 * goes in as -EncodedCommand (base64 of UTF-16LE, as PowerShell documents) so no
 * quoting of paths like "Program Files (x86)" can break it.
 */
export async function runPowerShellJson(
  host: Host,
  script: string,
  opts: { timeoutMs: number; signal?: AbortSignal },
): Promise<{ json?: unknown; timedOut: boolean; failed: boolean; stderr: string }> {
  const encoded = Buffer.from(script, "utf16le").toString("base64");
  const r = await host.exec(
    "powershell.exe",
    ["-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-EncodedCommand", encoded],
    { timeoutMs: opts.timeoutMs, signal: opts.signal, maxOutputBytes: 1024 * 1024 },
  );
  if (r.timedOut) return { timedOut: true, failed: true, stderr: r.stderr };
  const text = r.stdout.replace(/^\uFEFF/, "").trim();
  if (!text) return { timedOut: false, failed: r.exitCode !== 0, stderr: r.stderr };
  try {
    return { json: JSON.parse(text), timedOut: false, failed: false, stderr: r.stderr };
  } catch {
    return { timedOut: false, failed: true, stderr: r.stderr };
  }
}

/** ConvertTo-Json turns a one-element array into a bare object and an empty one into nothing. */
export function asArray<T>(v: T | T[] | null | undefined): T[] {
  if (v === null || v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}
