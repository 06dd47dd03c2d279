/** The browsers the tool tells apart. Chrome and Opera are the ones the portal recommends. */
export type BrowserId = "chrome" | "opera" | "opera-gx" | "chromium" | "edge" | "firefox" | "safari";

/** Chrome first, then Opera (the notice's order); the rest are reported as not recommended. */
export const RECOMMENDED: readonly BrowserId[] = ["chrome", "opera", "opera-gx"];

export function isRecommended(id: BrowserId): boolean {
  return RECOMMENDED.includes(id);
}

/** Display names are brand names: the same in every language. */
export const BROWSER_NAMES: Readonly<Record<BrowserId, string>> = {
  chrome: "Google Chrome",
  opera: "Opera",
  "opera-gx": "Opera GX",
  chromium: "Chromium",
  edge: "Microsoft Edge",
  firefox: "Mozilla Firefox",
  safari: "Safari",
};

/** How an installation was found; decides which update steps fit. */
export type InstallKind = "package" | "snap" | "flatpak" | "windows" | "macos";

/** One installation found on this computer. */
export interface InstalledBrowser {
  browser: BrowserId;
  /** Dotted version as the browser reports it, e.g. "120.0.6099.109"; undefined when unreadable. */
  version?: string;
  kind: InstallKind;
  /** Where it was found: a command, a file path, a registry key. */
  source: string;
}

/** A browser whose version command did not answer within its deadline. */
export interface BrowserProbeProblem {
  /** Absent when the probe covered every browser at once (the Windows inventory). */
  browser?: BrowserId;
  source: string;
  problem: "timeout" | "crashed";
}

export interface BrowserDetection {
  found: InstalledBrowser[];
  problems: BrowserProbeProblem[];
}

export interface ProbeOptions {
  signal?: AbortSignal;
  /** Deadline for each version command. */
  timeoutMs: number;
}

/**
 * The snap's name or the flatpak's application id of a sandboxed installation, read
 * from where detection found it: a snap's "…/snap/<name>/current/meta/snap.yaml" or a
 * "/snap/bin/<name>" launcher, a flatpak's "flatpak:<app-id>". Undefined otherwise.
 */
export function sandboxName(b: Pick<InstalledBrowser, "kind" | "source">): string | undefined {
  if (b.kind === "snap") return /\/snap\/bin\/([^/]+)$/.exec(b.source)?.[1] ?? /\/snap\/([^/]+)\/current\//.exec(b.source)?.[1];
  if (b.kind === "flatpak") return /^flatpak:(.+)$/.exec(b.source)?.[1];
  return undefined;
}
