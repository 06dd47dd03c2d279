export interface InstalledApp {
  /** The name the OS shows (DisplayName, the .app bundle, the .desktop Name=, the package). */
  name: string;
  version?: string;
  publisher?: string;
  /** Install folder, .app path or .desktop file, when known. */
  location?: string;
  /** The command a desktop entry starts (the first word of its Exec=), as written there. */
  executable?: string;
  /** Where it was found: "registry:HKLM64", "applications", "desktop", "dpkg", … */
  source: string;
}

export interface AppListOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}

/**
 * Part of the list was read and part was not (one registry view timed out): `apps`
 * may show a program, but a program missing from it may sit in the unread part.
 */
export class PartialAppListError extends Error {
  constructor(
    message: string,
    readonly apps: InstalledApp[],
  ) {
    super(message);
    this.name = "PartialAppListError";
  }
}
