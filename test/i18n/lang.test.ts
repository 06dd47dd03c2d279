import { describe, expect, it } from "vitest";
import { detectLang } from "../../src/i18n/lang.js";

describe("detectLang", () => {
  it("follows POSIX precedence LC_ALL > LC_MESSAGES > LANG", () => {
    expect(detectLang({ LC_ALL: "ru_RU.UTF-8", LC_MESSAGES: "en_US.UTF-8", LANG: "az_AZ.UTF-8" }, "en-US")).toBe("ru");
    expect(detectLang({ LC_MESSAGES: "en_GB.UTF-8", LANG: "ru_RU.UTF-8" }, "az-AZ")).toBe("en");
    expect(detectLang({ LANG: "az_AZ.UTF-8" }, "en-US")).toBe("az");
  });

  it("passes over C and POSIX, which name no language, to Intl", () => {
    expect(detectLang({ LC_ALL: "C.UTF-8" }, "ru-RU")).toBe("ru");
    expect(detectLang({ LANG: "POSIX" }, "en-US")).toBe("en");
  });

  it("uses Intl when no variable is set (Windows, macOS)", () => {
    expect(detectLang({}, "ru-RU")).toBe("ru");
    expect(detectLang({}, "az-Latn-AZ")).toBe("az");
  });

  it("falls back to Azerbaijani for a language it does not have", () => {
    expect(detectLang({ LANG: "tr_TR.UTF-8" }, "en-US")).toBe("az");
    expect(detectLang({}, "de-DE")).toBe("az");
  });
});
