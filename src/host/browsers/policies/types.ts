/** Browsers whose enterprise policies this tool reads (Opera does not follow Chrome's). */
export type PolicyBrowser = "chrome" | "chromium";

/** Mandatory policies are enforced; recommended ones are defaults the user may change. */
export type PolicyLevel = "mandatory" | "recommended";

/** One place policies were set: a JSON file, a registry key, a managed-preferences plist. */
export interface PolicySource {
  browser: PolicyBrowser;
  level: PolicyLevel;
  /** Machine-wide (HKLM, /etc, /Library/Managed Preferences) or for this user only. */
  scope: "machine" | "user";
  /** File path or registry key, shown to the IT administrator. */
  where: string;
  policies: Record<string, unknown>;
}

export interface PolicyProblem {
  browser: PolicyBrowser;
  where: string;
  reason: string;
}

export interface PolicyRead {
  sources: PolicySource[];
  problems: PolicyProblem[];
}
