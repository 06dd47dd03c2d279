import type { MessageKey } from "../i18n/keys.js";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/catalog.js";
import { loginWindow } from "./window.js";
import { writeIcs, type IcsEvent } from "./ics.js";
import { offsetOfSaleText } from "./zone.js";
import { otherZone, windowValues } from "./times.js";
import { DAY_BEFORE_STEPS, HOUR_BEFORE_STEPS } from "./steps.js";

const MINUTE = 60_000;

/**
 * The sale-day reminders as an iCalendar file in the citizen's language: the day
 * before (to-do list), the login (at the recommended time, two hours before the sale),
 * and the sale itself with an alarm an hour before (last-hour to-do list).
 */
export function buildReminders(sale: Date, lang: Lang, now: Date, saleText?: string): string {
  const w = loginWindow(sale);
  const values = windowValues(w, otherZone(offsetOfSaleText(saleText)));
  const list = (keys: readonly MessageKey[]) => keys.map((k, i) => `${i + 1}. ${t(lang, k, values)}`).join("\n");
  // Stable UIDs: writing the file again for the same sale updates the events instead of duplicating them.
  const uid = (part: string) => `${sale.toISOString().replace(/[-:.]/g, "")}-${part}@guzestli-check`;
  const events: IcsEvent[] = [
    {
      uid: uid("day-before"),
      start: w.dayBefore,
      end: new Date(w.dayBefore.getTime() + 30 * MINUTE),
      summary: t(lang, "plan.ics.dayBefore.summary"),
      description: list(DAY_BEFORE_STEPS),
      alarms: [{ minutesBefore: 0, description: t(lang, "plan.ics.dayBefore.summary") }],
    },
    {
      uid: uid("login"),
      start: w.recommended,
      end: new Date(w.recommended.getTime() + 30 * MINUTE),
      summary: t(lang, "plan.ics.login.summary"),
      description: `${t(lang, "plan.window.times", values)}\n${t(lang, "plan.window.remedy.single")}`,
      alarms: [
        { minutesBefore: 15, description: t(lang, "plan.ics.login.summary") },
        { minutesBefore: 0, description: t(lang, "plan.ics.login.summary") },
      ],
    },
    {
      uid: uid("sale"),
      start: w.sale,
      end: new Date(w.sale.getTime() + 60 * MINUTE),
      summary: t(lang, "plan.ics.sale.summary"),
      description: list(HOUR_BEFORE_STEPS),
      alarms: [
        { minutesBefore: 60, description: t(lang, "plan.hourBefore.title") },
        { minutesBefore: 10, description: t(lang, "plan.ics.sale.summary") },
      ],
    },
  ];
  return writeIcs(events, { stamp: now, prodId: "-//guzestli-check//sale-day plan//EN", name: t(lang, "plan.ics.calendarName") });
}
