import type { Host } from "../../host.js";
import { contentSettingsOf, type ContentSettings } from "./content-settings.js";
import { readJsonFile, type JsonProblem, type JsonRead } from "./json-file.js";
import { isSafeProfileDir, profilesFromLocalState, type ProfileList } from "./local-state.js";
import { joinFor, userDataCandidates, type UserDataFolder } from "./paths.js";

/** A profile folder holds several MiB of other files; only these two are ever read. */
const LOCAL_STATE = "Local State";
const PREFERENCES = "Preferences";

/** More profiles than this in one folder are listed but not read (each read is bounded anyway). */
export const MAX_PROFILES_READ = 12;

export type PrefsRead = { ok: true; settings: ContentSettings; bytes: number } | { ok: false; problem: JsonProblem; detail: string };

export interface ProfileRead {
  /** The profile's directory name ("Default", "Profile 1"); "" when Preferences sit in the user-data folder (Opera). */
  dir: string;
  /** The name the browser shows for it, when Local State names it (may be a person's name). */
  name?: string;
  preferencesPath: string;
  lastUsed: boolean;
  prefs: PrefsRead;
}

export interface UserDataRead {
  folder: UserDataFolder;
  /** How the last-used profile was chosen. */
  lastUsedFrom: "localState" | "defaultFallback" | "singleProfile";
  /** Local State's trouble, when it could not be used (the reader then falls back to Default). */
  localStateProblem?: { problem: JsonProblem; detail: string };
  profiles: ProfileRead[];
  /** Profiles named by Local State but left unread past MAX_PROFILES_READ. */
  unread: string[];
}

async function readPrefs(host: Host, file: string, signal?: AbortSignal): Promise<PrefsRead> {
  const r = await readJsonFile(host, file, { signal });
  if (!r.ok) return r;
  return { ok: true, settings: contentSettingsOf(r.value), bytes: r.bytes };
}

/** Profile folders present on disk when Local State cannot say: Default and "Profile N". */
async function profileDirsOnDisk(host: Host, dir: string): Promise<string[]> {
  const names = await host.fs.list(dir);
  return names.filter((n) => n === "Default" || /^Profile \d+$/.test(n));
}

/**
 * A Chromium-layout folder's `Local State`: the profiles it lists, and the profile the
 * browser opens. A fresh folder has no last_used: the browser itself then opens
 * Default (seen on chromium 156).
 */
export async function readLocalState(
  host: Host,
  folderDir: string,
  signal?: AbortSignal,
): Promise<{ state: JsonRead; listed: ProfileList; lastUsed: string }> {
  const state = await readJsonFile(host, joinFor(host.platform.os, folderDir, LOCAL_STATE), { maxBytes: 4 * 1024 * 1024, signal });
  const listed: ProfileList = state.ok ? profilesFromLocalState(state.value) : { lastUsed: undefined, profiles: [] };
  return { state, listed, lastUsed: listed.lastUsed ?? "Default" };
}

/** Reads one Chromium-layout user-data folder: Local State, then each profile's Preferences. */
async function readChromiumFolder(host: Host, folder: UserDataFolder, signal?: AbortSignal): Promise<UserDataRead> {
  const j = (...p: string[]) => joinFor(host.platform.os, ...p);
  const { state, listed, lastUsed } = await readLocalState(host, folder.dir, signal);
  const onDisk = await profileDirsOnDisk(host, folder.dir);
  const names = new Map<string, string | undefined>(listed.profiles.map((p) => [p.dir, p.name]));
  for (const d of onDisk) if (!names.has(d)) names.set(d, undefined);
  const ordered = [lastUsed, ...[...names.keys()].filter((d) => d !== lastUsed)].filter(isSafeProfileDir);
  const toRead = ordered.slice(0, MAX_PROFILES_READ);
  const profiles: ProfileRead[] = [];
  for (const dir of toRead) {
    const preferencesPath = j(folder.dir, dir, PREFERENCES);
    const prefs = await readPrefs(host, preferencesPath, signal);
    // A profile Local State lists but whose folder is gone is not worth a line, unless it is the one judged.
    if (!prefs.ok && prefs.problem === "missing" && dir !== lastUsed) continue;
    profiles.push({ dir, name: names.get(dir), preferencesPath, lastUsed: dir === lastUsed, prefs });
  }
  return {
    folder,
    lastUsedFrom: listed.lastUsed ? "localState" : "defaultFallback",
    localStateProblem: state.ok ? undefined : { problem: state.problem, detail: state.detail },
    profiles,
    unread: ordered.slice(MAX_PROFILES_READ),
  };
}

/**
 * Opera keeps one profile's Preferences in the user-data folder itself. Should a
 * version keep them in profile subfolders instead (as Chrome does), the folder is
 * read the Chrome way rather than reported as having none.
 */
async function readOperaFolder(host: Host, folder: UserDataFolder, signal?: AbortSignal): Promise<UserDataRead> {
  const preferencesPath = joinFor(host.platform.os, folder.dir, PREFERENCES);
  const prefs = await readPrefs(host, preferencesPath, signal);
  if (!prefs.ok && prefs.problem === "missing" && (await profileDirsOnDisk(host, folder.dir)).length > 0) {
    return readChromiumFolder(host, folder, signal);
  }
  return { folder, lastUsedFrom: "singleProfile", profiles: [{ dir: "", preferencesPath, lastUsed: true, prefs }], unread: [] };
}

/**
 * Every user-data folder of Chrome, Chromium and Opera that exists for this user, with
 * the decisions stored in each profile. Read only: nothing is written, no browser started.
 */
export async function readBrowserProfiles(
  host: Host,
  opts: { signal?: AbortSignal; candidates?: UserDataFolder[] } = {},
): Promise<UserDataRead[]> {
  const out: UserDataRead[] = [];
  for (const folder of opts.candidates ?? userDataCandidates(host)) {
    opts.signal?.throwIfAborted();
    const st = await host.fs.stat(folder.dir);
    if (!st?.isDirectory) continue;
    out.push(
      folder.layout === "opera" ? await readOperaFolder(host, folder, opts.signal) : await readChromiumFolder(host, folder, opts.signal),
    );
  }
  return out;
}
