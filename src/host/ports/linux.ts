import type { Host } from "../host.js";
import type { ListeningSocket, PortLookupOptions } from "./types.js";

const LISTEN = "0A";

/**
 * Linux, without any tool: /proc/net/tcp and tcp6 list the sockets with their inode;
 * /proc/<pid>/fd/* link to "socket:[inode]" for the sockets a process holds. Reading
 * another user's fd directory is refused, in which case `ss -ltnp` is asked instead.
 */
export async function linuxListeningPorts(host: Host, pids: readonly number[], opts: PortLookupOptions): Promise<ListeningSocket[]> {
  const byInode = new Map<string, { address: string; port: number }>();
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text: string;
    try {
      text = await host.fs.readText(file, { maxBytes: 8 * 1024 * 1024, signal: opts.signal });
    } catch {
      continue; // no IPv6, for instance
    }
    for (const s of parseProcNetTcp(text)) byInode.set(s.inode, s);
  }
  const result: ListeningSocket[] = [];
  const unreadable: number[] = [];
  for (const pid of pids) {
    opts.signal?.throwIfAborted();
    const fds = await host.fs.list(`/proc/${pid}/fd`);
    if (fds.length === 0) {
      unreadable.push(pid);
      continue;
    }
    const links = await Promise.all(fds.map((fd) => host.fs.readLink(`/proc/${pid}/fd/${fd}`)));
    for (const l of links) {
      const m = l ? /^socket:\[(\d+)\]$/.exec(l) : null;
      const s = m ? byInode.get(m[1]!) : undefined;
      if (s) result.push({ pid, address: s.address, port: s.port });
    }
  }
  if (unreadable.length > 0) {
    const r = await host.exec("ss", ["-ltnpH"], { timeoutMs: opts.timeoutMs, signal: opts.signal });
    if (r.exitCode === 0) {
      for (const s of parseSsListen(r.stdout)) if (s.pid !== undefined && unreadable.includes(s.pid)) result.push(s);
    }
  }
  return dedupe(result);
}

/** Rows of /proc/net/tcp{,6} in LISTEN state: "0: 0100007F:1F90 00000000:0000 0A … inode …". */
export function parseProcNetTcp(text: string): Array<{ address: string; port: number; inode: string }> {
  const rows: Array<{ address: string; port: number; inode: string }> = [];
  for (const line of text.split("\n").slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10 || f[3] !== LISTEN) continue;
    const [hexAddr, hexPort] = f[1]!.split(":");
    if (!hexAddr || !hexPort) continue;
    rows.push({ address: decodeProcAddress(hexAddr), port: parseInt(hexPort, 16), inode: f[9]! });
  }
  return rows;
}

/** The kernel prints addresses as 32-bit words in host byte order (little-endian here). */
function decodeProcAddress(hex: string): string {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((w) => (w.match(/../g) ?? []).reverse().map((b) => parseInt(b, 16)));
  if (bytes.length === 4) return bytes.join(".");
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  const v6 = groups.join(":");
  if (v6 === "0:0:0:0:0:0:0:0") return "::";
  if (v6 === "0:0:0:0:0:0:0:1") return "::1";
  return v6;
}

/** `ss -ltnpH`: "LISTEN 0 511 127.0.0.1:8080 0.0.0.0:* users:(("node",pid=1234,fd=18))". */
export function parseSsListen(text: string): ListeningSocket[] {
  const out: ListeningSocket[] = [];
  for (const line of text.split("\n")) {
    const f = line.trim().split(/\s+/);
    if (f.length < 5) continue;
    const local = f[3]!;
    const m = /^(.*):(\d+)$/.exec(local);
    if (!m) continue;
    const address = m[1]!.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
    const pids = [...line.matchAll(/pid=(\d+)/g)].map((x) => Number(x[1]));
    if (pids.length === 0) out.push({ address, port: Number(m[2]) });
    for (const pid of pids) out.push({ pid, address, port: Number(m[2]) });
  }
  return out;
}

export function dedupe(list: ListeningSocket[]): ListeningSocket[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = `${s.pid}|${s.address}|${s.port}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
