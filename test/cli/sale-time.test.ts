import { describe, expect, it } from "vitest";
import { parseSaleTime } from "../../src/cli/sale-time.js";
import { UsageError } from "../../src/core/errors.js";

describe("parseSaleTime", () => {
  it("reads a time with no zone as Baku time (UTC+4)", () => {
    expect(parseSaleTime("2026-12-01T10:00").toISOString()).toBe("2026-12-01T06:00:00.000Z");
    expect(parseSaleTime("2026-12-01 10:00:30").toISOString()).toBe("2026-12-01T06:00:30.000Z");
  });
  it("honours an explicit zone", () => {
    expect(parseSaleTime("2026-12-01T10:00Z").toISOString()).toBe("2026-12-01T10:00:00.000Z");
    expect(parseSaleTime("2026-12-01T10:00+03:00").toISOString()).toBe("2026-12-01T07:00:00.000Z");
    expect(parseSaleTime("2026-12-01T10:00+0300").toISOString()).toBe("2026-12-01T07:00:00.000Z");
  });
  it.each([
    "tomorrow",
    "2026-12-01",
    "2026-02-30T10:00",
    "2026-13-01T10:00",
    "2026-12-01T24:00",
    "2026-12-01T10:60",
    "2026-12-01T10:00+15:00",
    "",
  ])("refuses %j with a usage error", (text) => {
    expect(() => parseSaleTime(text)).toThrow(UsageError);
  });
});

describe("parseSaleTime: the form the tool prints (#21.8)", () => {
  it("reads day.month.year with a colon or a dot in the time, as Baku time", () => {
    expect(parseSaleTime("15.01.2027 10:00").toISOString()).toBe("2027-01-15T06:00:00.000Z");
    expect(parseSaleTime("15.01.2027 10.00").toISOString()).toBe("2027-01-15T06:00:00.000Z");
    expect(parseSaleTime(" 5.1.2027 9:30 ").toISOString()).toBe("2027-01-05T05:30:00.000Z");
    expect(parseSaleTime("15.01.2027, 10:00:30").toISOString()).toBe("2027-01-15T06:00:30.000Z");
  });
  it("honours a zone written after it", () => {
    expect(parseSaleTime("15.01.2027 10:00+03:00").toISOString()).toBe("2027-01-15T07:00:00.000Z");
    expect(parseSaleTime("15.01.2027 10:00 Z").toISOString()).toBe("2027-01-15T10:00:00.000Z");
  });
  it.each([
    "30.02.2027 10:00",
    "15.13.2027 10:00",
    "15.01.2027 24:00",
    "15.01.2027 10:60",
    "15.01.27 10:00",
    "01/15/2027 10:00",
    "15.01.2027",
    "15.01.2027 10",
  ])("refuses %j with a usage error", (text) => {
    expect(() => parseSaleTime(text)).toThrow(UsageError);
  });
});
