import { promises as dns } from "node:dns";
import { isIP } from "node:net";
import { startDeadline } from "./deadline.js";

export interface ResolveResult {
  ok: boolean;
  addresses: string[];
  /**
   * Why it failed: "not-found" (the name does not exist), "no-answer" (no DNS server
   * answered: no internet or DNS blocked), "timeout", "aborted", "other".
   */
  failure?: "not-found" | "no-answer" | "timeout" | "aborted" | "other";
  /** The resolver's error code (ENOTFOUND, ETIMEOUT, ECONNREFUSED, …). */
  errorCode?: string;
  durationMs: number;
}

/**
 * Resolves a host name with a hard deadline. It uses Node's c-ares resolver and not
 * getaddrinfo (dns.lookup): a getaddrinfo call on a dead network sits in libuv's
 * thread pool for the system resolver's whole retry cycle (often 10-30 s), cannot be
 * cancelled and keeps the process alive after the report is printed. A c-ares query
 * is cancelled at the deadline. IP literals and "localhost" need no DNS.
 */
export async function resolveName(
  name: string,
  opts: {
    timeoutMs: number;
    signal?: AbortSignal;
    /** DNS servers to ask instead of the system's ("ip" or "ip:port"); for tests and diagnosis. */
    servers?: string[];
  },
): Promise<ResolveResult> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  if (isIP(name)) return { ok: true, addresses: [name], durationMs: 0 };
  if (name.toLowerCase() === "localhost") return { ok: true, addresses: ["127.0.0.1"], durationMs: 0 };

  const resolver = new dns.Resolver({ timeout: Math.max(100, Math.floor(opts.timeoutMs / 2)), tries: 1 });
  if (opts.servers) resolver.setServers(opts.servers);
  const deadline = startDeadline(opts.timeoutMs, opts.signal);
  let expired: "timeout" | "aborted" | undefined;
  const expiry = new Promise<"expired">((resolve) =>
    deadline.onExpire((r) => {
      expired = r;
      resolver.cancel();
      resolve("expired");
    }),
  );
  const settle = <T>(p: Promise<T>) =>
    p.then(
      (v) => ({ v, e: undefined as NodeJS.ErrnoException | undefined }),
      (e: NodeJS.ErrnoException) => ({ v: undefined, e }),
    );
  try {
    const both = Promise.all([settle(resolver.resolve4(name)), settle(resolver.resolve6(name))]);
    const r = await Promise.race([both, expiry]);
    if (r === "expired") return { ok: false, addresses: [], failure: expired, durationMs: took() };
    const [v4, v6] = r;
    const addresses = [...(v4.v ?? []), ...(v6.v ?? [])];
    if (addresses.length > 0) return { ok: true, addresses, durationMs: took() };
    // Prefer the IPv4 error: many networks answer AAAA queries badly.
    const err = v4.e ?? v6.e;
    return { ok: false, addresses: [], failure: classifyDnsError(err?.code), errorCode: err?.code, durationMs: took() };
  } finally {
    deadline.clear();
  }
}

/** c-ares error codes (dns.NOTFOUND, …) by what they tell the citizen. */
export function classifyDnsError(code: string | undefined): NonNullable<ResolveResult["failure"]> {
  switch (code) {
    case "ENOTFOUND":
    case "ENODATA":
    case "EBADNAME":
      return "not-found";
    case "ETIMEOUT":
      return "timeout";
    case "ECONNREFUSED":
    case "ESERVFAIL":
    case "EREFUSED":
      return "no-answer";
    default:
      return "other";
  }
}
