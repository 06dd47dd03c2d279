import type { Lang } from "../i18n/lang.js";
import { BAKU_OFFSET_MINUTES } from "../plan/zone.js";

/**
 * Dates as citizens write them: 15.01.2027 01:40. Checks and the JSON keep ISO 8601
 * (machines read it); the Azerbaijani and Russian human text shows day.month.year.
 * A time written with a zone (an ISO instant such as 2027-01-14T21:40:00.000Z) is
 * moved to Baku time first; a wall time without a zone (the plan's "2027-01-15 01:40",
 * already in Baku or in the zone the citizen named) is only reordered.
 * An example of what to type after --sale stays ISO: that is the input format.
 */
const ISO = /(--sale[ =])?\b(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\b/g;

const pad = (n: number) => String(n).padStart(2, "0");

export function formatDatesIn(text: string, lang: Lang): string {
  if (lang === "en") return text;
  return text.replace(
    ISO,
    (whole, saleFlag: string | undefined, y: string, mo: string, d: string, h?: string, mi?: string, s?: string, zone?: string) => {
      if (saleFlag) return whole;
      if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return whole;
      if (h === undefined) return `${d}.${mo}.${y}`;
      if (!zone) return `${d}.${mo}.${y} ${h}:${mi}`;
      const instant = Date.parse(
        `${y}-${mo}-${d}T${h}:${mi}:${s ?? "00"}${zone.length === 5 ? zone.slice(0, 3) + ":" + zone.slice(3) : zone}`,
      );
      if (Number.isNaN(instant)) return whole;
      const b = new Date(instant + BAKU_OFFSET_MINUTES * 60_000);
      return `${pad(b.getUTCDate())}.${pad(b.getUTCMonth() + 1)}.${b.getUTCFullYear()} ${pad(b.getUTCHours())}:${pad(b.getUTCMinutes())}`;
    },
  );
}

/** An instant in Baku time for a citizen's eyes, in the format of `lang` (ISO for English). */
export function bakuTime(d: Date, lang: Lang): string {
  const b = new Date(d.getTime() + BAKU_OFFSET_MINUTES * 60_000);
  const iso = `${b.getUTCFullYear()}-${pad(b.getUTCMonth() + 1)}-${pad(b.getUTCDate())} ${pad(b.getUTCHours())}:${pad(b.getUTCMinutes())}`;
  return formatDatesIn(iso, lang);
}
