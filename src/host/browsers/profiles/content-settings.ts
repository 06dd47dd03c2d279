/**
 * The per-site decisions and defaults a profile's `Preferences` holds
 * (`profile.content_settings.exceptions.<type>` and
 * `profile.default_content_setting_values.<type>`; chromium content_settings_registry.cc).
 */

/** The setting types this tool reads. Names as stored: the setting's name with "-" → "_". */
export const SETTING_TYPES = ["loopback_network", "local_network", "local_network_access", "javascript", "cookies", "popups"] as const;
export type SettingType = (typeof SETTING_TYPES)[number];

/** 0 default, 1 allow, 2 block, 3 ask, 4 session only (content_settings.h). */
export type SettingValue = 0 | 1 | 2 | 3 | 4;

export interface SiteException {
  type: SettingType;
  /** The raw key, e.g. "https://www.e-gov.az:443,*". */
  key: string;
  primary: string;
  secondary: string;
  setting: SettingValue;
  /** Microseconds since 1601-01-01 as a decimal string, as stored. */
  lastModified?: string;
}

export interface ContentSettings {
  exceptions: SiteException[];
  defaults: Partial<Record<SettingType, SettingValue>>;
  /** Entries that were present but not in the expected shape (kept for the report, never fatal). */
  oddities: string[];
}

function asObject(v: unknown): Record<string, unknown> | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function asSetting(v: unknown): SettingValue | undefined {
  return typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 4 ? (v as SettingValue) : undefined;
}

/**
 * Splits "primary,secondary". Patterns themselves hold no comma, so the last comma
 * separates them; a key without one has a wildcard secondary.
 */
export function splitPatternPair(key: string): { primary: string; secondary: string } {
  const i = key.lastIndexOf(",");
  return i < 0 ? { primary: key, secondary: "*" } : { primary: key.slice(0, i), secondary: key.slice(i + 1) };
}

/**
 * Pulls the settings out of a parsed `Preferences`. Tolerates what chromium puts beside
 * the dictionaries, such as `"has_migrated_local_network_access": true`.
 */
export function contentSettingsOf(prefs: Record<string, unknown>): ContentSettings {
  const profile = asObject(prefs.profile) ?? {};
  const exceptionsRoot = asObject(asObject(profile.content_settings)?.exceptions) ?? {};
  const defaultsRoot = asObject(profile.default_content_setting_values) ?? {};
  const exceptions: SiteException[] = [];
  const defaults: ContentSettings["defaults"] = {};
  const oddities: string[] = [];
  for (const type of SETTING_TYPES) {
    const perSite = exceptionsRoot[type];
    if (perSite !== undefined) {
      const dict = asObject(perSite);
      if (!dict) oddities.push(`exceptions.${type} is ${typeof perSite}`);
      for (const [key, raw] of Object.entries(dict ?? {})) {
        const entry = asObject(raw);
        const setting = asSetting(entry?.setting);
        if (setting === undefined) {
          // Entries holding only other data (e.g. last_visit) have no decision.
          if (entry && "setting" in entry) oddities.push(`exceptions.${type}["${key}"].setting is ${JSON.stringify(entry.setting)}`);
          continue;
        }
        const lm = entry?.last_modified;
        exceptions.push({ type, key, ...splitPatternPair(key), setting, lastModified: typeof lm === "string" ? lm : undefined });
      }
    }
    const d = defaultsRoot[type];
    if (d !== undefined) {
      const setting = asSetting(d);
      if (setting === undefined) oddities.push(`default_content_setting_values.${type} is ${JSON.stringify(d)}`);
      else defaults[type] = setting;
    }
  }
  return { exceptions, defaults, oddities };
}
