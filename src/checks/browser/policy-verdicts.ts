import type { PolicyRead, PolicySource } from "../../host/browsers/policies/types.js";
import type { SettingType } from "../../host/browsers/profiles/content-settings.js";
import { PORTAL_DOMAIN, PORTAL_URL } from "./site-decisions.js";
import { parseSitePattern, patternMatches, patternNamesDomain, siteUrl } from "./site-pattern.js";
import { parseUrlFilter, urlFilterVerdict, type FilterUrl, type UrlFilter } from "./url-filter.js";

/**
 * block: stops the portal or its reach to the signer on this computer.
 * lan: blocks other devices on the local network only (since the 145 split this does not touch the signer).
 */
export interface PolicyFinding {
  policy: string;
  kind: "block" | "lan";
  /** The entry that matched: a pattern, a URL filter, or the value. */
  entry: string;
  /** What it stops, for the report: "https://www.e-gov.az/", "http://127.0.0.1/" … */
  target: string;
}

/** Blocked-for-URLs policies in content-settings pattern format; "Blocked beats Allowed", so Allowed cannot undo them. */
const LNA_BLOCK_LISTS: ReadonlyArray<{ policy: string; kind: PolicyFinding["kind"] }> = [
  { policy: "LoopbackNetworkBlockedForUrls", kind: "block" },
  { policy: "LocalNetworkAccessBlockedForUrls", kind: "block" },
  { policy: "LocalNetworkBlockedForUrls", kind: "lan" },
];

/** Policies that carry proxy settings; reported, not judged. */
export const PROXY_POLICIES = ["ProxyMode", "ProxyServer", "ProxyPacUrl", "ProxyBypassList", "ProxySettings", "ProxyServerMode"] as const;

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** Patterns (content-settings format) in `list` that apply to www.e-gov.az or name an e-gov.az address. */
function portalPatterns(list: unknown): string[] {
  const url = siteUrl(PORTAL_URL);
  return stringList(list).filter((raw) => {
    const p = parseSitePattern(raw);
    return p !== undefined && (patternMatches(p, url) || patternNamesDomain(p, PORTAL_DOMAIN));
  });
}

/**
 * The URLs the sign-in needs that a URL filter may stop: the portal, and this computer
 * by name and address on http/https/ws/wss, on the default ports and on every port a
 * loopback filter names (the signer's port is not published).
 */
export function urlTargets(filters: readonly UrlFilter[]): FilterUrl[] {
  const targets: FilterUrl[] = [{ scheme: "https", host: "www.e-gov.az", port: 443, path: "/" }];
  const loopback = ["localhost", "127.0.0.1"];
  const ports = new Set<number>();
  for (const f of filters) if (f.port !== undefined && loopback.includes(f.host)) ports.add(f.port);
  for (const host of loopback) {
    for (const [scheme, port] of [["http", 80], ["https", 443], ["ws", 80], ["wss", 443]] as const) {
      targets.push({ scheme, host, port, path: "/" });
      for (const p of ports) targets.push({ scheme, host, port: p, path: "/" });
    }
  }
  return targets;
}

function describeTarget(t: FilterUrl): string {
  const defaultPort = t.scheme === "https" || t.scheme === "wss" ? 443 : 80;
  return `${t.scheme}://${t.host}${t.port === defaultPort ? "" : `:${t.port}`}${t.path}`;
}

