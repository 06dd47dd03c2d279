import type { Host } from "../host.js";
import type { ListeningSocket, PortLookupOptions } from "./types.js";
import { parseJsonList, powershell } from "../processes/powershell.js";
import { dedupe } from "./linux.js";

/**
 * Windows: Get-NetTCPConnection (Windows 8 / Server 2012 and later) as JSON, e.g.
 * [{"LocalAddress":"127.0.0.1","LocalPort":5000,"OwningProcess":4242}]. Where the
 * cmdlet is missing, `netstat -ano` is parsed instead.
 */
export const WIN_LISTEN_SCRIPT =
  "Get-NetTCPConnection -State Listen | Select-Object LocalAddress,LocalPort,OwningProcess | ConvertTo-Json -Compress";

export async function windowsListeningPorts(host: Host, pids: readonly number[], opts: PortLookupOptions): Promise<ListeningSocket[]> {
  let all: ListeningSocket[];
  try {
    all = parseNetTcpConnectionJson(await powershell(host, WIN_LISTEN_SCRIPT, opts));
  } catch {
    const r = await host.exec("netstat", ["-ano", "-p", "TCP"], { timeoutMs: opts.timeoutMs, signal: opts.signal });
    if (r.exitCode !== 0) throw new Error(`netstat failed: ${r.notFound ? "not found" : `exit ${r.exitCode}`}`);
    all = [...parseNetstatAno(r.stdout)];
    const r6 = await host.exec("netstat", ["-ano", "-p", "TCPv6"], { timeoutMs: opts.timeoutMs, signal: opts.signal });
    if (r6.exitCode === 0) all.push(...parseNetstatAno(r6.stdout));
  }
  return dedupe(all.filter((s) => s.pid !== undefined && pids.includes(s.pid)));
}

export function parseNetTcpConnectionJson(json: string): ListeningSocket[] {
  return parseJsonList(json).flatMap((o) => {
    const port = Number(o.LocalPort);
    const pid = Number(o.OwningProcess);
    if (!Number.isInteger(port)) return [];
    return [{ pid: Number.isInteger(pid) ? pid : undefined, address: String(o.LocalAddress ?? ""), port }];
  });
}

/**
 * `netstat -ano`:  "  TCP    127.0.0.1:5000         0.0.0.0:0              LISTENING       4242".
 * The state word is translated on non-English Windows, so a listening row is told by
 * its foreign address (0.0.0.0:0 or [::]:0) instead.
 */
export function parseNetstatAno(text: string): ListeningSocket[] {
  const out: ListeningSocket[] = [];
  for (const line of text.split(/\r?\n/)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 5 || f[0]!.toUpperCase() !== "TCP") continue;
    const foreign = f[2]!;
    if (foreign !== "0.0.0.0:0" && foreign !== "[::]:0") continue;
    const m = /^(.*):(\d+)$/.exec(f[1]!);
    if (!m) continue;
    out.push({ address: m[1]!.replace(/^\[|\]$/g, "").replace(/%.*$/, ""), port: Number(m[2]), pid: Number(f[f.length - 1]) });
  }
  return out;
}
