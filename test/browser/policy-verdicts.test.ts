import { describe, expect, it } from "vitest";
import {
  judgePolicies,
  judgePolicySource,
  mergePolicySources,
  policySiteDecisions,
  proxyOf,
} from "../../src/checks/browser/policy-verdicts.js";
import { parseUrlFilter, urlFilterVerdict, type UrlFilter } from "../../src/checks/browser/url-filter.js";
import { policiesFromRegKeys, type RegKeyLike } from "../../src/host/browsers/policies/windows.js";
import { parsePlutilJson } from "../../src/host/browsers/policies/macos.js";
import type { PolicySource } from "../../src/host/browsers/policies/types.js";

const source = (policies: Record<string, unknown>): PolicySource => ({
  browser: "chrome",
  level: "mandatory",
  scope: "machine",
  where: "/etc/opt/chrome/policies/managed/it.json",
  policies,
});
const filters = (xs: string[]) => xs.map(parseUrlFilter).filter((f): f is UrlFilter => f !== undefined);
const url = (scheme: string, host: string, port: number, path = "/") => ({ scheme, host, port, path });

describe("URLBlocklist / URLAllowlist filters (chromium.org url-blocklist-filter-format)", () => {
  it("a host filter covers its subdomains; a leading dot does not", () => {
    expect(urlFilterVerdict(url("https", "www.e-gov.az", 443), filters(["e-gov.az"]), []).blocked).toBe(true);
    expect(urlFilterVerdict(url("https", "www.e-gov.az", 443), filters([".e-gov.az"]), []).blocked).toBe(false);
    expect(urlFilterVerdict(url("https", "e-gov.az", 443), filters([".e-gov.az"]), []).blocked).toBe(true);
  });

  it("the longest host match wins, so an allowed portal survives a block of everything", () => {
    const block = filters(["*"]);
    const allow = filters(["e-gov.az"]);
    expect(urlFilterVerdict(url("https", "www.e-gov.az", 443), block, allow).blocked).toBe(false);
    expect(urlFilterVerdict(url("http", "127.0.0.1", 80), block, allow)).toMatchObject({ blocked: true, by: { raw: "*" } });
  });

  it("scheme and port must fit; at the same host and path, allow wins the tie", () => {
    expect(urlFilterVerdict(url("https", "localhost", 443), filters(["http://localhost"]), []).blocked).toBe(false);
    expect(urlFilterVerdict(url("http", "127.0.0.1", 80), filters(["127.0.0.1:8080"]), []).blocked).toBe(false);
    expect(urlFilterVerdict(url("http", "127.0.0.1", 8080), filters(["127.0.0.1:8080"]), []).blocked).toBe(true);
    expect(urlFilterVerdict(url("http", "localhost", 80), filters(["localhost"]), filters(["localhost"])).blocked).toBe(false);
  });

  it("a longer path is more specific", () => {
    expect(urlFilterVerdict(url("https", "www.e-gov.az", 443, "/"), filters(["e-gov.az/private"]), []).blocked).toBe(false);
    expect(urlFilterVerdict(url("https", "www.e-gov.az", 443, "/private/x"), filters(["e-gov.az/private"]), []).blocked).toBe(true);
  });

  it("a filter for another scheme or port does not stop the https portal (url_matcher/url_util.cc FilterToComponents)", () => {
    const portal = url("https", "www.e-gov.az", 443);
    for (const f of ["http://www.e-gov.az:80", "http://e-gov.az", "www.e-gov.az:8443", "wss://www.e-gov.az", ".e-gov.az"]) {
      expect(urlFilterVerdict(portal, filters([f]), []).blocked).toBe(false);
    }
    expect(
      judgePolicySource(source({ URLBlocklist: ["http://www.e-gov.az:80", "www.e-gov.az:8443", "wss://www.e-gov.az"] })).filter(
        (f) => f.target === "https://www.e-gov.az/",
      ),
    ).toEqual([]);
    expect(urlFilterVerdict(portal, filters(["https://.www.e-gov.az:443"]), []).blocked).toBe(true);
  });

  it("filters that are not about hosts are ignored", () => {
    expect(parseUrlFilter("javascript:alert(1)")).toBeUndefined();
    expect(parseUrlFilter("")).toBeUndefined();
  });
});

