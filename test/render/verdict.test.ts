import { describe, expect, it } from "vitest";
import { blockedBy, fixFirst } from "../../src/render/verdict.js";

const r = (id: string, group: string, status: string, code: string, blocked?: string) => ({
  id,
  group,
  status,
  code,
  data: blocked ? { blockedBy: blocked } : {},
});

describe("the fix list", () => {
  it("lists a check that could not run once, not the checks that could not be checked because of it", () => {
    const results = [
      r("token.usb-device", "token", "error", "USB_LIST_UNAVAILABLE"),
      r("token.module", "token", "error", "MODULE_PROBE_TIMEOUT"),
      r("token.present", "token", "error", "DEPENDENCY_NOT_CHECKED", "token.module"),
      r("token.certificates", "token", "error", "DEPENDENCY_NOT_CHECKED", "token.module"),
      r("certs.root-installed", "certs", "fail", "ROOT_MISSING"),
      r("certs.root-trusted", "certs", "skip", "DEPENDENCY_NOT_MET", "certs.root-installed"),
    ];
    expect(fixFirst(results).map((x) => x.id)).toEqual(["token.usb-device", "token.module", "certs.root-installed"]);
    expect(blockedBy(results, "token.module")).toBe(2);
    expect(blockedBy(results, "certs.root-installed")).toBe(1);
  });
});
