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
  it.each(["tomorrow", "2026-12-01", "2026-02-30T10:00", "2026-13-01T10:00", "2026-12-01T24:00", "2026-12-01T10:60", "2026-12-01T10:00+15:00", ""])(
    "refuses %j with a usage error",
    (text) => {
      expect(() => parseSaleTime(text)).toThrow(UsageError);
    },
  );
});