describe("what a policy source does to the sign-in", () => {
  it("Blocked*ForUrls on the portal blocks, whatever Allowed says", () => {
    const f = judgePolicySource(
      source({ LoopbackNetworkAllowedForUrls: ["[*.]e-gov.az"], LoopbackNetworkBlockedForUrls: ["https://www.e-gov.az:443"] }),
    );
    expect(f).toEqual([
      { policy: "LoopbackNetworkBlockedForUrls", kind: "block", entry: "https://www.e-gov.az:443", target: "https://www.e-gov.az/" },
    ]);
  });

  it("LocalNetworkBlockedForUrls blocks only the local network (not this computer) since the split", () => {
    expect(judgePolicySource(source({ LocalNetworkBlockedForUrls: ["*"] }))).toEqual([
      expect.objectContaining({ policy: "LocalNetworkBlockedForUrls", kind: "lan" }),
    ]);
  });

  it("blocks of other sites do not count", () => {
    expect(
      judgePolicySource(
        source({
          LoopbackNetworkBlockedForUrls: ["https://example.com"],
          JavaScriptBlockedForUrls: ["[*.]example.az"],
          URLBlocklist: ["example.com"],
        }),
      ),
    ).toEqual([]);
  });

  it("URLBlocklist of this computer is found on the port it names", () => {
    const f = judgePolicySource(source({ URLBlocklist: ["127.0.0.1:12345", "localhost"] }));
    expect(f.map((x) => [x.entry, x.target])).toEqual([
      ["localhost", "http://localhost/"],
      ["127.0.0.1:12345", "http://127.0.0.1:12345/"],
    ]);
  });

  it("JavaScript and cookies blocked by default, unless the portal is allowed", () => {
    expect(judgePolicySource(source({ DefaultJavaScriptSetting: 2, DefaultCookiesSetting: 2 })).map((x) => x.policy)).toEqual([
      "DefaultJavaScriptSetting",
      "DefaultCookiesSetting",
    ]);
    expect(
      judgePolicySource(
        source({
          DefaultJavaScriptSetting: 2,
          JavaScriptAllowedForUrls: ["[*.]e-gov.az"],
          DefaultCookiesSetting: 2,
          CookiesAllowedForUrls: ["https://www.e-gov.az"],
        }),
      ),
    ).toEqual([]);
    expect(judgePolicySource(source({ DefaultJavaScriptSetting: 1 }))).toEqual([]);
  });

  it("a proxy set by policy is reported", () => {
    expect(proxyOf(source({ ProxyMode: "fixed_servers", ProxyServer: "10.0.0.1:3128", URLBlocklist: [] }))).toEqual({
      ProxyMode: "fixed_servers",
      ProxyServer: "10.0.0.1:3128",
    });
    expect(proxyOf(source({}))).toBeUndefined();
  });
});

describe("one policy set from many places, as chromium merges them", () => {
  const at = (
    where: string,
    policies: Record<string, unknown>,
    level: PolicySource["level"] = "mandatory",
    scope: PolicySource["scope"] = "machine",
  ): PolicySource => ({ browser: "chrome", level, scope, where, policies });

  it("a default in one file and the portal's exception in another are one set: nothing blocks", () => {
    const set = mergePolicySources([
      at("/m/a.json", { DefaultJavaScriptSetting: 2 }),
      at("/m/b.json", { JavaScriptAllowedForUrls: ["[*.]e-gov.az"] }),
    ]);
    expect(judgePolicies(set)).toEqual([]);
    // Judged file by file (the old way) the first file alone looked like a block.
    expect(judgePolicySource(at("/m/a.json", { DefaultJavaScriptSetting: 2 })).map((f) => f.policy)).toEqual(["DefaultJavaScriptSetting"]);
  });

  it("a block is reported from the file that set it", () => {
    const set = mergePolicySources([
      at("/m/a.json", { DefaultCookiesSetting: 2 }),
      at("/m/b.json", { JavaScriptAllowedForUrls: ["e-gov.az"] }),
    ]);
    expect(judgePolicies(set).map((f) => [f.policy, f.source.where])).toEqual([["DefaultCookiesSetting", "/m/a.json"]]);
  });

  it("mandatory beats recommended, machine beats user, whatever the order they were read in", () => {
    const set = mergePolicySources([
      at("HKCU\\…\\Chrome", { DefaultJavaScriptSetting: 2 }, "mandatory", "user"),
      at("HKLM\\…\\Chrome", { DefaultJavaScriptSetting: 1 }, "mandatory", "machine"),
      at("HKLM\\…\\Chrome\\Recommended", { DefaultJavaScriptSetting: 2, DefaultCookiesSetting: 2 }, "recommended", "machine"),
    ]);
    expect(set.get("DefaultJavaScriptSetting")).toMatchObject({ value: 1, source: { where: "HKLM\\…\\Chrome" } });
    expect(judgePolicies(set).map((f) => [f.policy, f.source.level])).toEqual([["DefaultCookiesSetting", "recommended"]]);
  });

  it("a recommended Allowed list does not open what a mandatory default blocks", () => {
    const set = mergePolicySources([
      at("/m/a.json", { DefaultJavaScriptSetting: 2 }),
      at("/r/b.json", { JavaScriptAllowedForUrls: ["[*.]e-gov.az"] }, "recommended"),
    ]);
    expect(judgePolicies(set).map((f) => [f.policy, f.source.level])).toEqual([["DefaultJavaScriptSetting", "mandatory"]]);
  });
});

