import type { MsgValue } from "../core/types.js";
import type { LoginWindow } from "./window.js";
import { BAKU_OFFSET_MINUTES, formatAt, formatOffset } from "./zone.js";

/**
 * The window's times as message values: in Baku time, and also in the zone the
 * citizen wrote the sale time in when that zone is a different one (`…Other`).
 */
export function windowValues(w: LoginWindow, otherOffset: number | undefined): Record<string, MsgValue> {
  const v: Record<string, MsgValue> = {};
  const points = {
    sale: w.sale,
    earliest: w.earliest,
    latest: w.latest,
    recommended: w.recommended,
    sessionEnd: w.sessionEndIfRecommended,
    dayBefore: w.dayBefore,
    hourBefore: w.hourBefore,
  };
  for (const [name, d] of Object.entries(points)) {
    v[name] = formatAt(d, BAKU_OFFSET_MINUTES);
    if (otherOffset !== undefined) v[`${name}Other`] = formatAt(d, otherOffset);
  }
  v.zone = formatOffset(BAKU_OFFSET_MINUTES);
  if (otherOffset !== undefined) v.otherZone = formatOffset(otherOffset);
  return v;
}

/** The zone to show besides Baku time, when the sale was written in another one. */
export function otherZone(offset: number | undefined): number | undefined {
  return offset === undefined || offset === BAKU_OFFSET_MINUTES ? undefined : offset;
}
