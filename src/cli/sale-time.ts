import { UsageError } from "../core/errors.js";

/** Azerbaijan has kept UTC+4 all year since it abolished summer time in 2016. */
export const BAKU_OFFSET = "+04:00";

export const SALE_YEAR_MIN = 2000;
export const SALE_YEAR_MAX = 2100;

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
/**
 * The form the tool itself prints and Azerbaijani and Russian readers write (docs/terms.md):
 * day.month.year, then the time with a colon or a dot — "15.01.2027 10:00", "15.01.2027 10.00",
 * "5.1.2027 9:30" — optionally with seconds and a zone (issue #21.8).
 */
const DAY_FIRST = /^(\d{1,2})\.(\d{1,2})\.(\d{4}),?[T ]\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

const pad2 = (x: string) => x.padStart(2, "0");

/** [year, month, day, hour, minute, second, milliseconds, zone] of either accepted form. */
function fields(text: string): [string, string, string, string, string, string, string, string | undefined] | undefined {
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s = "00", ms = "0", zone] = iso;
    return [y!, mo!, d!, h!, mi!, s, ms, zone];
  }
  const dm = DAY_FIRST.exec(text);
  if (dm) {
    const [, d, mo, y, h, mi, s = "00", zone] = dm;
    return [y!, pad2(mo!), pad2(d!), pad2(h!), mi!, s, "0", zone];
  }
  return undefined;
}

/**
 * Reads the sale time: "15.01.2027 10:00" (or 10.00) or ISO 8601 ("2027-01-15T10:00");
 * with no zone it is Baku time. The fields are range-checked so that "30.02.2027 10:00"
 * is refused, not rolled over.
 */
export function parseSaleTime(text: string): Date {
  const f = fields(text.trim());
  if (!f) throw new UsageError("cli.error.badSale", { value: text });
  const [y, mo, d, h, mi, s, ms, zone] = f;
  const num = (x: string) => Number.parseInt(x, 10);
  if (num(mo!) < 1 || num(mo!) > 12 || num(d!) < 1 || num(h!) > 23 || num(mi!) > 59 || num(s) > 59) {
    throw new UsageError("cli.error.badSale", { value: text });
  }
  // A sale outside this range is a typo (2062 for 2026, 202 for 2026), never a real date.
  if (num(y!) < SALE_YEAR_MIN || num(y!) > SALE_YEAR_MAX) {
    throw new UsageError("cli.error.saleYear", { value: text, min: SALE_YEAR_MIN, max: SALE_YEAR_MAX });
  }
  const daysInMonth = new Date(Date.UTC(num(y!), num(mo!), 0)).getUTCDate();
  if (num(d!) > daysInMonth) throw new UsageError("cli.error.badSale", { value: text });
  let z = zone ?? BAKU_OFFSET;
  if (/^[+-]\d{4}$/.test(z)) z = `${z.slice(0, 3)}:${z.slice(3)}`;
  if (z !== "Z" && z !== "z") {
    const [zh, zm] = z.slice(1).split(":").map(num);
    if (zh! > 14 || zm! > 59) throw new UsageError("cli.error.badSale", { value: text });
  }
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms.padEnd(3, "0")}${z.toUpperCase()}`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new UsageError("cli.error.badSale", { value: text });
  return date;
}
