import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runChecks } from "../../src/core/runner.js";
import { browserPoliciesCheck } from "../../src/checks/browser/policies.js";
import { readWindowsPolicies } from "../../src/host/browsers/policies/windows.js";
import { runOptions } from "../helpers/options.js";
import { createWinePrefix, wineAvailable, type WinePrefix } from "../windows/wine-prefix.js";

/**
 * Chrome's Windows policies written with Wine's real reg.exe the way Group Policy
 * writes them (a list policy is a subkey with values 1, 2, …), then read back by the
 * check through the same reg.exe.
 */
describe.skipIf(!wineAvailable && !process.env.CI)("Chrome policies in the Windows registry, through Wine's real reg.exe", () => {
  let wine: WinePrefix;
  beforeAll(() => {
    wine = createWinePrefix();
    wine.reg("add", "HKLM\\SOFTWARE\\Policies\\Google\\Chrome\\URLBlocklist", "/v", "1", "/t", "REG_SZ", "/d", "127.0.0.1", "/f");
    wine.reg("add", "HKLM\\SOFTWARE\\Policies\\Google\\Chrome\\URLBlocklist", "/v", "2", "/t", "REG_SZ", "/d", "example.com", "/f");
    wine.reg("add", "HKLM\\SOFTWARE\\Policies\\Google\\Chrome", "/v", "ProxyMode", "/t", "REG_SZ", "/d", "fixed_servers", "/f");
    wine.reg("add", "HKLM\\SOFTWARE\\Policies\\Google\\Chrome", "/v", "ProxyServer", "/t", "REG_SZ", "/d", "10.0.0.1:3128", "/f");
    wine.reg(
      "add",
      "HKCU\\SOFTWARE\\Policies\\Google\\Chrome\\Recommended",
      "/v",
      "DefaultJavaScriptSetting",
      "/t",
      "REG_DWORD",
      "/d",
      "2",
      "/f",
    );
  }, 400_000);
  afterAll(() => wine?.dispose());

  it("reads list, string and DWORD policies per hive and level; absent Chromium keys are no policy", async () => {
    const read = await readWindowsPolicies(wine.host(), { timeoutMs: 60_000 });
    expect(read.problems).toEqual([]);
    expect(read.sources).toEqual([
      {
        browser: "chrome",
        level: "mandatory",
        scope: "machine",
        where: "HKLM\\SOFTWARE\\Policies\\Google\\Chrome",
        policies: { URLBlocklist: ["127.0.0.1", "example.com"], ProxyMode: "fixed_servers", ProxyServer: "10.0.0.1:3128" },
      },
      {
        browser: "chrome",
        level: "recommended",
        scope: "user",
        where: "HKCU\\SOFTWARE\\Policies\\Google\\Chrome\\Recommended",
        policies: { DefaultJavaScriptSetting: 2 },
      },
    ]);
  }, 120_000);

  it("the check fails on the URLBlocklist of 127.0.0.1, names the key, and reports the proxy", async () => {
    const [r] = await runChecks([browserPoliciesCheck], { host: wine.host(), options: runOptions({ timeoutMs: 60_000 }) });
    expect(r!.status).toBe("fail");
    expect(r!.message).toMatchObject({ key: "browser.policies.blocks", values: { policy: "URLBlocklist", entry: "127.0.0.1" } });
    const sources = r!.data.sources as Array<{ level: string; proxy: unknown }>;
    expect(sources.find((s) => s.level === "mandatory")!.proxy).toEqual({ ProxyMode: "fixed_servers", ProxyServer: "10.0.0.1:3128" });
    // The recommended JavaScript block is listed too, as a finding of its own.
    expect(r!.data.findings).toContainEqual(expect.objectContaining({ policy: "DefaultJavaScriptSetting", level: "recommended" }));
  }, 120_000);
});
