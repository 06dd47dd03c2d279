import type { Msg } from "../core/types.js";
import type { CertInfo } from "./cert-info.js";

/** What certs.clock hands to the validity checks (also when it fails). */
export interface ClockOutput {
  /** Local clock minus the portal's, in seconds (positive: the computer is ahead). */
  skewSeconds: number;
  /** The clock is wrong by more than a certificate can absorb: judge by the portal's time too. */
  wrong: boolean;
}

export type Validity = "valid" | "expired" | "not-yet-valid";

/** A certificate's validity at a moment, as a browser or signer judges it with that clock. */
export function validityAt(info: Pick<CertInfo, "notBefore" | "notAfter">, at: Date): Validity {
  if (at.getTime() < info.notBefore.getTime()) return "not-yet-valid";
  if (at.getTime() > info.notAfter.getTime()) return "expired";
  return "valid";
}

/** The portal's "now", from the local one and the measured skew. */
export function portalNow(localNow: Date, skewSeconds: number): Date {
  return new Date(localNow.getTime() - skewSeconds * 1000);
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A length of time as people say it: days and hours for a day or more, hours and
 * minutes for an hour or more, else minutes ("730 days", not "1051200 minutes").
 */
export function durationMsg(seconds: number): Msg {
  // The Date header has one-second resolution: round to the smallest unit shown, so
  // that 10 799 s reads "3 hours", not "2 hours 59 minutes".
  const minutes = Math.max(1, Math.round(Math.abs(seconds) / MINUTE));
  const unit = (name: "day" | "hour" | "minute", n: number): Msg => ({
    key: `certs.unit.${name}.${n === 1 ? "one" : "other"}`,
    values: { n },
  });
  const pair = (a: Msg, b: Msg | undefined): Msg => (b ? { key: "certs.duration.pair", values: { a, b } } : a);
  if (minutes * MINUTE >= DAY) {
    const hours = Math.round((minutes * MINUTE) / HOUR);
    return pair(unit("day", Math.floor(hours / 24)), hours % 24 > 0 ? unit("hour", hours % 24) : undefined);
  }
  if (minutes * MINUTE >= HOUR) {
    return pair(unit("hour", Math.floor(minutes / 60)), minutes % 60 > 0 ? unit("minute", minutes % 60) : undefined);
  }
  return unit("minute", minutes);
}
