export interface InstalledApp {
  /** The name the OS shows (DisplayName, the .app bundle, the .desktop Name=, the package). */
  name: string;
  version?: string;
  publisher?: string;
  /** Install folder, .app path or .desktop file, when known. */
  location?: string;
  /** Where it was found: "registry:HKLM64", "applications", "desktop", "dpkg", … */
  source: string;
}

export interface AppListOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}
