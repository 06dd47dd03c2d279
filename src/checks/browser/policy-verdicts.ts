import type { PolicyLevel, PolicyRead, PolicySource } from "../../host/browsers/policies/types.js";
import type { SettingType } from "../../host/browsers/profiles/content-settings.js";
import { PORTAL_URL } from "./site-decisions.js";
import { compareSpecificity, parseSitePattern, patternMatches, siteUrl, type SitePattern } from "./site-pattern.js";
import { parseUrlFilter, urlFilterVerdict, type FilterUrl, type UrlFilter } from "./url-filter.js";

/**
 * block: stops the portal or its reach to the signer on this computer.
 * lan: blocks other devices on the local network only (since the 145 split this does not touch the signer).
 * popups: the portal may not open pop-up windows (the citizen cannot allow them for it).
 */
export interface PolicyFinding {
  policy: string;
  kind: "block" | "lan" | "popups";
  /** The entry that matched: a pattern, a URL filter, or the value. */
  entry: string;
  /** What it stops, for the report: "https://www.e-gov.az/", "http://127.0.0.1/" … */
  target: string;
}

/** A finding with the place that set the policy it comes from. */
export interface LocatedFinding extends PolicyFinding {
  source: PolicySource;
}

/** One policy as the browser applies it: the value that won, and where it was set. */
export interface EffectivePolicy {
  value: unknown;
  source: PolicySource;
}

/** One browser's policies merged into the one set it applies (name → the entry that won). */
export type PolicySet = ReadonlyMap<string, EffectivePolicy>;

const LEVEL_RANK: Record<PolicyLevel, number> = { recommended: 0, mandatory: 1 };
const SCOPE_RANK: Record<PolicySource["scope"], number> = { user: 0, machine: 1 };

/**
 * Merges places that set policies for one browser the way chromium does: all files of
 * a policy folder (and the machine and user registry keys) are one set; for a policy
 * set in several places a mandatory value beats a recommended one, then machine beats
 * user (chromium PolicyMap::MergeFrom, which keeps the entry with higher priority:
 * level, then scope). Among equals the later source wins (the Linux reader already
 * keeps, per level, only the file last in name order, as ConfigDirPolicyLoader does).
 */
export function mergePolicySources(sources: readonly PolicySource[]): Map<string, EffectivePolicy> {
  const out = new Map<string, EffectivePolicy>();
  for (const source of sources) {
    for (const [name, value] of Object.entries(source.policies)) {
      const had = out.get(name);
      if (had) {
        const a = had.source;
        const byLevel = LEVEL_RANK[source.level] - LEVEL_RANK[a.level];
        const byScope = SCOPE_RANK[source.scope] - SCOPE_RANK[a.scope];
        if (byLevel < 0 || (byLevel === 0 && byScope < 0)) continue;
      }
      out.set(name, { value, source });
    }
  }
  return out;
}

/** The merged set of each browser that has policies, in the order the browsers first appear. */
export function policySets(read: PolicyRead | undefined): Array<{ browser: PolicySource["browser"]; set: PolicySet }> {
  const byBrowser = new Map<PolicySource["browser"], PolicySource[]>();
  for (const s of read?.sources ?? []) byBrowser.set(s.browser, [...(byBrowser.get(s.browser) ?? []), s]);
  return [...byBrowser].map(([browser, sources]) => ({ browser, set: mergePolicySources(sources) }));
}

/** Policies that carry proxy settings; reported, not judged. */
export const PROXY_POLICIES = ["ProxyMode", "ProxyServer", "ProxyPacUrl", "ProxyBypassList", "ProxySettings", "ProxyServerMode"] as const;

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/**
 * Per-site policies in content-settings pattern format and the default each type may
 * have, with the value an entry sets (chromium content_settings_policy_provider.cc:
 * *AllowedForUrls → ALLOW, *BlockedForUrls → BLOCK, CookiesSessionOnlyForUrls →
 * SESSION_ONLY). LocalNetworkAccess* are the names from before the 145 split and still
 * apply to this computer (LocalNetworkAccessAllowedForUrls opens loopback on 156, seen).
 */
