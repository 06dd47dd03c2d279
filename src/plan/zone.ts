/**
 * Times shown to the citizen. Azerbaijan has kept UTC+4 all year since summer time was
 * abolished in 2016, so Baku time is a fixed offset and needs no time-zone database.
 */
export const BAKU_OFFSET_MINUTES = 240;

/** The zone written in a --sale value ("Z", "+03:00", "-0500"), in minutes east of UTC; undefined when none. */
export function offsetOfSaleText(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const m = /(Z|[+-]\d{2}:?\d{2})\s*$/i.exec(text.trim());
  if (!m) return undefined;
  const z = m[1]!;
  if (z.toUpperCase() === "Z") return 0;
  const digits = z.slice(1).replace(":", "");
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4));
  return z.startsWith("-") ? -minutes : minutes;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-12-01 01:40" in the zone `offsetMinutes` east of UTC. */
export function formatAt(d: Date, offsetMinutes: number): string {
  const s = new Date(d.getTime() + offsetMinutes * 60_000);
  return `${s.getUTCFullYear()}-${pad(s.getUTCMonth() + 1)}-${pad(s.getUTCDate())} ${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}`;
}

/** "UTC+04:00", "UTC−05:00", "UTC". */
export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return "UTC";
  const sign = offsetMinutes > 0 ? "+" : "-";
  const a = Math.abs(offsetMinutes);
  return `UTC${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}
