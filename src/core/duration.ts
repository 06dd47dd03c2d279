import type { Duration } from "./types.js";

/** A budget or a measured time, in milliseconds, for a message: shown in seconds in the run's language. */
export function duration(ms: number): Duration {
  return { $ms: ms };
}

export function isDuration(v: unknown): v is Duration {
  return typeof v === "object" && v !== null && "$ms" in v && typeof (v as Duration).$ms === "number";
}
