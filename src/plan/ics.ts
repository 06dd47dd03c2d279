/**
 * A minimal RFC 5545 calendar writer for the sale-day reminders: CRLF line endings,
 * content lines folded at 75 octets (never inside a UTF-8 character), TEXT values
 * escaped, times in UTC ("Z") so no VTIMEZONE is needed.
 */
export interface IcsAlarm {
  /** Minutes before the event's start. */
  minutesBefore: number;
  description: string;
}

export interface IcsEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  alarms: IcsAlarm[];
}

export function icsDateTime(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
}

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, newline. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Folds one content line (RFC 5545 3.1): at most 75 octets a line, continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, "utf8");
    // The first line may hold 75 octets; a continuation line's leading space counts too.
    if (octets + n > 75) {
      out.push(current);
      current = " ";
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join("\r\n");
}

export function writeIcs(events: readonly IcsEvent[], o: { stamp: Date; prodId: string; name: string }): string {
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${o.prodId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(o.name)}`,
  ];
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${icsDateTime(o.stamp)}`,
      `DTSTART:${icsDateTime(e.start)}`,
      `DTEND:${icsDateTime(e.end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
    );
    for (const a of e.alarms) {
      lines.push(
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        a.minutesBefore === 0 ? "TRIGGER:PT0M" : `TRIGGER:-PT${a.minutesBefore}M`,
        `DESCRIPTION:${escapeText(a.description)}`,
        "END:VALARM",
      );
    }
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
