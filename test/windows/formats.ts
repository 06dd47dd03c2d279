/**
 * Output in the exact formats the Windows programs print, for tests of the Windows
 * path on Linux (Wine's reg.exe is exercised for real in test/windows/registry.test.ts
 * and its captured output in test/windows/fixtures; PowerShell cannot run here at all).
 */

/** `reg query <key> /s`: CRLF, key lines in column 0, values indented with four-space separators. */
export function regQueryOutput(keys: Array<{ path: string; values: Array<[name: string, type: string, data: string]> }>): string {
  const lines = [""];
  for (const k of keys) {
    lines.push(k.path);
    for (const [name, type, data] of k.values) lines.push(`    ${name === "" ? "(Default)" : name}    ${type}    ${data}`);
    lines.push("");
  }
  return lines.join("\r\n") + "\r\n";
}

/** What Windows' reg.exe writes to stderr (exit 1) for a key that does not exist. */
export const REG_MISSING_STDERR = "ERROR: The system was unable to find the specified registry key or value.\r\n";

type Section = unknown[] | { error: string };

/**
 * The single JSON object src/host/windows/inventory.ts's script prints (PowerShell
 * 5.1 ConvertTo-Json -Compress of an ordered hashtable of {ok, items} / {ok, error}).
 */
export function inventoryOutput(o: { processes?: Section; listening?: Section; pnp?: Section; certs?: Section }): string {
  const sec = (s: Section | undefined) =>
    s === undefined ? { ok: false, error: "not given" } : Array.isArray(s) ? { ok: true, items: s } : { ok: false, error: s.error };
  return JSON.stringify({ processes: sec(o.processes), listening: sec(o.listening), pnp: sec(o.pnp), certs: sec(o.certs) }) + "\r\n";
}

/** The pnp section's one summary object. */
export function pnpSection(usb: unknown[], total = usb.length + 120): unknown[] {
  return [{ total, usb }];
}

/** This test process as Win32_Process lists it: a Windows process list always holds the reader. */
export const SELF_PROCESS = { ProcessId: process.pid, Name: "node.exe", ExecutablePath: "C:\\Program Files\\nodejs\\node.exe" };

/** The base64 -EncodedCommand argument turned back into the script text. */
export function decodedPowerShell(args: readonly string[]): string {
  const i = args.indexOf("-EncodedCommand");
  return i >= 0 ? Buffer.from(args[i + 1]!, "base64").toString("utf16le") : args.join(" ");
}