/** What one source of policies does to the sign-in. Pure: the reading is elsewhere. */
export function judgePolicySource(source: PolicySource): PolicyFinding[] {
  const p = source.policies;
  const findings: PolicyFinding[] = [];
  for (const { policy, kind } of LNA_BLOCK_LISTS) {
    for (const entry of portalPatterns(p[policy])) findings.push({ policy, kind, entry, target: PORTAL_URL });
  }
  const block = stringList(p.URLBlocklist).map(parseUrlFilter).filter((f): f is UrlFilter => f !== undefined);
  const allow = stringList(p.URLAllowlist).map(parseUrlFilter).filter((f): f is UrlFilter => f !== undefined);
  if (block.length) {
    const seen = new Set<string>();
    for (const t of urlTargets([...block, ...allow])) {
      const v = urlFilterVerdict(t, block, allow);
      if (!v.blocked || seen.has(v.by!.raw)) continue;
      seen.add(v.by!.raw);
      findings.push({ policy: "URLBlocklist", kind: "block", entry: v.by!.raw, target: describeTarget(t) });
    }
  }
  const allowsPortal = (policy: string) => portalPatterns(p[policy]).length > 0;
  if (p.DefaultJavaScriptSetting === 2 && !allowsPortal("JavaScriptAllowedForUrls")) {
    findings.push({ policy: "DefaultJavaScriptSetting", kind: "block", entry: "2", target: PORTAL_URL });
  }
  for (const entry of portalPatterns(p.JavaScriptBlockedForUrls)) findings.push({ policy: "JavaScriptBlockedForUrls", kind: "block", entry, target: PORTAL_URL });
  if (p.DefaultCookiesSetting === 2 && !allowsPortal("CookiesAllowedForUrls") && !allowsPortal("CookiesSessionOnlyForUrls")) {
    findings.push({ policy: "DefaultCookiesSetting", kind: "block", entry: "2", target: PORTAL_URL });
  }
  return findings;
}

/** The proxy a policy sets, for the report. */
export function proxyOf(source: PolicySource): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const k of PROXY_POLICIES) if (source.policies[k] !== undefined) out[k] = source.policies[k];
  return Object.keys(out).length ? out : undefined;
}

/**
 * Per-site policies that decide a setting for a site, overriding what the profile
 * stored (chromium policy provider). LocalNetworkAccessAllowedForUrls still opens
 * loopback after the 145 split (seen on chromium 156).
 */
const SITE_POLICY_LISTS: Readonly<Record<SettingType, { allowed: readonly string[]; blocked: readonly string[] }>> = {
  loopback_network: { allowed: ["LoopbackNetworkAllowedForUrls", "LocalNetworkAccessAllowedForUrls"], blocked: ["LoopbackNetworkBlockedForUrls", "LocalNetworkAccessBlockedForUrls"] },
  local_network_access: { allowed: ["LocalNetworkAccessAllowedForUrls"], blocked: ["LocalNetworkAccessBlockedForUrls"] },
  local_network: { allowed: ["LocalNetworkAllowedForUrls"], blocked: ["LocalNetworkBlockedForUrls"] },
  javascript: { allowed: ["JavaScriptAllowedForUrls"], blocked: ["JavaScriptBlockedForUrls"] },
  cookies: { allowed: ["CookiesAllowedForUrls", "CookiesSessionOnlyForUrls"], blocked: ["CookiesBlockedForUrls"] },
  popups: { allowed: ["PopupsAllowedForUrls"], blocked: ["PopupsBlockedForUrls"] },
};

/**
 * The settings a mandatory policy allows for the portal in this browser: the browser
 * applies them over the profile's own Block (seen with chromium 156: a stored Block and
 * LoopbackNetworkAllowedForUrls → the request goes through). A matching Blocked list
 * wins over Allowed, so such a setting is not in the set (the policy check reports it).
 */
export function policyAllowedSettings(read: PolicyRead | undefined, browser: string): Set<SettingType> {
  const out = new Set<SettingType>();
  for (const source of read?.sources ?? []) {
    if (source.browser !== browser || source.level !== "mandatory") continue;
    for (const [type, lists] of Object.entries(SITE_POLICY_LISTS) as Array<[SettingType, (typeof SITE_POLICY_LISTS)[SettingType]]>) {
      const allowed = lists.allowed.some((p) => portalPatterns(source.policies[p]).length > 0);
      const blocked = lists.blocked.some((p) => portalPatterns(source.policies[p]).length > 0);
      if (allowed && !blocked) out.add(type);
    }
  }
  return out;
}
