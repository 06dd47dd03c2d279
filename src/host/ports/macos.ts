import type { Host } from "../host.js";
import type { ListeningSocket, PortLookupOptions } from "./types.js";
import { dedupe } from "./linux.js";

/**
 * macOS: `lsof -a -p <pids> -iTCP -sTCP:LISTEN -nP -F pn` prints one field a line:
 * "p<pid>" opens a process, "f<fd>" a file, "n<address>:<port>" its name
 * ("n127.0.0.1:5000", "n*:5000", "n[::1]:5000"). lsof exits 1 when nothing matches.
 */
export async function macListeningPorts(host: Host, pids: readonly number[], opts: PortLookupOptions): Promise<ListeningSocket[]> {
  if (pids.length === 0) return [];
  const r = await host.exec("lsof", ["-a", "-p", pids.join(","), "-iTCP", "-sTCP:LISTEN", "-nP", "-F", "pn"], {
    timeoutMs: opts.timeoutMs,
    signal: opts.signal,
  });
  if (r.notFound || r.timedOut || (r.exitCode !== 0 && r.exitCode !== 1)) throw new Error("lsof failed");
  return dedupe(parseLsofListen(r.stdout));
}

export function parseLsofListen(text: string): ListeningSocket[] {
  const out: ListeningSocket[] = [];
  let pid: number | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith("p")) pid = Number(line.slice(1));
    else if (line.startsWith("n")) {
      const m = /^(.*):(\d+)$/.exec(line.slice(1));
      if (m) out.push({ pid, address: m[1]!.replace(/^\[|\]$/g, ""), port: Number(m[2]) });
    }
  }
  return out;
}
