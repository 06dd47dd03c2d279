/**
 * The URLBlocklist / URLAllowlist filter format (chromium.org/administrators/
 * url-blocklist-filter-format): `[scheme://][.]host[:port][/path][@query]`.
 * A leading "." matches the host only, without subdomains; "*" matches every host.
 */
export interface UrlFilter {
  raw: string;
  scheme?: string;
  /** "" for the "*" host. */
  host: string;
  exactHostOnly: boolean;
  port?: number;
  path: string;
}

export function parseUrlFilter(raw: string): UrlFilter | undefined {
  let s = raw.trim();
  if (s === "") return undefined;
  s = s.replace(/#.*$/, "");
  let scheme: string | undefined;
  const sm = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(s);
  if (sm) {
    scheme = sm[1]!.toLowerCase();
    s = s.slice(sm[0].length);
  } else if (/^[a-zA-Z][a-zA-Z0-9+.-]*:(?!\d)/.test(s) && !s.startsWith("[")) {
    // "about:blank", "javascript:…": not a host filter this tool cares about.
    return undefined;
  }
  s = s.replace(/^[^/@]*@/, ""); // user:pass@ is ignored
  const q = s.indexOf("@");
  if (q >= 0) s = s.slice(0, q); // the query part narrows a filter; this tool tests URLs without queries
  const slash = s.indexOf("/");
  const hostPort = slash < 0 ? s : s.slice(0, slash);
  const path = slash < 0 ? "" : s.slice(slash);
  let host = hostPort;
  let port: number | undefined;
  const pm = hostPort.startsWith("[") ? /^(\[[^\]]*\])(?::(\d{1,5}))?$/.exec(hostPort) : /^([^:]*)(?::(\d{1,5}))?$/.exec(hostPort);
  if (!pm) return undefined;
  host = pm[1]!;
  if (pm[2] !== undefined) port = Number(pm[2]);
  host = host.toLowerCase();
  let exactHostOnly = false;
  if (host.startsWith(".")) {
    exactHostOnly = true;
    host = host.slice(1);
  }
  host = host.replace(/[./]$/, "");
  if (host === "*") host = "";
  if (host === "" && !hostPort.includes("*")) return undefined;
  return { raw, scheme, host, exactHostOnly, port, path };
}

export interface FilterUrl {
  scheme: string;
  host: string;
  port: number;
  path: string;
}

function hostCandidates(host: string): string[] {
  // IP literals are matched whole; names lose their leftmost label step by step.
  if (/^[\d.]+$/.test(host) || host.startsWith("[")) return [host, ""];
  const labels = host.split(".");
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) out.push(labels.slice(i).join("."));
  out.push("");
  return out;
}

/**
 * The filter the browser applies to `url`: the longest host match first; among those,
 * filters with a wrong scheme or port are dropped; then the longest path; a tie between
 * an allow and a block filter goes to allow. No match: allowed.
 */
export function urlFilterVerdict(
  url: FilterUrl,
  block: readonly UrlFilter[],
  allow: readonly UrlFilter[],
): { blocked: boolean; by?: UrlFilter } {
  const all = [...block.map((f) => ({ f, allow: false })), ...allow.map((f) => ({ f, allow: true }))];
  for (const candidate of hostCandidates(url.host)) {
    const atHost = all.filter(({ f }) => {
      if (f.host !== candidate) return false;
      if (f.exactHostOnly && candidate !== url.host) return false;
      if (f.scheme !== undefined && f.scheme !== url.scheme) return false;
      if (f.port !== undefined && f.port !== url.port) return false;
      return f.path === "" || url.path.startsWith(f.path);
    });
    if (atHost.length === 0) continue;
    const longest = Math.max(...atHost.map(({ f }) => f.path.length));
    const best = atHost.filter(({ f }) => f.path.length === longest);
    const winner = best.find((x) => x.allow) ?? best[0]!;
    return { blocked: !winner.allow, by: winner.f };
  }
  return { blocked: false };
}