describe("which entries match the portal (content-settings patterns, content_settings_pattern.cc)", () => {
  it("an Allowed entry that only names the domain does not open https://www.e-gov.az", () => {
    for (const entry of ["e-gov.az", "https://e-gov.az", "http://www.e-gov.az", "wss://www.e-gov.az", "https://www.e-gov.az:8443"]) {
      expect(judgePolicySource(source({ DefaultJavaScriptSetting: 2, JavaScriptAllowedForUrls: [entry] })).map((f) => f.policy)).toEqual([
        "DefaultJavaScriptSetting",
      ]);
    }
    for (const entry of ["[*.]e-gov.az", "www.e-gov.az", "https://www.e-gov.az", "https://www.e-gov.az:443", "*://www.e-gov.az", "*"]) {
      expect(judgePolicySource(source({ DefaultJavaScriptSetting: 2, JavaScriptAllowedForUrls: [entry] }))).toEqual([]);
    }
  });

  it("a Blocked entry blocks only when it matches the portal: another scheme, port or bare domain does not", () => {
    const none = [
      "e-gov.az",
      "http://www.e-gov.az:80",
      "http://www.e-gov.az",
      "https://www.e-gov.az:8443",
      "wss://www.e-gov.az",
      "[*.].e-gov.az",
    ];
    expect(
      judgePolicySource(source({ JavaScriptBlockedForUrls: none, LoopbackNetworkBlockedForUrls: none, CookiesBlockedForUrls: none })),
    ).toEqual([]);
    expect(judgePolicySource(source({ JavaScriptBlockedForUrls: ["https://www.e-gov.az:443"] })).map((f) => f.entry)).toEqual([
      "https://www.e-gov.az:443",
    ]);
  });

  it("the more specific pattern wins inside the policies: an Allowed [*.]e-gov.az beats a Blocked *", () => {
    expect(judgePolicySource(source({ JavaScriptBlockedForUrls: ["*"], JavaScriptAllowedForUrls: ["[*.]e-gov.az"] }))).toEqual([]);
    expect(
      judgePolicySource(source({ JavaScriptBlockedForUrls: ["www.e-gov.az"], JavaScriptAllowedForUrls: ["[*.]e-gov.az"] })).map(
        (f) => f.entry,
      ),
    ).toEqual(["www.e-gov.az"]);
    // An exact port is more specific than an exact scheme (Compare: host, then port, then scheme).
    expect(
      judgePolicySource(source({ JavaScriptBlockedForUrls: ["https://www.e-gov.az"], JavaScriptAllowedForUrls: ["www.e-gov.az:443"] })),
    ).toEqual([]);
  });
});

describe("Local Network Access lists: the most specific pattern wins across them (seen on chromium 156)", () => {
  it("a Block for the portal beats an Allow for *, and an Allow for the portal beats a Block for *", () => {
    // The old combined list covers this computer and the local network alike.
    expect(
      judgePolicySource(
        source({ LoopbackNetworkAllowedForUrls: ["*"], LocalNetworkAccessBlockedForUrls: ["https://www.e-gov.az:443"] }),
      ).map((f) => [f.policy, f.kind]),
    ).toEqual([
      ["LocalNetworkAccessBlockedForUrls", "block"],
      ["LocalNetworkAccessBlockedForUrls", "lan"],
    ]);
    expect(
      judgePolicySource(source({ LoopbackNetworkBlockedForUrls: ["*"], LoopbackNetworkAllowedForUrls: ["https://www.e-gov.az"] })),
    ).toEqual([]);
  });
});

describe("every blocking policy is read", () => {
  it("CookiesBlockedForUrls, JavaScriptBlockedForUrls and the Local Network Access lists block the portal", () => {
    const f = judgePolicySource(
      source({
        CookiesBlockedForUrls: ["[*.]e-gov.az"],
        JavaScriptBlockedForUrls: ["https://www.e-gov.az"],
        LocalNetworkAccessBlockedForUrls: ["[*.]e-gov.az"],
        LocalNetworkBlockedForUrls: ["www.e-gov.az"],
      }),
    );
    expect(f.map((x) => [x.policy, x.kind])).toEqual([
      ["LocalNetworkAccessBlockedForUrls", "block"],
      ["LocalNetworkBlockedForUrls", "lan"],
      ["JavaScriptBlockedForUrls", "block"],
      ["CookiesBlockedForUrls", "block"],
    ]);
  });

  it("a session-only cookie exception is not a block; PopupsBlockedForUrls and DefaultPopupsSetting are a pop-up finding", () => {
    expect(judgePolicySource(source({ DefaultCookiesSetting: 2, CookiesSessionOnlyForUrls: ["[*.]e-gov.az"] }))).toEqual([]);
    expect(judgePolicySource(source({ PopupsBlockedForUrls: ["[*.]e-gov.az"] }))).toEqual([
      expect.objectContaining({ policy: "PopupsBlockedForUrls", kind: "popups" }),
    ]);
    expect(judgePolicySource(source({ DefaultPopupsSetting: 2, PopupsAllowedForUrls: ["[*.]e-gov.az"] }))).toEqual([]);
  });
});

