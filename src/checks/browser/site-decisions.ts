import type { ContentSettings, SettingType, SettingValue } from "../../host/browsers/profiles/content-settings.js";
import type { LnaStatus } from "./lna.js";
import { compareSpecificity, parseSitePattern, patternMatches, patternNamesDomain, siteUrl } from "./site-pattern.js";

export const PORTAL_DOMAIN = "e-gov.az";
export const PORTAL_URL = "https://www.e-gov.az/";

/** What the browser does with no stored default (chromium content_settings_registry.cc). */
const BUILT_IN_DEFAULTS: Record<SettingType, SettingValue> = {
  loopback_network: 3,
  local_network: 3,
  local_network_access: 3,
  javascript: 1,
  cookies: 1,
  popups: 2,
};

export interface Decision {
  type: SettingType;
  setting: SettingValue;
  /** "site": a per-site entry; "default": the profile's default for all sites; "builtIn": nothing stored. */
  from: "site" | "default" | "builtIn";
  /** The stored key ("https://www.e-gov.az:443,*") for a per-site entry. */
  key?: string;
  /** The host the entry names when it is not www.e-gov.az itself (another portal address). */
  otherHost?: boolean;
}

/**
 * What a profile decides for https://www.e-gov.az, per setting: the most specific
 * matching per-site entry, else the profile's default, else the browser's own.
 * Entries that name another e-gov.az address with a Block are added too: the signing
 * pages may live on a subdomain.
 */
export function portalDecisions(settings: ContentSettings): Decision[] {
  const url = siteUrl(PORTAL_URL);
  const out: Decision[] = [];
  for (const type of Object.keys(BUILT_IN_DEFAULTS) as SettingType[]) {
    // A secondary pattern other than "*" narrows an entry to one embedding site
    // (third-party cookies); the portal opened in a tab is decided by "<primary>,*".
    const entries = settings.exceptions
      .filter((e) => e.type === type && e.setting !== 0 && (e.secondary === "*" || e.secondary === ""))
      .map((e) => ({ e, p: parseSitePattern(e.primary) }))
      .filter((x): x is { e: typeof x.e; p: NonNullable<typeof x.p> } => x.p !== undefined);
    const matching = entries.filter((x) => patternMatches(x.p, url)).sort((a, b) => compareSpecificity(a.p, b.p));
    const top = matching[0];
    if (top) out.push({ type, setting: top.e.setting, from: "site", key: top.e.key });
    else if (settings.defaults[type] !== undefined && settings.defaults[type] !== 0)
      out.push({ type, setting: settings.defaults[type]!, from: "default" });
    else out.push({ type, setting: BUILT_IN_DEFAULTS[type], from: "builtIn" });
    for (const x of entries) {
      if (x.e.setting === 2 && x !== top && patternNamesDomain(x.p, PORTAL_DOMAIN) && !patternMatches(x.p, url)) {
        out.push({ type, setting: 2, from: "site", key: x.e.key, otherHost: true });
      }
    }
  }
  return out;
}

/**
 * block: stops the portal now. blockLater: a stored LNA Block the installed version does
 * not enforce yet (it will after an update). lanBlock: local-network (other devices) is
 * blocked, which since the 145 split does not touch programs on this computer.
 * undecided: the browser will ask. allowed / fine: nothing to do.
 */
export type Verdict = "block" | "blockLater" | "lanBlock" | "undecided" | "allowed" | "fine" | "policyBlock";

export interface JudgedDecision extends Decision {
  verdict: Verdict;
  /** A mandatory policy allows this setting for the portal, whatever the profile stored. */
  allowedByPolicy?: boolean;
  /** A mandatory policy blocks it, whatever the profile stored (the policies check reports it). */
  blockedByPolicy?: boolean;
}

/** What a mandatory policy decides for the portal, per setting (policy-verdicts.ts policySiteDecisions). */
export interface PolicySetting {
  setting: SettingValue;
  /** The policy that decides: a *ForUrls list or a Default<Type>Setting. */
  policy: string;
}

const LNA_TYPES: readonly SettingType[] = ["loopback_network", "local_network_access", "local_network"];

export function judgeDecision(d: Decision, lna: LnaStatus): Verdict {
  if (d.type === "popups") return "fine"; // the browser's default already blocks pop-ups: reported, not judged
  if (d.type === "javascript" || d.type === "cookies") return d.setting === 2 ? "block" : "fine";
  if (d.type === "local_network" && lna.split) {
    // Since 145 local-network is other devices on the LAN; the signer is on this computer.
    return d.setting === 2 ? "lanBlock" : "fine";
  }
  if (d.setting === 2) return lna.enforced ? "block" : "blockLater";
  if (d.setting === 1) return "allowed";
  return "fine";
}

/**
 * Judges one profile. The LNA question is asked once: loopback-network on browsers that
 * have split the permission, local-network-access before that. Undecided means the
 * browser will ask at the portal.
 *
 * A mandatory policy decides before anything the profile stored: the policy provider
 * outranks the preference provider (chromium host_content_settings_map.cc provider
 * order; content_settings_policy_provider.cc turns a managed Default<Type>Setting into
 * a wildcard rule), so under a managed default the profile's own entries of that type,
 * for any host, are not consulted at all.
 */
export function judgeProfile(
  settings: ContentSettings,
  lna: LnaStatus,
  policy: ReadonlyMap<SettingType, PolicySetting> = new Map(),
): { decisions: JudgedDecision[]; lnaDecision: "allowed" | "blocked" | "undecided" } {
  const decisions: JudgedDecision[] = [];
  for (const d of portalDecisions(settings)) {
    const p = policy.get(d.type);
    if (!p) {
      decisions.push({ ...d, verdict: judgeDecision(d, lna) });
      continue;
    }
    // Entries for other e-gov.az hosts: a policy default covers them too; a list entry for www.e-gov.az does not.
    if (d.otherHost) {
      if (!/^Default/.test(p.policy)) decisions.push({ ...d, verdict: judgeDecision(d, lna) });
      continue;
    }
    if (p.setting === 2) decisions.push({ ...d, verdict: "policyBlock", blockedByPolicy: true });
    else if (p.setting === 1 || p.setting === 4) decisions.push({ ...d, verdict: "allowed", allowedByPolicy: true });
    else decisions.push({ ...d, setting: p.setting, verdict: judgeDecision({ ...d, setting: p.setting }, lna) });
  }
  const mainType: SettingType = lna.split ? "loopback_network" : "local_network_access";
  const main = decisions.find((d) => d.type === mainType && !d.otherHost)!;
  const lnaDecision = main.allowedByPolicy
    ? "allowed"
    : main.blockedByPolicy || main.setting === 2
      ? "blocked"
      : main.setting === 1
        ? "allowed"
        : "undecided";
  return { decisions, lnaDecision };
}

export function isLnaType(t: SettingType): boolean {
  return LNA_TYPES.includes(t);
}
