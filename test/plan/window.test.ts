import { describe, expect, it } from "vitest";
import { loginWindow, phaseAt, SESSION_MINUTES } from "../../src/plan/window.js";
import { BAKU_OFFSET_MINUTES, formatAt, formatOffset, offsetOfSaleText } from "../../src/plan/zone.js";
import { otherZone, windowValues } from "../../src/plan/times.js";
import { parseSaleTime } from "../../src/cli/sale-time.js";

const baku = (d: Date) => formatAt(d, BAKU_OFFSET_MINUTES);

describe("the login window", () => {
  it("for a 10:00 Baku sale opens at 01:40 (sale − 500 min) and closes a few hours before", () => {
    const w = loginWindow(parseSaleTime("2026-12-01T10:00"));
    expect(baku(w.sale)).toBe("2026-12-01 10:00");
    expect(baku(w.earliest)).toBe("2026-12-01 01:40");
    expect(baku(w.latest)).toBe("2026-12-01 08:00");
    // #21.2: the recommended login is two hours before the sale; the session then runs until 16:20.
    expect(baku(w.recommended)).toBe("2026-12-01 08:00");
    expect(baku(w.sessionEndIfRecommended)).toBe("2026-12-01 16:20");
    expect(baku(w.dayBefore)).toBe("2026-11-30 18:00");
    expect(baku(w.hourBefore)).toBe("2026-12-01 09:00");
    // A session started at the recommended time still runs well after the sale starts.
    expect(w.sessionEndIfRecommended.getTime()).toBe(w.recommended.getTime() + SESSION_MINUTES * 60_000);
    expect(w.sessionEndIfRecommended.getTime()).toBeGreaterThan(w.sale.getTime());
    expect(w.earliest.getTime() + SESSION_MINUTES * 60_000).toBe(w.sale.getTime());
  });

  it("crosses midnight into the previous day for an early sale", () => {
    const w = loginWindow(parseSaleTime("2026-12-01T03:00"));
    expect(baku(w.earliest)).toBe("2026-11-30 18:40");
    expect(baku(w.latest)).toBe("2026-12-01 01:00");
    expect(baku(w.recommended)).toBe("2026-12-01 01:00");
    // The evening-before reminder comes 3 hours before the window opens, not at 18:00 inside it.
    expect(baku(w.dayBefore)).toBe("2026-11-30 15:40");
  });

  it("crosses a month and a year boundary", () => {
    const w = loginWindow(parseSaleTime("2027-01-01T01:00"));
    expect(baku(w.earliest)).toBe("2026-12-31 16:40");
  });

  it("places now before, inside, in the last margin of, and after the window", () => {
    const w = loginWindow(parseSaleTime("2026-12-01T10:00"));
    expect(phaseAt(w, parseSaleTime("2026-12-01T01:39"))).toBe("ahead");
    expect(phaseAt(w, parseSaleTime("2026-12-01T01:40"))).toBe("open");
    expect(phaseAt(w, parseSaleTime("2026-12-01T08:00"))).toBe("open");
    expect(phaseAt(w, parseSaleTime("2026-12-01T08:01"))).toBe("closing");
    expect(phaseAt(w, parseSaleTime("2026-12-01T10:00"))).toBe("past");
    expect(phaseAt(w, parseSaleTime("2027-01-01T00:00"))).toBe("past");
  });
});

describe("zones", () => {
  it("reads the zone written in --sale, and none when there is none", () => {
    expect(offsetOfSaleText("2026-12-01T10:00")).toBeUndefined();
    expect(offsetOfSaleText("2026-12-01T10:00Z")).toBe(0);
    expect(offsetOfSaleText("2026-12-01T10:00+03:00")).toBe(180);
    expect(offsetOfSaleText("2026-12-01T10:00-0500")).toBe(-300);
    expect(offsetOfSaleText("2026-12-01T10:00+05:30")).toBe(330);
    expect(offsetOfSaleText(undefined)).toBeUndefined();
  });

  it("shows Baku time always, and the given zone too when it differs", () => {
    const text = "2026-12-01T10:00+03:00";
    const w = loginWindow(parseSaleTime(text));
    const v = windowValues(w, otherZone(offsetOfSaleText(text)));
    expect(v.sale).toBe("2026-12-01 11:00");
    expect(v.saleOther).toBe("2026-12-01 10:00");
    expect(v.earliest).toBe("2026-12-01 02:40");
    expect(v.earliestOther).toBe("2026-12-01 01:40");
    expect(v.zone).toBe("UTC+04:00");
    expect(v.otherZone).toBe("UTC+03:00");
    // Baku's own offset written out is not "another zone".
    expect(otherZone(offsetOfSaleText("2026-12-01T10:00+04:00"))).toBeUndefined();
  });

  it("a sale given in UTC that falls on the next day in Baku", () => {
    const text = "2026-12-01T22:30Z";
    const w = loginWindow(parseSaleTime(text));
    const v = windowValues(w, otherZone(offsetOfSaleText(text)));
    expect(v.sale).toBe("2026-12-02 02:30");
    expect(v.earliest).toBe("2026-12-01 18:10");
    expect(v.earliestOther).toBe("2026-12-01 14:10");
    expect(v.otherZone).toBe("UTC");
  });

  it("formats negative offsets", () => {
    expect(formatOffset(-300)).toBe("UTC-05:00");
    expect(formatOffset(330)).toBe("UTC+05:30");
  });
});
