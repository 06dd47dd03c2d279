/**
 * Preferences written the way chromium 156 writes them (seen in the profile the
 * headless run stores): each setting a dictionary of "<primary>,<secondary>" →
 * {"last_modified": "<µs since 1601>", "setting": N}, with chromium's migration flag
 * as a boolean beside the dictionaries, here and in the defaults.
 */
export function chromiumPreferences(
  exceptions: Partial<Record<string, Record<string, number>>>,
  defaults: Record<string, number> = {},
): string {
  const ex: Record<string, unknown> = {
    has_migrated_local_network_access: true,
    local_network: {},
    local_network_access: {},
    loopback_network: {},
    javascript: {},
    cookies: {},
    popups: {},
  };
  for (const [type, entries] of Object.entries(exceptions)) {
    ex[type] = Object.fromEntries(
      Object.entries(entries ?? {}).map(([key, setting]) => [key, { last_modified: "13440637958820303", setting }]),
    );
  }
  return JSON.stringify({
    browser: { has_seen_welcome_page: false },
    profile: {
      content_settings: { exceptions: ex, pref_version: 1 },
      default_content_setting_values: { has_migrated_local_network_access: true, ...defaults },
      name: "Your Chromium",
    },
  });
}

/** Local State as chromium writes it, with the profiles it lists and the one used last. */
export function chromiumLocalState(profiles: Record<string, string>, lastUsed?: string): string {
  const info_cache = Object.fromEntries(
    Object.entries(profiles).map(([dir, name]) => [dir, { active_time: 1796164312.548127, is_using_default_name: false, name }]),
  );
  return JSON.stringify({
    profile: {
      info_cache,
      last_active_profiles: lastUsed ? [lastUsed] : [],
      ...(lastUsed ? { last_used: lastUsed } : {}),
      profiles_order: Object.keys(profiles),
    },
  });
}
