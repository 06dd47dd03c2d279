import { describe, expect, it } from "vitest";
import { CHROME_RELEASES, OPERA_RELEASES } from "../../src/data/browser-releases.js";
import { chromiumOfOpera, estimateCurrentMajor } from "../../src/data/release-estimate.js";
import { judge } from "../../src/checks/browser/freshness.js";

describe("offline estimate of the current stable major", () => {
  it("inside the table, the row released last is the answer", () => {
    // Chrome 120 was released 2023-12-05 and 121 on 2024-01-23 (BCD).
    expect(estimateCurrentMajor(CHROME_RELEASES, new Date("2024-01-01T12:00:00Z"))?.major).toBe(120);
  });

  it("ignores rows scheduled after the day asked about", () => {
    // 152 is scheduled for 2026-08-25 in the table; on 2026-08-10, 151 is current.
    const e = estimateCurrentMajor(CHROME_RELEASES, new Date("2026-08-10T12:00:00Z"))!;
    expect(e.major).toBe(151);
    expect(e.majorsByCadence).toBe(0);
  });

  it("past the table, adds one major every four weeks after the last row", () => {
    // Last row: Chrome 153, 2026-09-08. 78 days later → two full 28-day periods.
    const e = estimateCurrentMajor(CHROME_RELEASES, new Date("2026-11-25T12:00:00Z"))!;
    expect(e).toEqual({ major: 155, anchorMajor: 153, anchorReleased: "2026-09-08", majorsByCadence: 2 });
  });

  it("knows which Chromium an Opera major is built on", () => {
    expect(chromiumOfOpera(OPERA_RELEASES, 134)).toBe(150);
    expect(chromiumOfOpera(OPERA_RELEASES, 105)).toBe(119);
  });
});

describe("thresholds", () => {
  it("current or newer passes, one behind warns, more fails", () => {
    expect(judge(156, 155)).toEqual({ freshness: "current", behind: 0 });
    expect(judge(155, 155)).toEqual({ freshness: "current", behind: 0 });
    expect(judge(154, 155)).toEqual({ freshness: "oneBehind", behind: 1 });
    expect(judge(120, 155)).toEqual({ freshness: "outdated", behind: 35 });
  });
});