const SITE_POLICIES: Readonly<Record<SettingType, { lists: ReadonlyArray<{ policy: string; setting: 1 | 2 | 4 }>; default?: string }>> = {
  // Local Network Access lists, too, are one set of rules where the most specific pattern
  // wins (seen on chromium 156 both ways: LocalNetworkAccessBlockedForUrls for the portal
  // beats LoopbackNetworkAllowedForUrls "*", LoopbackNetworkAllowedForUrls for the portal
  // beats LoopbackNetworkBlockedForUrls "*"), not the fixed order of policy names some
  // policy documentation gives.
  loopback_network: {
    lists: [
      { policy: "LoopbackNetworkBlockedForUrls", setting: 2 },
      { policy: "LoopbackNetworkAllowedForUrls", setting: 1 },
      { policy: "LocalNetworkAccessBlockedForUrls", setting: 2 },
      { policy: "LocalNetworkAccessAllowedForUrls", setting: 1 },
    ],
  },
  local_network_access: {
    lists: [
      { policy: "LocalNetworkAccessBlockedForUrls", setting: 2 },
      { policy: "LocalNetworkAccessAllowedForUrls", setting: 1 },
    ],
  },
  local_network: {
    lists: [
      { policy: "LocalNetworkBlockedForUrls", setting: 2 },
      { policy: "LocalNetworkAllowedForUrls", setting: 1 },
      { policy: "LocalNetworkAccessBlockedForUrls", setting: 2 },
      { policy: "LocalNetworkAccessAllowedForUrls", setting: 1 },
    ],
  },
  javascript: {
    lists: [
      { policy: "JavaScriptAllowedForUrls", setting: 1 },
      { policy: "JavaScriptBlockedForUrls", setting: 2 },
    ],
    default: "DefaultJavaScriptSetting",
  },
  cookies: {
    lists: [
      { policy: "CookiesAllowedForUrls", setting: 1 },
      { policy: "CookiesSessionOnlyForUrls", setting: 4 },
      { policy: "CookiesBlockedForUrls", setting: 2 },
    ],
    default: "DefaultCookiesSetting",
  },
  popups: {
    lists: [
      { policy: "PopupsAllowedForUrls", setting: 1 },
      { policy: "PopupsBlockedForUrls", setting: 2 },
    ],
    default: "DefaultPopupsSetting",
  },
};

/** What the browser's policies decide for https://www.e-gov.az for one setting type. */
export interface PolicyDecision {
  setting: 1 | 2 | 3 | 4;
  policy: string;
  entry: string;
  source: PolicySource;
}

/**
 * The policy provider's answer for the portal: among the list entries that match
 * https://www.e-gov.az the most specific pattern wins (ContentSettingsPattern::Compare:
 * host, then port, then scheme), an equal pattern in a Blocked list beats one in an
 * Allowed list (seen on chromium 156); with no entry matching, the managed
 * Default<Type>Setting, a wildcard rule of the same provider. Only entries that match
 * the portal count: "e-gov.az" (no "[*.]") names only e-gov.az itself, and
 * "http://www.e-gov.az:80", ":8443" or "wss://…" (not a content-settings scheme) do not
 * touch https://www.e-gov.az. Undefined: the policies leave it to the profile.
 */
