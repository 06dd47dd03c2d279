import type { Host } from "../host.js";
import type { ListeningSocket, PortLookupOptions } from "./types.js";
import { parseJsonList } from "../windows/powershell.js";
import { windowsInventory } from "../windows/inventory.js";
import { dedupe } from "./linux.js";

/**
 * Windows: Get-NetTCPConnection (Windows 8 / Server 2012 and later) from the run's one
 * PowerShell inventory, rows like {"LocalAddress":"127.0.0.1","LocalPort":5000,
 * "OwningProcess":4242}. Where that section failed, `netstat -ano` is parsed instead;
 * a netstat without the PID column (Wine's) cannot say which program listens, and a
 * machine with no listening socket at all (Windows always has RPC on 135) was not read.
 */
export async function windowsListeningPorts(host: Host, pids: readonly number[], opts: PortLookupOptions): Promise<ListeningSocket[]> {
  const inv = await windowsInventory(host, opts);
  let all: ListeningSocket[];
  if (inv.listening.ok && inv.listening.items.length > 0) {
    all = inv.listening.items.flatMap(netTcpConnectionOf);
  } else {
    const why = inv.listening.ok ? "Get-NetTCPConnection listed no listening socket" : inv.listening.reason;
    const r = await host.exec("netstat.exe", ["-ano", "-p", "TCP"], { timeoutMs: opts.timeoutMs, signal: opts.signal });
    if (r.exitCode !== 0 || r.timedOut)
      throw new Error(
        `listening ports unreadable: PowerShell: ${why}; netstat: ${r.notFound ? "not found" : r.timedOut ? "no answer in time" : `exit ${r.exitCode}`}`,
      );
    all = [...parseNetstatAno(r.stdout)];
    const r6 = await host.exec("netstat.exe", ["-ano", "-p", "TCPv6"], { timeoutMs: opts.timeoutMs, signal: opts.signal });
    if (r6.exitCode === 0) all.push(...parseNetstatAno(r6.stdout));
    if (all.length === 0) throw new Error(`listening ports unreadable: PowerShell: ${why}; netstat listed no listening socket`);
    if (all.every((s) => s.pid === undefined))
      throw new Error(`listening ports unreadable: PowerShell: ${why}; netstat printed no owning process ids`);
  }
  return dedupe(all.filter((s) => s.pid !== undefined && pids.includes(s.pid)));
}

export function parseNetTcpConnectionJson(json: string): ListeningSocket[] {
  return parseJsonList(json).flatMap(netTcpConnectionOf);
}

function netTcpConnectionOf(o: Record<string, unknown>): ListeningSocket[] {
  const port = Number(o.LocalPort);
  const pid = Number(o.OwningProcess);
  if (!Number.isInteger(port)) return [];
  return [{ pid: Number.isInteger(pid) ? pid : undefined, address: String(o.LocalAddress ?? ""), port }];
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
    if (f.length < 4 || f[0]!.toUpperCase() !== "TCP") continue;
    const foreign = f[2]!;
    if (foreign !== "0.0.0.0:0" && foreign !== "[::]:0") continue;
    const m = /^(.*):(\d+)$/.exec(f[1]!);
    if (!m) continue;
    // Wine's netstat has no PID column: the last field is the state word then.
    const pid = f.length >= 5 && /^\d+$/.test(f[f.length - 1]!) ? Number(f[f.length - 1]) : undefined;
    out.push({ address: m[1]!.replace(/^\[|\]$/g, "").replace(/%.*$/, ""), port: Number(m[2]), pid });
  }
  return out;
}
