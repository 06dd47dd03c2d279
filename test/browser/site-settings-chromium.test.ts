import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runChecks } from "../../src/core/runner.js";
import { browserSiteSettingsCheck } from "../../src/checks/browser/site-settings.js";
import { readBrowserProfiles } from "../../src/host/browsers/profiles/read.js";
import { findExplanation } from "../../src/explain/match.js";
import { EXPLAIN_TABLE } from "../../src/explain/table.js";
import { runOptions } from "../helpers/options.js";
import { tempDir } from "./helpers/stand-ins.js";
import { hasChromium, openPortalHeadless, outcomeOf, portalCertificate, startPortalStandIn, type PortalStandIn } from "./helpers/headless-chromium.js";
import { hostWithHome, inventory } from "./helpers/profile-host.js";

const CHROMIUM_156 = { browser: "chromium" as const, version: "156.0.8078.114", kind: "package" as const, source: "/usr/bin/chromium" };

/** A copy of the real user-data folder under a new home, so each test can change its copy. */
function copyProfile(fromConfig: string, home: string, edit?: (prefs: string) => string): void {
  const from = path.join(fromConfig, "chromium");
  const to = path.join(home, ".config", "chromium");
  mkdirSync(path.join(to, "Default"), { recursive: true });
  copyFileSync(path.join(from, "Local State"), path.join(to, "Local State"));
  const prefs = readFileSync(path.join(from, "Default", "Preferences"), "utf8");
  writeFileSync(path.join(to, "Default", "Preferences"), edit ? edit(prefs) : prefs);
}

describe.skipIf(!hasChromium && !process.env.CI)("site decisions stored by Debian's chromium (needs /usr/bin/chromium, openssl)", () => {
  let tmp: ReturnType<typeof tempDir>;
  let stand: PortalStandIn;
  let config: string;
  let dom: string;
  let log: string;

  beforeAll(async () => {
    tmp = tempDir("gc-lna-");
    stand = await startPortalStandIn(portalCertificate(tmp.dir));
    config = path.join(tmp.dir, "home", ".config");
    mkdirSync(config, { recursive: true });
    // Never a real profile: a temporary folder that headless chromium fills with its Block.
    ({ dom, log } = await openPortalHeadless(path.join(config, "chromium"), stand));
  }, 90_000);
  afterAll(async () => {
    await stand?.close();
    tmp?.cleanup();
  });

  it("chromium refused the page's request to 127.0.0.1 and stored a Block for the portal", () => {
    expect(outcomeOf(dom)).toMatch(/^REFUSED/);
    expect(stand.signerHits()).toBe(0);
    const prefs = JSON.parse(readFileSync(path.join(config, "chromium", "Default", "Preferences"), "utf8"));
    const exceptions = prefs.profile.content_settings.exceptions;
    expect(exceptions.loopback_network["https://www.e-gov.az:443,*"].setting).toBe(2);
    // The boolean chromium writes among the dictionaries; the reader must step over it.
    expect(exceptions.has_migrated_local_network_access).toBe(true);
  });

  it("explain knows the exact console error chromium printed for the refused request", () => {
    const line = log.split("\n").find((l) => l.includes("address space"));
    expect(line).toBeDefined();
    const match = findExplanation(line!, EXPLAIN_TABLE, []);
    expect(match.kind).toBe("text");
    expect(match.kind === "text" && match.entry.code).toBe("LNA_PERMISSION_DENIED");
  });

  it("the profile reader finds the folder, falls back to Default and reads the Block", async () => {
    const folders = await readBrowserProfiles(hostWithHome(path.dirname(config)));
    const chromium = folders.find((f) => f.folder.browser === "chromium" && f.folder.origin === "native")!;
    expect(chromium).toBeDefined();
    // A fresh folder has no profile.last_used in Local State.
    expect(chromium.lastUsedFrom).toBe("defaultFallback");
    const def = chromium.profiles.find((p) => p.dir === "Default")!;
    expect(def.lastUsed).toBe(true);
    expect(def.prefs.ok).toBe(true);
    if (!def.prefs.ok) return;
    expect(def.prefs.settings.exceptions).toContainEqual(
      expect.objectContaining({ type: "loopback_network", primary: "https://www.e-gov.az:443", secondary: "*", setting: 2 }),
    );
  });

  it("the check fails on chromium 156, naming the browser, the profile and the setting", async () => {
    const [, r] = await runChecks([inventory([CHROMIUM_156]), browserSiteSettingsCheck], {
      host: hostWithHome(path.dirname(config)),
      options: runOptions({ timeoutMs: 5_000 }),
    });
    expect(r!.status).toBe("fail");
    expect(r!.code).toBe("SITE_BLOCKED");
    expect(r!.message).toEqual({
      key: "browser.siteSettings.blocked",
      values: { browser: "Chromium", profile: "Default", setting: { key: "browser.setting.loopback_network" } },
    });
    expect(r!.remedy.map((m) => m.key)).toEqual(["browser.remedy.siteSettingsChrome", "browser.remedy.allowSetting"]);
  });

  it("on a version that does not enforce Local Network Access yet (141) the same Block only warns", async () => {
    const [, r] = await runChecks([inventory([{ ...CHROMIUM_156, version: "141.0.7390.54" }]), browserSiteSettingsCheck], {
      host: hostWithHome(path.dirname(config)),
      options: runOptions({ timeoutMs: 5_000 }),
    });
    expect(r!.status).toBe("warn");
    expect(r!.code).toBe("SITE_BLOCK_NOT_ENFORCED");
  });

  it("the same real file without the Block: no decision yet is guidance to press Allow", async () => {
    const home = path.join(tmp.dir, "undecided");
    copyProfile(config, home, (prefs) => {
      const p = JSON.parse(prefs);
      delete p.profile.content_settings.exceptions.loopback_network["https://www.e-gov.az:443,*"];
      return JSON.stringify(p);
    });
    const [, r] = await runChecks([inventory([CHROMIUM_156]), browserSiteSettingsCheck], { host: hostWithHome(home), options: runOptions({ timeoutMs: 5_000 }) });
    expect(r!.status).toBe("info");
    expect(r!.code).toBe("SITE_LNA_UNDECIDED");
    expect(r!.remedy.map((m) => m.key)).toContain("browser.remedy.pressAllowLna");
  });

  it("a Preferences cut off mid-write is 'could not check' with the reason, not a crash", async () => {
    const home = path.join(tmp.dir, "truncated");
    copyProfile(config, home, (prefs) => prefs.slice(0, Math.floor(prefs.length / 2)));
    const [, r] = await runChecks([inventory([CHROMIUM_156]), browserSiteSettingsCheck], { host: hostWithHome(home), options: runOptions({ timeoutMs: 5_000 }) });
    expect(r!.status).toBe("error");
    expect(r!.code).toBe("SITE_PROFILE_UNREADABLE");
    expect(r!.message.key).toBe("browser.siteSettings.unreadable.truncated");
  });
});