export function policyDecision(
  set: PolicySet,
  type: SettingType,
  levels: readonly PolicyLevel[] = ["mandatory"],
): PolicyDecision | undefined {
  const url = siteUrl(PORTAL_URL);
  const spec = SITE_POLICIES[type];
  const rules: Array<PolicyDecision & { pattern: SitePattern }> = [];
  for (const { policy, setting } of spec.lists) {
    const e = set.get(policy);
    if (!e || !levels.includes(e.source.level)) continue;
    for (const raw of stringList(e.value)) {
      const pattern = parseSitePattern(raw);
      if (pattern && patternMatches(pattern, url)) rules.push({ setting, policy, entry: raw, source: e.source, pattern });
    }
  }
  rules.sort((a, b) => compareSpecificity(a.pattern, b.pattern) || Number(b.setting === 2) - Number(a.setting === 2));
  if (rules[0]) {
    const { pattern: _p, ...d } = rules[0];
    return d;
  }
  const def = spec.default ? set.get(spec.default) : undefined;
  if (def && levels.includes(def.source.level) && (def.value === 1 || def.value === 2 || def.value === 3 || def.value === 4)) {
    return { setting: def.value, policy: spec.default!, entry: String(def.value), source: def.source };
  }
  return undefined;
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
    for (const [scheme, port] of [
      ["http", 80],
      ["https", 443],
      ["ws", 80],
      ["wss", 443],
    ] as const) {
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

/** Setting types a policy can block for the portal, and what such a block is. */
const JUDGED_TYPES: ReadonlyArray<{ type: SettingType; kind: PolicyFinding["kind"] }> = [
  { type: "loopback_network", kind: "block" },
  { type: "local_network", kind: "lan" },
];
const PAGE_TYPES: ReadonlyArray<{ type: SettingType; kind: PolicyFinding["kind"] }> = [
  { type: "javascript", kind: "block" },
  { type: "cookies", kind: "block" },
  { type: "popups", kind: "popups" },
];

/** chromium url_matcher/url_util.cc kMaxFiltersAllowed: filters past the 1000th are ignored. */
const MAX_URL_FILTERS = 1000;

/**
 * What one browser's merged policies do to the sign-in. Pure: the reading is
 * elsewhere. A Block decided at the mandatory level comes from mandatory entries; where
 * mandatory entries decide nothing, a Block from recommended ones is reported at their level.
 */
export function judgePolicies(set: PolicySet): LocatedFinding[] {
  const findings: LocatedFinding[] = [];
  const judgeType = (type: SettingType, kind: PolicyFinding["kind"]) => {
    const d = policyDecision(set, type, ["mandatory"]) ?? policyDecision(set, type, ["mandatory", "recommended"]);
    if (d?.setting === 2) findings.push({ policy: d.policy, kind, entry: d.entry, target: PORTAL_URL, source: d.source });
  };
  for (const { type, kind } of JUDGED_TYPES) judgeType(type, kind);
  const blockEntry = set.get("URLBlocklist");
  const allowEntry = set.get("URLAllowlist");
  const filtersOf = (e: EffectivePolicy | undefined) =>
    stringList(e?.value)
      .slice(0, MAX_URL_FILTERS)
      .map(parseUrlFilter)
      .filter((f): f is UrlFilter => f !== undefined);
  const block = filtersOf(blockEntry);
  const allow = filtersOf(allowEntry);
  if (block.length && blockEntry) {
    const seen = new Set<string>();
    for (const t of urlTargets([...block, ...allow])) {
      const v = urlFilterVerdict(t, block, allow);
      if (!v.blocked || seen.has(v.by!.raw)) continue;
      seen.add(v.by!.raw);
      findings.push({ policy: "URLBlocklist", kind: "block", entry: v.by!.raw, target: describeTarget(t), source: blockEntry.source });
    }
  }
  for (const { type, kind } of PAGE_TYPES) judgeType(type, kind);
  return findings;
}

/** One place's policies judged on their own (as if no other place set any). */
export function judgePolicySource(source: PolicySource): PolicyFinding[] {
  return judgePolicies(mergePolicySources([source])).map(({ source: _s, ...f }) => f);
}

/** The proxy a policy sets, for the report. */
export function proxyOf(source: PolicySource): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const k of PROXY_POLICIES) if (source.policies[k] !== undefined) out[k] = source.policies[k];
  return Object.keys(out).length ? out : undefined;
}

/**
 * What the mandatory policies of this browser decide for the portal, per setting type:
 * the browser applies them over whatever the profile stored (the policy provider
 * outranks the preference provider, content_settings_policy_provider.cc /
 * host_content_settings_map.cc; seen with chromium 156: a stored Block and
 * LoopbackNetworkAllowedForUrls → the request goes through).
 */
export function policySiteDecisions(read: PolicyRead | undefined, browser: string): Map<SettingType, PolicyDecision> {
  const out = new Map<SettingType, PolicyDecision>();
  for (const { browser: b, set } of policySets(read)) {
    if (b !== browser) continue;
    for (const type of Object.keys(SITE_POLICIES) as SettingType[]) {
      const d = policyDecision(set, type, ["mandatory"]);
      if (d) out.set(type, d);
    }
  }
  return out;
}
