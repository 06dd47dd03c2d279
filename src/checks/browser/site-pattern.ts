/**
 * Content-settings patterns, the format of `Preferences` exceptions and of the
 * `*ForUrls` policies (chromium content_settings_pattern.h):
 *   `*` | `[scheme://][[*.]host][:port][/path]`, e.g. "https://www.e-gov.az:443",
 *   "[*.]e-gov.az", "http://127.0.0.1:8731". A part left out matches anything.
 */
export interface SitePattern {
  raw: string;
  /** undefined: any scheme. */
  scheme?: string;
  /** undefined: any host. */
  host?: string;
  /** "[*.]host": the host and all its subdomains. */
  subdomains: boolean;
  /** undefined: any port. */
  port?: number;
}

const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443, ws: 80, wss: 443 };

export function parseSitePattern(raw: string): SitePattern | undefined {
  let s = raw.trim().toLowerCase();
  if (s === "") return undefined;
  if (s === "*") return { raw, subdomains: false };
  let scheme: string | undefined;
  const sm = /^([a-z*][a-z0-9+.-]*):\/\//.exec(s);
  if (sm) {
    scheme = sm[1] === "*" ? undefined : sm[1];
    s = s.slice(sm[0].length);
  }
  // Only http, https or any scheme are valid outside file:// and the browser's own
  // schemes (ContentSettingsPattern::Builder::Validate): "wss://…" matches nothing.
  if (scheme !== undefined && scheme !== "http" && scheme !== "https") return undefined;
  let subdomains = false;
  if (s.startsWith("[*.].")) return undefined; // one dot only (PatternParser::Parse, crbug.com/823706)
  if (s.startsWith("[*.]")) {
    subdomains = true;
    s = s.slice(4);
  }
  let host: string | undefined;
  if (s.startsWith("[")) {
    const end = s.indexOf("]");
    if (end < 0) return undefined;
    host = s.slice(0, end + 1);
    s = s.slice(end + 1);
  } else {
    const m = /^[^:/]*/.exec(s)!;
    host = m[0];
    s = s.slice(m[0].length);
  }
  if (host === "*" || host === "") host = undefined;
  let port: number | undefined;
  const pm = /^:(\d{1,5}|\*)/.exec(s);
  if (pm) {
    port = pm[1] === "*" ? undefined : Number(pm[1]);
    s = s.slice(pm[0].length);
  }
  if (s !== "" && !s.startsWith("/")) return undefined;
  if (host !== undefined && !/^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+)$/.test(host)) return undefined;
  if (host !== undefined) {
    if (host.endsWith("..")) return undefined;
    if (host.length >= 2 && host.endsWith(".")) host = host.slice(0, -1); // one ending dot is dropped (Canonicalize)
    // A domain wildcard on an IP address is invalid (Canonicalize).
    if (subdomains && (host.startsWith("[") || /^\d+(\.\d+){3}$/.test(host))) return undefined;
  }
  return { raw, scheme, host, subdomains, port };
}

/** The parts of a URL a pattern is compared with. */
export interface SiteUrl {
  scheme: string;
  host: string;
  port: number;
}

export function siteUrl(url: string): SiteUrl {
  const u = new URL(url);
  const scheme = u.protocol.replace(/:$/, "");
  return { scheme, host: u.hostname.toLowerCase(), port: u.port ? Number(u.port) : (DEFAULT_PORTS[scheme] ?? 0) };
}

export function hostWithin(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

export function patternMatches(p: SitePattern, url: SiteUrl): boolean {
  if (p.scheme !== undefined && p.scheme !== url.scheme) return false;
  if (p.port !== undefined && p.port !== url.port) return false;
  if (p.host === undefined) return true;
  return p.subdomains ? hostWithin(url.host, p.host) : p.host === url.host;
}

/** Whether the pattern names the domain itself or one of its subdomains (not a wildcard that happens to cover it). */
export function patternNamesDomain(p: SitePattern, domain: string): boolean {
  return p.host !== undefined && hostWithin(p.host, domain);
}

/**
 * Orders patterns that match the same URL the way the browser picks among them
 * (ContentSettingsPattern::Compare, content_settings_pattern.cc): the more exact host
 * first (a full host, then a longer domain wildcard, then any host), then an exact
 * port, then an exact scheme. Negative when `a` is more specific.
 */
export function compareSpecificity(a: SitePattern, b: SitePattern): number {
  const hostRank = (p: SitePattern) => (p.host === undefined ? 0 : p.subdomains ? 1 : 2);
  return (
    hostRank(b) - hostRank(a) ||
    (b.host?.length ?? 0) - (a.host?.length ?? 0) ||
    Number(b.port !== undefined) - Number(a.port !== undefined) ||
    Number(b.scheme !== undefined) - Number(a.scheme !== undefined)
  );
}
