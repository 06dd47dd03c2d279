/** A dotted browser version such as 120.0.6099.109. */
export interface ParsedVersion {
  text: string;
  parts: number[];
  major: number;
}

const VERSION_RE = /(?<![\d.])(\d{1,4})((?:\.\d{1,6}){1,3})(?![\d])/;

/**
 * Finds the first dotted version in a line such as "Google Chrome 120.0.6099.109 ",
 * "Chromium 156.0.8078.108 built on Debian …" or Opera's bare "105.0.4970.21".
 */
export function parseVersion(text: string | undefined): ParsedVersion | undefined {
  if (!text) return undefined;
  const m = VERSION_RE.exec(text);
  if (!m) return undefined;
  const full = m[1]! + m[2]!;
  const parts = full.split(".").map((p) => Number(p));
  return { text: full, parts, major: parts[0]! };
}

/** Compares two dotted versions numerically; negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
