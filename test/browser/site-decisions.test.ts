import { describe, expect, it } from "vitest";
import { contentSettingsOf } from "../../src/host/browsers/profiles/content-settings.js";
import { profilesFromLocalState } from "../../src/host/browsers/profiles/local-state.js";
import { parseBrowserJson } from "../../src/host/browsers/profiles/json-file.js";
import { parseSitePattern, patternMatches, siteUrl } from "../../src/checks/browser/site-pattern.js";
import { judgeProfile, portalDecisions } from "../../src/checks/browser/site-decisions.js";
import { lnaStatus } from "../../src/checks/browser/lna.js";
import { chromiumLocalState, chromiumPreferences } from "./helpers/preferences.js";

const www = siteUrl("https://www.e-gov.az/");
const settingsOf = (text: string) => {
  const r = parseBrowserJson(text, "Preferences");
  if (!r.ok) throw new Error(r.detail);
  return contentSettingsOf(r.value);
};

describe("content-settings patterns", () => {
  it.each([
    ["https://www.e-gov.az:443", true],
    ["[*.]e-gov.az", true],
    ["https://[*.]e-gov.az", true],
    ["www.e-gov.az", true],
    ["*", true],
    ["[*.]az", true],
    ["http://www.e-gov.az:80", false],
    ["https://e-gov.az:443", false],
    ["http://127.0.0.1:8731", false],
    ["https://www.e-gov.az.evil.com:443", false],
  ])("%s applies to https://www.e-gov.az: %s", (raw, expected) => {
    const p = parseSitePattern(raw);
    expect(p).toBeDefined();
    expect(patternMatches(p!, www)).toBe(expected);
  });

  it("rejects what is not a pattern", () => {
    // wss/ws are not content-settings schemes; "[*.]." has a superfluous dot; no domain wildcard on an IP.
    for (const bad of ["wss://www.e-gov.az", "ws://127.0.0.1:8731", "[*.].e-gov.az", "[*.]127.0.0.1", "www.e-gov.az.."])
      expect(parseSitePattern(bad)).toBeUndefined();
    expect(patternMatches(parseSitePattern("www.e-gov.az.")!, www)).toBe(true);
    expect(parseSitePattern("")).toBeUndefined();
    expect(parseSitePattern("https://www.e-gov.az:443junk")).toBeUndefined();
  });
});

