import type { ReleaseTable } from "./browser-releases.js";

export interface EstimatedCurrent {
  /** The stable major most likely current on `now`. */
  major: number;
  /** The table row the estimate starts from (the last one released on or before `now`). */
  anchorMajor: number;
  anchorReleased: string;
  /** Majors added past the anchor by the release cadence. */
  majorsByCadence: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Estimates the current stable major on `now` from the release table: the last row
 * released on or before that day, plus one major per cadence period since then (rows
 * dated in the future are scheduled, not released, and are ignored). Past the table's
 * end this is only an estimate — callers must say so.
 */
export function estimateCurrentMajor<T extends { major: number; released: string }>(
  table: ReleaseTable<T>,
  now: Date,
): EstimatedCurrent | undefined {
  let anchor: T | undefined;
  for (const r of table.releases) {
    if (Date.parse(`${r.released}T00:00:00Z`) <= now.getTime() && (!anchor || r.major > anchor.major)) anchor = r;
  }
  if (!anchor) return undefined;
  const days = (now.getTime() - Date.parse(`${anchor.released}T00:00:00Z`)) / DAY_MS;
  // Only periods after the table's last row add majors: inside the table the rows are facts.
  const last = table.releases[table.releases.length - 1]!;
  const majorsByCadence = anchor.major === last.major ? Math.floor(days / table.cadenceDays) : 0;
  return {
    major: anchor.major + majorsByCadence,
    anchorMajor: anchor.major,
    anchorReleased: anchor.released,
    majorsByCadence,
  };
}

/** The Chromium major an Opera major is built on, when the table knows it. */
export function chromiumOfOpera(
  table: ReleaseTable<{ major: number; released: string; chromium: number }>,
  operaMajor: number,
): number | undefined {
  return table.releases.find((r) => r.major === operaMajor)?.chromium;
}
