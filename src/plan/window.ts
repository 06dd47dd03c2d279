/**
 * The sale-day login window. The e-Government portal keeps a "Güzəştli mənzil" session
 * alive for 500 minutes (notice: "sessiyanın aktivliyinin müddəti 500 dəqiqəyədək
 * artırılmışdır") and recommends logging in "a few hours before" the sale. A login
 * earlier than sale − 500 min ends before the sale starts; a login right before the
 * sale leaves no time to fix a token, signer or Asan İmza problem.
 */
export const SESSION_MINUTES = 500;
/** Latest sensible login: time enough to reopen the browser, call 157 or 108, try again. */
export const SAFETY_MARGIN_MINUTES = 120;
/**
 * The one time the citizen is told (issue #21.2): two hours before the sale, the latest
 * login that leaves that margin. The session then lasts 380 minutes into the sale; every
 * minute earlier is a minute less of it, and a login at sale − 500 min or earlier ends
 * the session before or just as the sale starts — so `earliest` is a limit, never advice.
 */
export const RECOMMENDED_LEAD_MINUTES = 120;

const MINUTE = 60_000;
const BAKU_OFFSET_MS = 4 * 60 * MINUTE;
/** The day-before reminder: the evening before (18:00 Baku), with time to fix problems before the window opens. */
const DAY_BEFORE_HOUR = 18;
const DAY_BEFORE_LEAD_MINUTES = 180;

export interface LoginWindow {
  sale: Date;
  /** A login at this time or earlier ends its session before or just as the sale starts. */
  earliest: Date;
  /** Latest login that still leaves the safety margin. */
  latest: Date;
  recommended: Date;
  /** When a session started at `recommended` ends. */
  sessionEndIfRecommended: Date;
  dayBefore: Date;
  hourBefore: Date;
}

export function loginWindow(sale: Date): LoginWindow {
  const at = (minutes: number) => new Date(sale.getTime() + minutes * MINUTE);
  return {
    sale,
    earliest: at(-SESSION_MINUTES),
    latest: at(-SAFETY_MARGIN_MINUTES),
    recommended: at(-RECOMMENDED_LEAD_MINUTES),
    sessionEndIfRecommended: at(SESSION_MINUTES - RECOMMENDED_LEAD_MINUTES),
    dayBefore: dayBeforeReminder(sale, at(-SESSION_MINUTES)),
    hourBefore: at(-60),
  };
}

/**
 * 18:00 Baku time on the calendar day before the sale, or earlier when the login
 * window itself opens that evening (a sale in the small hours): then 3 hours before it.
 */
function dayBeforeReminder(sale: Date, earliest: Date): Date {
  const bakuMidnight = Math.floor((sale.getTime() + BAKU_OFFSET_MS) / (24 * 60 * MINUTE)) * 24 * 60 * MINUTE - BAKU_OFFSET_MS;
  const evening = bakuMidnight - 24 * 60 * MINUTE + DAY_BEFORE_HOUR * 60 * MINUTE;
  return new Date(Math.min(evening, earliest.getTime() - DAY_BEFORE_LEAD_MINUTES * MINUTE));
}

/** Where "now" stands against the window. */
export type WindowPhase =
  /** The window has not opened: plan ahead. */
  | "ahead"
  /** Logging in now keeps the session through the sale. */
  | "open"
  /** Past the safety margin but before the sale: log in at once. */
  | "closing"
  /** The sale time has passed. */
  | "past";

export function phaseAt(w: LoginWindow, now: Date): WindowPhase {
  const t = now.getTime();
  if (t >= w.sale.getTime()) return "past";
  if (t > w.latest.getTime()) return "closing";
  if (t >= w.earliest.getTime()) return "open";
  return "ahead";
}