describe("what mandatory policies decide over the profile", () => {
  it("a managed default is a decision for the portal; recommended policies are not", () => {
    const read = {
      sources: [
        {
          browser: "chrome" as const,
          level: "mandatory" as const,
          scope: "machine" as const,
          where: "/m/a.json",
          policies: { DefaultJavaScriptSetting: 1 },
        },
        {
          browser: "chrome" as const,
          level: "recommended" as const,
          scope: "machine" as const,
          where: "/r/a.json",
          policies: { DefaultCookiesSetting: 2 },
        },
        {
          browser: "chromium" as const,
          level: "mandatory" as const,
          scope: "machine" as const,
          where: "/c/a.json",
          policies: { LoopbackNetworkBlockedForUrls: ["*"] },
        },
      ],
      problems: [],
    };
    const chrome = policySiteDecisions(read, "chrome");
    expect([...chrome.keys()]).toEqual(["javascript"]);
    expect(chrome.get("javascript")).toMatchObject({ setting: 1, policy: "DefaultJavaScriptSetting" });
    expect(policySiteDecisions(read, "chromium").get("loopback_network")).toMatchObject({
      setting: 2,
      policy: "LoopbackNetworkBlockedForUrls",
      entry: "*",
    });
  });
});

describe("Windows policy keys", () => {
  // As reg.exe lists them: hive spelled out, REG_DWORD printed as hex.
  const root = "HKLM\\SOFTWARE\\Policies\\Google\\Chrome";
  const keys: RegKeyLike[] = [
    {
      path: "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome",
      values: [
        { name: "DefaultJavaScriptSetting", type: "REG_DWORD", data: "0x2" },
        { name: "ProxyMode", type: "REG_SZ", data: "direct" },
      ],
    },
    {
      path: "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\URLBlocklist",
      values: [
        { name: "2", type: "REG_SZ", data: "localhost" },
        { name: "1", type: "REG_SZ", data: "e-gov.az" },
      ],
    },
    {
      path: "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\Recommended",
      values: [{ name: "DefaultCookiesSetting", type: "REG_DWORD", data: 2 }],
    },
    {
      path: "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\Recommended\\LoopbackNetworkBlockedForUrls",
      values: [{ name: "1", type: "REG_SZ", data: "[*.]e-gov.az" }],
    },
    { path: "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Update", values: [{ name: "x", type: "REG_DWORD", data: "0x1" }] },
  ];

  it("values are policies, subkeys with 1, 2, … are lists, Recommended is its own level", () => {
    expect(policiesFromRegKeys(keys, root, { browser: "chrome", scope: "machine" })).toEqual([
      {
        browser: "chrome",
        level: "mandatory",
        scope: "machine",
        where: root,
        policies: { DefaultJavaScriptSetting: 2, ProxyMode: "direct", URLBlocklist: ["e-gov.az", "localhost"] },
      },
      {
        browser: "chrome",
        level: "recommended",
        scope: "machine",
        where: `${root}\\Recommended`,
        policies: { DefaultCookiesSetting: 2, LoopbackNetworkBlockedForUrls: ["[*.]e-gov.az"] },
      },
    ]);
  });

  it("and are judged like any other source", () => {
    const [mandatory] = policiesFromRegKeys(keys, root, { browser: "chrome", scope: "machine" });
    expect(judgePolicySource(mandatory!).map((f) => f.policy)).toEqual(["URLBlocklist", "URLBlocklist", "DefaultJavaScriptSetting"]);
  });
});

describe("macOS managed preferences through plutil", () => {
  it("reads the dictionary plutil -convert json prints", () => {
    const out = '{"URLBlocklist":["e-gov.az"],"DefaultJavaScriptSetting":2,"PolicyRefreshRate":3600000}';
    expect(parsePlutilJson(out)).toEqual({
      ok: true,
      value: { URLBlocklist: ["e-gov.az"], DefaultJavaScriptSetting: 2, PolicyRefreshRate: 3600000 },
    });
  });

  it("an error text instead of JSON is a reason, not a crash", () => {
    const r = parsePlutilJson("/Library/Managed Preferences/com.google.Chrome.plist: invalid object in plist for destination format");
    expect(r.ok).toBe(false);
  });
});
