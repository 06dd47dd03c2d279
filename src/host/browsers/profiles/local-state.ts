/** What `Local State` says about the profiles of one user-data folder. */
export interface ProfileList {
  /** Directory name of the profile used last ("Default", "Profile 1"); absent on a fresh folder. */
  lastUsed?: string;
  /** Profile directory names with the name shown in the browser, in the browser's order. */
  profiles: Array<{ dir: string; name?: string }>;
}

function asObject(v: unknown): Record<string, unknown> | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** A profile directory name must stay inside the user-data folder. */
export function isSafeProfileDir(dir: string): boolean {
  return dir !== "" && dir !== "." && dir !== ".." && !/[\\/]/.test(dir) && !dir.includes("\0");
}

/**
 * Reads `profile.last_used`, `profile.info_cache` and `profile.profiles_order` from the
 * parsed `Local State` (chromium pref_names.h). Unknown shapes are ignored, not fatal.
 */
export function profilesFromLocalState(state: Record<string, unknown>): ProfileList {
  const profile = asObject(state.profile) ?? {};
  const lastUsed = typeof profile.last_used === "string" && isSafeProfileDir(profile.last_used) ? profile.last_used : undefined;
  const cache = asObject(profile.info_cache) ?? {};
  const order = Array.isArray(profile.profiles_order) ? profile.profiles_order.filter((x): x is string => typeof x === "string") : [];
  const dirs = [...order, ...Object.keys(cache)].filter(isSafeProfileDir);
  const seen = new Set<string>();
  const profiles: ProfileList["profiles"] = [];
  for (const dir of dirs) {
    if (seen.has(dir)) continue;
    seen.add(dir);
    const entry = asObject(cache[dir]);
    profiles.push({ dir, name: typeof entry?.name === "string" ? entry.name : undefined });
  }
  return { lastUsed, profiles };
}
