import { mkdirSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runChecks } from "../../src/core/runner.js";
import { browserSiteSettingsCheck } from "../../src/checks/browser/site-settings.js";
import { browserPoliciesCheck } from "../../src/checks/browser/policies.js";
import { readBrowserProfiles } from "../../src/host/browsers/profiles/read.js";
import { MAX_PREFS_BYTES } from "../../src/host/browsers/profiles/json-file.js";
import type { InstalledBrowser } from "../../src/host/browsers/types.js";
import type { Host } from "../../src/host/host.js";
import { runOptions } from "../helpers/options.js";
import { tempDir } from "./helpers/stand-ins.js";
import { mappedHost, mappedPath } from "./helpers/mapped-host.js";
import { chromiumLocalState, chromiumPreferences } from "./helpers/preferences.js";
import { hostWithHome, inventory } from "./helpers/profile-host.js";

function put(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const CHROME: InstalledBrowser = { browser: "chrome", version: "156.0.7700.50", kind: "windows", source: "HKLM\\…\\chrome.exe" };
const OPERA: InstalledBrowser = { browser: "opera", version: "127.0.5778.14", kind: "windows", source: "HKCU\\…\\opera.exe" };

async function siteCheck(host: Host, found: InstalledBrowser[]) {
  const [, r] = await runChecks([inventory(found), browserSiteSettingsCheck], { host, options: runOptions({ timeoutMs: 5_000 }) });
  return r!;
}

describe("profiles where each OS keeps them", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir("gc-profiles-");
  });
  afterEach(() => tmp.cleanup());

  describe("Windows", () => {
    const home = "C:\\Users\\Aysel";
    const env = { LOCALAPPDATA: "C:\\Users\\Aysel\\AppData\\Local", APPDATA: "C:\\Users\\Aysel\\AppData\\Roaming" };
    const userData = "C:\\Users\\Aysel\\AppData\\Local\\Google\\Chrome\\User Data";

    it("judges the last-used profile named by Local State, and mentions another profile's Block", async () => {
      put(mappedPath(tmp.dir, `${userData}\\Local State`), chromiumLocalState({ Default: "Ailə", "Profile 1": "Aysel" }, "Profile 1"));
      put(mappedPath(tmp.dir, `${userData}\\Default\\Preferences`), chromiumPreferences({ loopback_network: { "[*.]e-gov.az,*": 2 } }));
      put(
        mappedPath(tmp.dir, `${userData}\\Profile 1\\Preferences`),
        chromiumPreferences({ loopback_network: { "https://www.e-gov.az:443,*": 1 } }),
      );
      const r = await siteCheck(mappedHost("win32", tmp.dir, { homedir: home, env }), [CHROME]);
      expect(r.status).toBe("warn");
      expect(r.code).toBe("SITE_BLOCKED_OTHER_PROFILE");
      // The profile by the name the browser shows (#21.10): a name the user chose is personal data, with the folder beside it.
      expect(r.remedy).toContainEqual({
        key: "browser.remedy.otherProfileBlocked",
        values: {
          browser: "Google Chrome",
          profile: { key: "browser.profile.named", values: { name: { $pii: "name", value: "Ailə" }, folder: "Default" } },
        },
      });
    });

    it('a profile Chrome named itself ("Person 1") is shown by that name, plainly (#21.10)', async () => {
      put(mappedPath(tmp.dir, `${userData}\\Local State`), chromiumLocalState({ Default: "Person 1" }, "Default"));
      put(mappedPath(tmp.dir, `${userData}\\Default\\Preferences`), chromiumPreferences({ javascript: { "[*.]e-gov.az,*": 2 } }));
      const r = await siteCheck(mappedHost("win32", tmp.dir, { homedir: home, env }), [CHROME]);
      expect(r.message.values).toMatchObject({ browser: "Google Chrome", profile: "Person 1" });
    });

    it("a JavaScript Block in the last-used profile fails with Chrome's site-details fix", async () => {
      put(mappedPath(tmp.dir, `${userData}\\Local State`), chromiumLocalState({ Default: "Ailə", "Profile 1": "Aysel" }, "Profile 1"));
      put(
        mappedPath(tmp.dir, `${userData}\\Profile 1\\Preferences`),
        chromiumPreferences({ javascript: { "[*.]e-gov.az,*": 2 }, loopback_network: { "https://www.e-gov.az:443,*": 1 } }),
      );
      const r = await siteCheck(mappedHost("win32", tmp.dir, { homedir: home, env }), [CHROME]);
      expect(r.status).toBe("fail");
      expect(r.message).toEqual({
        key: "browser.siteSettings.blocked",
        values: {
          browser: "Google Chrome",
          profile: { key: "browser.profile.named", values: { name: { $pii: "name", value: "Aysel" }, folder: "Profile 1" } },
          setting: { key: "browser.setting.javascript" },
        },
      });
      expect(r.remedy[0]).toEqual({ key: "browser.remedy.siteSettingsChrome" });
    });

    it("a local-network Block beside an allowed loopback says this computer is allowed, not that e-gov.az is not allowed yet (Chrome ≥145)", async () => {
      put(mappedPath(tmp.dir, `${userData}\\Local State`), chromiumLocalState({ Default: "Aysel" }, "Default"));
      put(
        mappedPath(tmp.dir, `${userData}\\Default\\Preferences`),
        chromiumPreferences({ local_network: { "https://www.e-gov.az:443,*": 2 }, loopback_network: { "https://www.e-gov.az:443,*": 1 } }),
      );
      const r = await siteCheck(mappedHost("win32", tmp.dir, { homedir: home, env }), [CHROME]);
      expect(r.status).toBe("warn");
      expect(r.code).toBe("SITE_LAN_BLOCKED");
      // The profile by the name it was given in Chrome (a person's name: personal data, #21.10), its folder beside it.
      expect(r.message).toEqual({
        key: "browser.siteSettings.lanBlockedLoopbackAllowed",
        values: {
          browser: "Google Chrome",
          profile: { key: "browser.profile.named", values: { name: { $pii: "name", value: "Aysel" }, folder: "Default" } },
        },
      });
      expect(r.remedy.map((m) => m.key)).not.toContain("browser.remedy.pressAllowLna");
      // With loopback not decided yet, the same Block still says the browser will ask.
      put(
        mappedPath(tmp.dir, `${userData}\\Default\\Preferences`),
        chromiumPreferences({ local_network: { "https://www.e-gov.az:443,*": 2 } }),
      );
      const undecided = await siteCheck(mappedHost("win32", tmp.dir, { homedir: home, env }), [CHROME]);
      expect(undecided.message.key).toBe("browser.siteSettings.lanBlocked");
      expect(undecided.remedy.map((m) => m.key)).toContain("browser.remedy.pressAllowLna");
    });

    it("Opera keeps Preferences in its folder; its fix is Opera's settings page", async () => {
      put(
        mappedPath(tmp.dir, "C:\\Users\\Aysel\\AppData\\Roaming\\Opera Software\\Opera Stable\\Preferences"),
        chromiumPreferences({ local_network_access: { "https://www.e-gov.az:443,*": 2 } }),
      );
      const r = await siteCheck(mappedHost("win32", tmp.dir, { homedir: home, env }), [OPERA]);
      expect(r.status).toBe("fail");
      expect(r.message.values).toMatchObject({ browser: "Opera", profile: "Opera Stable" });
      expect(r.remedy[0]!.key).toBe("browser.remedy.siteSettingsOpera");
    });

    it("an Opera that keeps its profile in a Default subfolder is read the Chrome way", async () => {
      const stable = "C:\\Users\\Aysel\\AppData\\Roaming\\Opera Software\\Opera Stable";
      put(mappedPath(tmp.dir, `${stable}\\Default\\Preferences`), chromiumPreferences({ cookies: { "[*.]e-gov.az,*": 2 } }));
      const r = await siteCheck(mappedHost("win32", tmp.dir, { homedir: home, env }), [OPERA]);
      expect(r.status).toBe("fail");
      expect(r.message.values).toMatchObject({ browser: "Opera", profile: "Default", setting: { key: "browser.setting.cookies" } });
    });

    it("when the browser inventory itself failed, every folder found is judged", async () => {
      put(mappedPath(tmp.dir, `${userData}\\Default\\Preferences`), chromiumPreferences({ javascript: { "[*.]e-gov.az,*": 2 } }));
      const host = mappedHost("win32", tmp.dir, { homedir: home, env });
      const failed = inventory([]);
      failed.codes = { BROWSER_PROBE_TIMEOUT: { status: "timeout" } };
      failed.run = async () => ({
        code: "BROWSER_PROBE_TIMEOUT",
        message: { key: "browser.installed.probeTimeout" },
        output: { found: [], problems: [{ source: "powershell", problem: "timeout" }] },
      });
      const [, r] = await runChecks([failed, browserSiteSettingsCheck], { host, options: runOptions({ timeoutMs: 5_000 }) });
      expect(r!.status).toBe("fail");
      expect(r!.message.values).toMatchObject({ browser: "Google Chrome", profile: "Default" });
    });

    it("a failed installed check (only Chromium found) still hands over its inventory and versions", async () => {
      const chromiumData = "C:\\Users\\Aysel\\AppData\\Local\\Chromium\\User Data";
      put(
        mappedPath(tmp.dir, `${chromiumData}\\Default\\Preferences`),
        chromiumPreferences({ loopback_network: { "https://www.e-gov.az:443,*": 2 } }),
      );
      const onlyChromium = inventory([{ browser: "chromium", version: "141.0.7390.54", kind: "windows", source: "chromium.exe" }]);
      const run = onlyChromium.run;
      onlyChromium.codes = { NO_RECOMMENDED_BROWSER: { status: "fail" } };
      onlyChromium.run = async (ctx) => ({ ...(await run(ctx)), code: "NO_RECOMMENDED_BROWSER" });
      const [, r] = await runChecks([onlyChromium, browserSiteSettingsCheck], {
        host: mappedHost("win32", tmp.dir, { homedir: home, env }),
        options: runOptions({ timeoutMs: 5_000 }),
      });
      // 141 does not enforce Local Network Access yet: the version reached the check.
      expect(r!.code).toBe("SITE_BLOCK_NOT_ENFORCED");
    });

    it("a browser that is not installed is not judged, even with a Block left in its folder", async () => {
      put(mappedPath(tmp.dir, `${userData}\\Default\\Preferences`), chromiumPreferences({ javascript: { "[*.]e-gov.az,*": 2 } }));
      const r = await siteCheck(mappedHost("win32", tmp.dir, { homedir: home, env }), [OPERA]);
      expect(r.code).toBe("SITE_NO_PROFILE");
      expect(r.data.folders as Array<{ browser: string; judged: boolean }>).toEqual([
        expect.objectContaining({ browser: "chrome", judged: false }),
      ]);
    });

    it("policies on Windows when reg.exe cannot run are 'could not check', never 'no policies'", async () => {
      const [r] = await runChecks([browserPoliciesCheck], {
        host: mappedHost("win32", tmp.dir, { homedir: home, env }),
        options: runOptions(),
      });
      expect(r!.status).toBe("error");
      expect(r!.code).toBe("POLICY_UNREADABLE");
    });
  });

  describe("macOS", () => {
    it("finds Chrome and Opera under Application Support", async () => {
      const support = "/Users/aysel/Library/Application Support";
      put(mappedPath(tmp.dir, `${support}/Google/Chrome/Default/Preferences`), chromiumPreferences({}));
      put(mappedPath(tmp.dir, `${support}/com.operasoftware.Opera/Preferences`), chromiumPreferences({}));
      const folders = await readBrowserProfiles(mappedHost("darwin", tmp.dir, { homedir: "/Users/aysel" }));
      expect(folders.map((f) => [f.folder.browser, f.folder.layout, f.profiles.map((p) => p.dir)])).toEqual([
        ["chrome", "chromium", ["Default"]],
        ["opera", "opera", [""]],
      ]);
    });

    it("reads managed preferences through plutil's JSON and names the plist", async () => {
      const plist = "/Library/Managed Preferences/com.google.Chrome.plist";
      put(mappedPath(tmp.dir, plist), "bplist00…");
      const host = mappedHost("darwin", tmp.dir, {
        homedir: "/Users/aysel",
        answers: [{ match: (cmd, args) => cmd === "/usr/bin/plutil" && args.includes(plist), stdout: '{"URLBlocklist":["localhost"]}' }],
      });
      const [r] = await runChecks([browserPoliciesCheck], { host, options: runOptions() });
      expect(r!.status).toBe("fail");
      expect(r!.message).toMatchObject({
        key: "browser.policies.blocks",
        values: { browser: "Google Chrome", policy: "URLBlocklist", entry: "localhost" },
      });
    });
  });

  describe("Linux", () => {
    it("snap and flatpak homes are searched beside ~/.config", async () => {
      const home = path.join(tmp.dir, "home");
      put(path.join(home, "snap/chromium/common/chromium/Default/Preferences"), chromiumPreferences({ cookies: { "[*.]e-gov.az,*": 2 } }));
      put(path.join(home, ".var/app/com.google.Chrome/config/google-chrome/Default/Preferences"), chromiumPreferences({}));
      const folders = await readBrowserProfiles(hostWithHome(home));
      expect(folders.map((f) => [f.folder.browser, f.folder.origin])).toEqual([
        ["chromium", "snap"],
        ["chrome", "flatpak"],
      ]);
      const r = await siteCheck(hostWithHome(home), [
        { browser: "chromium", version: "156.0.8078.114", kind: "snap", source: "/snap/bin/chromium" },
      ]);
      expect(r.status).toBe("fail");
      expect(r.message.values).toMatchObject({ setting: { key: "browser.setting.cookies" } });
    });

    it("$XDG_CONFIG_HOME moves ~/.config", async () => {
      const home = path.join(tmp.dir, "home");
      const xdg = path.join(tmp.dir, "xdg");
      put(path.join(xdg, "google-chrome/Default/Preferences"), chromiumPreferences({}));
      const folders = await readBrowserProfiles(hostWithHome(home, { XDG_CONFIG_HOME: xdg }));
      expect(folders.map((f) => f.folder.dir)).toEqual([path.join(xdg, "google-chrome")]);
    });

    it("a Preferences larger than the cap is 'could not check' without being read", async () => {
      const home = path.join(tmp.dir, "home");
      const file = path.join(home, ".config/google-chrome/Default/Preferences");
      put(file, "{");
      truncateSync(file, MAX_PREFS_BYTES + 1); // sparse: costs no disk
      const r = await siteCheck(hostWithHome(home), [
        { browser: "chrome", version: "156.0.7700.50", kind: "package", source: "/usr/bin/google-chrome" },
      ]);
      expect(r.status).toBe("error");
      expect(r.message.key).toBe("browser.siteSettings.unreadable.tooLarge");
    });

    it("Local State that is not JSON falls back to Default and says why", async () => {
      const home = path.join(tmp.dir, "home");
      put(path.join(home, ".config/chromium/Local State"), '{"profile": {');
      put(
        path.join(home, ".config/chromium/Default/Preferences"),
        chromiumPreferences({ loopback_network: { "https://www.e-gov.az:443,*": 1 } }),
      );
      const [folder] = await readBrowserProfiles(hostWithHome(home));
      expect(folder!.localStateProblem?.problem).toBe("truncated");
      expect(folder!.profiles.map((p) => [p.dir, p.lastUsed])).toEqual([["Default", true]]);
      const r = await siteCheck(hostWithHome(home), [
        { browser: "chromium", version: "156.0.8078.114", kind: "package", source: "/usr/bin/chromium" },
      ]);
      expect(r.status).toBe("pass");
      expect(r.code).toBe("SITE_SETTINGS_OK");
    });
  });
});