describe("what a profile decides for e-gov.az", () => {
  it("steps over chromium's migration boolean among the dictionaries and in the defaults", () => {
    const s = settingsOf(chromiumPreferences({ loopback_network: { "https://www.e-gov.az:443,*": 2 } }));
    expect(s.exceptions).toEqual([
      {
        type: "loopback_network",
        key: "https://www.e-gov.az:443,*",
        primary: "https://www.e-gov.az:443",
        secondary: "*",
        setting: 2,
        lastModified: "13440637958820303",
      },
    ]);
    expect(s.defaults).toEqual({});
    expect(s.oddities).toEqual([]);
  });

  it("the most specific pattern wins, as in the browser: an Allow for www beats a Block for all of e-gov.az", () => {
    const allowWins = settingsOf(chromiumPreferences({ javascript: { "[*.]e-gov.az,*": 2, "https://www.e-gov.az:443,*": 1 } }));
    expect(portalDecisions(allowWins).find((d) => d.type === "javascript" && !d.otherHost)).toMatchObject({
      setting: 1,
      from: "site",
      key: "https://www.e-gov.az:443,*",
    });
    const blockWins = settingsOf(chromiumPreferences({ javascript: { "[*.]e-gov.az,*": 1, "https://www.e-gov.az:443,*": 2 } }));
    expect(portalDecisions(blockWins).find((d) => d.type === "javascript" && !d.otherHost)).toMatchObject({ setting: 2 });
  });

  it("an entry narrowed to one embedding site (secondary pattern) does not decide the portal's own tab", () => {
    const s = settingsOf(chromiumPreferences({ cookies: { "https://www.e-gov.az:443,https://ads.example.com:443": 2 } }));
    expect(judgeProfile(s, lnaStatus("chrome", "156.0.7700.1")).decisions.find((d) => d.type === "cookies")).toMatchObject({
      from: "builtIn",
      verdict: "fine",
    });
  });

  it("a Block for another e-gov.az address is reported too", () => {
    const s = settingsOf(chromiumPreferences({ loopback_network: { "https://sign.e-gov.az:443,*": 2 } }));
    const { decisions } = judgeProfile(s, lnaStatus("chrome", "156.0.7700.1"));
    expect(decisions).toContainEqual(
      expect.objectContaining({ type: "loopback_network", otherHost: true, verdict: "block", key: "https://sign.e-gov.az:443,*" }),
    );
  });

  it("a profile-wide default of Block counts when no site entry overrides it", () => {
    const s = settingsOf(chromiumPreferences({}, { javascript: 2, cookies: 2 }));
    const { decisions } = judgeProfile(s, lnaStatus("chrome", "156.0.7700.1"));
    expect(decisions.filter((d) => d.verdict === "block").map((d) => [d.type, d.from])).toEqual([
      ["javascript", "default"],
      ["cookies", "default"],
    ]);
  });

  it("Local Network Access verdicts depend on the version: 141 not yet, 142+ blocks, 145+ splits", () => {
    const loop = settingsOf(chromiumPreferences({ loopback_network: { "https://www.e-gov.az:443,*": 2 } }));
    expect(judgeProfile(loop, lnaStatus("chrome", "141.0.7390.54")).decisions.find((d) => d.type === "loopback_network")!.verdict).toBe(
      "blockLater",
    );
    expect(judgeProfile(loop, lnaStatus("chrome", "156.0.7700.1")).decisions.find((d) => d.type === "loopback_network")!.verdict).toBe(
      "block",
    );
    const old = settingsOf(chromiumPreferences({ local_network_access: { "https://www.e-gov.az:443,*": 2 } }));
    expect(judgeProfile(old, lnaStatus("chrome", "143.0.1.1")).lnaDecision).toBe("blocked");
    const lan = settingsOf(chromiumPreferences({ local_network: { "https://www.e-gov.az:443,*": 2 } }));
    const judged = judgeProfile(lan, lnaStatus("chrome", "156.0.7700.1"));
    expect(judged.decisions.find((d) => d.type === "local_network")!.verdict).toBe("lanBlock");
    expect(judged.lnaDecision).toBe("undecided");
  });

  it("a managed default outranks the profile's entries: a stored Block under a managed Allow is not a block", () => {
    const s = settingsOf(
      chromiumPreferences({
        javascript: { "https://www.e-gov.az:443,*": 2, "https://sso.e-gov.az:443,*": 2 },
        cookies: { "[*.]e-gov.az,*": 2 },
      }),
    );
    const v = lnaStatus("chrome", "156.0.7700.1");
    // Without policies both stored Blocks count.
    expect(
      judgeProfile(s, v)
        .decisions.filter((d) => d.verdict === "block")
        .map((d) => d.type),
    ).toEqual(["javascript", "javascript", "cookies"]);
    const policy = new Map([
      ["javascript" as const, { setting: 1 as const, policy: "DefaultJavaScriptSetting" }],
      ["cookies" as const, { setting: 1 as const, policy: "CookiesAllowedForUrls" }],
    ]);
    const judged = judgeProfile(s, v, policy).decisions;
    expect(judged.filter((d) => d.verdict === "block")).toEqual([]);
    expect(judged.find((d) => d.type === "javascript")).toMatchObject({ setting: 2, verdict: "allowed", allowedByPolicy: true });
    // The managed default covers the other e-gov.az host as well: its stored Block is not consulted.
    expect(judged.filter((d) => d.type === "javascript")).toHaveLength(1);
  });

  it("a managed Block is the policy's, not the profile's: reported by the policies check", () => {
    const s = settingsOf(chromiumPreferences({ loopback_network: { "https://www.e-gov.az:443,*": 1 } }));
    const judged = judgeProfile(
      s,
      lnaStatus("chrome", "156.0.7700.1"),
      new Map([["loopback_network" as const, { setting: 2 as const, policy: "LoopbackNetworkBlockedForUrls" }]]),
    );
    expect(judged.decisions.find((d) => d.type === "loopback_network")).toMatchObject({ verdict: "policyBlock", blockedByPolicy: true });
    expect(judged.lnaDecision).toBe("blocked");
  });

  it("Opera's version is mapped to its Chromium before judging (Opera 127 is Chromium 143)", () => {
    expect(lnaStatus("opera", "127.0.5778.14")).toMatchObject({ chromiumMajor: 143, enforced: true, split: false });
  });

  it("an unknown version is judged as enforcing: a browser that updates itself soon will", () => {
    expect(lnaStatus("chrome", undefined)).toMatchObject({ enforced: true });
  });

  it("a setting that is not a number is noted, not fatal", () => {
    const s = settingsOf(
      JSON.stringify({
        profile: { content_settings: { exceptions: { javascript: { "[*.]e-gov.az,*": { setting: "x" } }, cookies: [] } } },
      }),
    );
    expect(s.exceptions).toEqual([]);
    expect(s.oddities.length).toBe(2);
  });
});

describe("Local State and broken files", () => {
  it("names the last-used profile and the others in the browser's order", () => {
    const r = parseBrowserJson(chromiumLocalState({ Default: "Aysel", "Profile 1": "İş" }, "Profile 1"), "Local State");
    expect(r.ok && profilesFromLocalState(r.value)).toEqual({
      lastUsed: "Profile 1",
      profiles: [
        { dir: "Default", name: "Aysel" },
        { dir: "Profile 1", name: "İş" },
      ],
    });
  });

  it("ignores a last_used that would leave the folder", () => {
    const r = parseBrowserJson(JSON.stringify({ profile: { last_used: "../../etc" } }), "Local State");
    expect(r.ok && profilesFromLocalState(r.value).lastUsed).toBeUndefined();
  });

  it.each([
    ['{"profile": {"content_settings": {"exceptions": {"loopback_n', "truncated"],
    ['{"profile": {"name": "x"}', "truncated"],
    ['{"profile": {"name": "x"}, "a": [1, 2', "truncated"],
    ['{"profile" {"name": "x"}}', "notJson"],
    ["", "empty"],
    ["<html>", "notJson"],
    ["[1,2]", "notObject"],
  ])("%j is %s", (text, problem) => {
    const r = parseBrowserJson(text, "Preferences");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toBe(problem);
  });

  it("a byte-order mark before the JSON is tolerated", () => {
    expect(parseBrowserJson("\uFEFF{}", "Preferences").ok).toBe(true);
  });
});
