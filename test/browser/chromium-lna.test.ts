import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runChecks } from "../../src/core/runner.js";
import { browserSiteSettingsCheck } from "../../src/checks/browser/site-settings.js";
import { browserPoliciesCheck } from "../../src/checks/browser/policies.js";
import { readBrowserProfiles } from "../../src/host/browsers/profiles/read.js";
import { parseBrowserJson } from "../../src/host/browsers/profiles/json-file.js";
import { readLinuxPolicies } from "../../src/host/browsers/policies/linux.js";
import { createNodeHost } from "../../src/host/node-host.js";
import { findExplanation } from "../../src/explain/match.js";
import { EXPLAIN_TABLE } from "../../src/explain/table.js";
import { runOptions } from "../helpers/options.js";
import { tempDir } from "./helpers/stand-ins.js";
import {
  hasChromium,
  openPortalHeadless,
  outcomeOf,
  portalCertificate,
  startPortalStandIn,
  type PortalStandIn,
} from "./helpers/headless-chromium.js";
import { hostWithHome, inventory } from "./helpers/profile-host.js";

/**
 * Everything that runs Debian's chromium against the stand-in portal lives in this one
 * file: the policy tests write to /etc/chromium/policies, which every chromium on the
 * machine reads, so no other run of these tests may overlap them (vitest runs one
 * file's tests one after another).
 */
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
      // The profile as chromium names it in Local State ("Your Chromium"), not its folder (#21.10).
      values: { browser: "Chromium", profile: "Your Chromium", setting: { key: "browser.setting.loopback_network" } },
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
    const [, r] = await runChecks([inventory([CHROMIUM_156]), browserSiteSettingsCheck], {
      host: hostWithHome(home),
      options: runOptions({ timeoutMs: 5_000 }),
    });
    expect(r!.status).toBe("info");
    expect(r!.code).toBe("SITE_LNA_UNDECIDED");
    expect(r!.remedy.map((m) => m.key)).toContain("browser.remedy.pressAllowLna");
  });

  it("the real file cut anywhere is told apart as cut off, not as damaged", () => {
    const prefs = readFileSync(path.join(config, "chromium", "Default", "Preferences"), "utf8");
    const cuts = Array.from({ length: 60 }, (_, i) => Math.floor(((i + 1) * prefs.length) / 61));
    const problems = cuts.map((n) => {
      const r = parseBrowserJson(prefs.slice(0, n), "Preferences");
      return r.ok ? "ok" : r.problem;
    });
    expect(new Set(problems)).toEqual(new Set(["truncated"]));
  });

  it("a Preferences cut off mid-write is 'could not check' with the reason, not a crash", async () => {
    const home = path.join(tmp.dir, "truncated");
    copyProfile(config, home, (prefs) => prefs.slice(0, Math.floor(prefs.length / 2)));
    const [, r] = await runChecks([inventory([CHROMIUM_156]), browserSiteSettingsCheck], {
      host: hostWithHome(home),
      options: runOptions({ timeoutMs: 5_000 }),
    });
    expect(r!.status).toBe("error");
    expect(r!.code).toBe("SITE_PROFILE_UNREADABLE");
    expect(r!.message.key).toBe("browser.siteSettings.unreadable.truncated");
  });
});

/**
 * Debian's chromium reads /etc/chromium/policies/managed/*.json: the real place, so the
 * same file is what the browser obeys and what the check reads. All tests that write
 * there live in this one file (vitest runs a file's tests one after another); each
 * removes its file, and only policies that touch e-gov.az are written, so other
 * chromium runs on this machine are not disturbed.
 */
const MANAGED = "/etc/chromium/policies/managed";
const FILE = path.join(MANAGED, `guzestli-check-test-${process.pid}.json`);
const canWrite = process.platform === "linux" && typeof process.getuid === "function" && process.getuid() === 0;

describe.skipIf((!hasChromium || !canWrite) && !process.env.CI)(
  "Chromium policies, honoured by the real chromium and read by the check (needs root and /usr/bin/chromium)",
  () => {
    let tmp: ReturnType<typeof tempDir>;
    let stand: PortalStandIn;
    const created: string[] = [];
    let run = 0;

    beforeAll(async () => {
      tmp = tempDir("gc-policy-");
      stand = await startPortalStandIn(portalCertificate(tmp.dir));
      for (const dir of ["/etc/chromium/policies", MANAGED]) {
        if (!existsSync(dir)) {
          mkdirSync(dir);
          created.push(dir);
        }
      }
    });
    const extraFiles = () =>
      readdirSync(MANAGED)
        .filter((n) => n.startsWith(`guzestli-check-test-${process.pid}-`))
        .map((n) => path.join(MANAGED, n));
    afterEach(() => {
      rmSync(FILE, { force: true });
      for (const f of extraFiles()) rmSync(f, { force: true });
    });
    afterAll(async () => {
      rmSync(FILE, { force: true });
      for (const f of extraFiles()) rmSync(f, { force: true });
      for (const dir of created.reverse()) if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
      await stand?.close();
      tmp?.cleanup();
    });

    async function withPolicy(policies: Record<string, unknown>) {
      writeFileSync(FILE, JSON.stringify(policies));
      const before = stand.signerHits();
      const { dom } = await openPortalHeadless(path.join(tmp.dir, `profile-${run++}`), stand);
      const [result] = await runChecks([browserPoliciesCheck], {
        host: createNodeHost({ offline: true }),
        options: runOptions({ timeoutMs: 5_000 }),
      });
      // `where` is a path marked as personal data (redacted later by the renderers): compare its value.
      const mine = (result!.data.findings as Array<{ where: { value: string }; policy: string; entry: string; target: string }>).filter(
        (f) => f.where.value === FILE,
      );
      return { dom, reached: stand.signerHits() > before, result: result!, mine };
    }

    /** Several files, written as given (raw text), in the folder chromium merges. */
    async function withPolicyFiles(files: Record<string, string>, userData?: string) {
      const paths = Object.keys(files).map((name) => path.join(MANAGED, `guzestli-check-test-${process.pid}-${name}`));
      Object.values(files).forEach((text, i) => {
        writeFileSync(paths[i]!, text);
      });
      const { dom } = await openPortalHeadless(userData ?? path.join(tmp.dir, `profile-${run++}`), stand);
      const [result] = await runChecks([browserPoliciesCheck], {
        host: createNodeHost({ offline: true }),
        options: runOptions({ timeoutMs: 5_000 }),
      });
      const mine = (result!.data.findings as Array<{ where: { value: string }; policy: string; entry: string }>).filter((f) =>
        paths.includes(f.where.value),
      );
      const problems = (result!.data.problems as Array<{ where: { value: string } }>).filter((p) => paths.includes(p.where.value));
      return { dom, result: result!, mine, problems };
    }

    it("files are merged into one set: DefaultJavaScriptSetting=2 in one file, the portal allowed in another, and the script runs", async () => {
      const r = await withPolicyFiles({
        "a.json": JSON.stringify({ DefaultJavaScriptSetting: 2 }),
        "b.json": JSON.stringify({ JavaScriptAllowedForUrls: ["[*.]e-gov.az"] }),
      });
      expect(outcomeOf(r.dom)).not.toBe("waiting"); // the script ran (what it then met is LNA's business)
      expect(r.mine).toEqual([]);
      expect(r.problems).toEqual([]);
    }, 90_000);

    it("a trailing comma is read by chromium, so the check reads it too: the Block applies and is found", async () => {
      const r = await withPolicyFiles({ "commas.json": '{\n  "JavaScriptBlockedForUrls": ["[*.]e-gov.az",],\n}\n' });
      expect(outcomeOf(r.dom)).toBe("waiting");
      expect(r.problems).toEqual([]);
      expect(r.result.status).toBe("fail");
      expect(r.mine).toEqual([expect.objectContaining({ policy: "JavaScriptBlockedForUrls", entry: "[*.]e-gov.az" })]);
    }, 90_000);

    it("an Allowed entry naming only the domain does not open www.e-gov.az: chromium keeps the script blocked, and the check says so", async () => {
      const r = await withPolicyFiles({
        "a.json": JSON.stringify({ DefaultJavaScriptSetting: 2, JavaScriptAllowedForUrls: ["e-gov.az"] }),
      });
      expect(outcomeOf(r.dom)).toBe("waiting");
      expect(r.result.status).toBe("fail");
      expect(r.mine).toEqual([expect.objectContaining({ policy: "DefaultJavaScriptSetting" })]);
    }, 90_000);

    it("Blocked entries for the bare domain, another scheme or port, or wss:// do not touch the https portal: the script runs", async () => {
      const r = await withPolicyFiles({
        "a.json": JSON.stringify({
          JavaScriptBlockedForUrls: ["e-gov.az", "http://www.e-gov.az:80", "https://www.e-gov.az:8443", "wss://www.e-gov.az"],
        }),
      });
      expect(outcomeOf(r.dom)).not.toBe("waiting");
      expect(r.mine).toEqual([]);
    }, 90_000);

    it("the more specific pattern wins: JavaScriptAllowedForUrls [*.]e-gov.az over JavaScriptBlockedForUrls *", async () => {
      const r = await withPolicyFiles({
        "a.json": JSON.stringify({ JavaScriptBlockedForUrls: ["*"] }),
        "b.json": JSON.stringify({ JavaScriptAllowedForUrls: ["[*.]e-gov.az"] }),
      });
      expect(outcomeOf(r.dom)).not.toBe("waiting");
      expect(r.mine).toEqual([]);
    }, 90_000);

    it("a managed DefaultJavaScriptSetting=1 beats the Block the profile stored for the portal: chromium runs the script, the profile check agrees", async () => {
      const home = path.join(tmp.dir, "js-home");
      const userData = path.join(home, ".config", "chromium");
      mkdirSync(path.join(userData, "Default"), { recursive: true });
      writeFileSync(path.join(userData, "Local State"), JSON.stringify({}));
      writeFileSync(
        path.join(userData, "Default", "Preferences"),
        JSON.stringify({
          profile: {
            content_settings: {
              exceptions: { javascript: { "https://www.e-gov.az:443,*": { setting: 2, last_modified: "13440637958820303" } } },
            },
          },
        }),
      );
      const chromium = inventory([CHROMIUM_156]);
      const site = async () =>
        (
          await runChecks([chromium, browserPoliciesCheck, browserSiteSettingsCheck], {
            host: hostWithHome(home),
            options: runOptions({ timeoutMs: 5_000 }),
          })
        ).find((r) => r.id === "browser.site-settings")!;
      type Decisions = Array<{ setting: string; allowedByPolicy: boolean; verdict: string }>;
      // Without a policy the stored Block holds: the check fails on it, and chromium does not run the script.
      const before = await site();
      expect(before.status).toBe("fail");
      expect(before.message.values?.setting).toEqual({ key: "browser.setting.javascript" });
      const blocked = await openPortalHeadless(userData, stand);
      expect(outcomeOf(blocked.dom)).toBe("waiting");
      const r = await withPolicyFiles({ "a.json": JSON.stringify({ DefaultJavaScriptSetting: 1 }) }, userData);
      expect(outcomeOf(r.dom)).not.toBe("waiting");
      // (Headless chromium has meanwhile stored its own LNA Block, which the check still reports.)
      const decisions = ((await site()).data.profiles as Array<{ decisions: Decisions }>)[0]!.decisions;
      expect(decisions.filter((d) => d.setting === "javascript")).toEqual([
        expect.objectContaining({ allowedByPolicy: true, verdict: "allowed" }),
      ]);
    }, 150_000);

    it("between Local Network Access lists the more specific pattern wins: LocalNetworkAccessBlockedForUrls for the portal over LoopbackNetworkAllowedForUrls *", async () => {
      const r = await withPolicyFiles({
        "a.json": JSON.stringify({ LoopbackNetworkAllowedForUrls: ["*"] }),
        "b.json": JSON.stringify({ LocalNetworkAccessBlockedForUrls: ["https://www.e-gov.az"] }),
      });
      expect(outcomeOf(r.dom)).toMatch(/^REFUSED/);
      expect(r.result.status).toBe("fail");
      expect(r.mine).toContainEqual(expect.objectContaining({ policy: "LocalNetworkAccessBlockedForUrls" }));
    }, 90_000);

    it("…and the other way round: LoopbackNetworkAllowedForUrls for the portal over LoopbackNetworkBlockedForUrls *", async () => {
      const r = await withPolicyFiles({
        "a.json": JSON.stringify({ LoopbackNetworkBlockedForUrls: ["*"], LoopbackNetworkAllowedForUrls: ["https://www.e-gov.az"] }),
      });
      expect(outcomeOf(r.dom)).toBe("REACHED signer-ok");
      expect(r.mine).toEqual([]);
    }, 90_000);

    it("the reader sees the file chromium reads", async () => {
      writeFileSync(FILE, JSON.stringify({ LoopbackNetworkAllowedForUrls: ["https://www.e-gov.az"] }));
      const read = await readLinuxPolicies(createNodeHost({ offline: true }));
      expect(read.sources).toContainEqual({
        browser: "chromium",
        level: "mandatory",
        scope: "machine",
        where: FILE,
        policies: { LoopbackNetworkAllowedForUrls: ["https://www.e-gov.az"] },
      });
    });

    it("LoopbackNetworkAllowedForUrls alone lets the portal reach the signer, and the check finds nothing blocking", async () => {
      const r = await withPolicy({ LoopbackNetworkAllowedForUrls: ["https://www.e-gov.az"] });
      expect(outcomeOf(r.dom)).toBe("REACHED signer-ok");
      expect(r.reached).toBe(true);
      expect(r.mine).toEqual([]);
    }, 90_000);

    it("the older LocalNetworkAccessAllowedForUrls still opens this computer on 156 (an alias since the split)", async () => {
      const r = await withPolicy({ LocalNetworkAccessAllowedForUrls: ["https://www.e-gov.az"] });
      expect(outcomeOf(r.dom)).toBe("REACHED signer-ok");
      expect(r.mine).toEqual([]);
    }, 90_000);

    it("Blocked beats Allowed: with both set chromium refuses, and the check fails naming the policy and the file", async () => {
      const r = await withPolicy({
        LoopbackNetworkAllowedForUrls: ["https://www.e-gov.az"],
        LoopbackNetworkBlockedForUrls: ["https://www.e-gov.az"],
      });
      expect(outcomeOf(r.dom)).toMatch(/^REFUSED/);
      expect(r.reached).toBe(false);
      expect(r.result.status).toBe("fail");
      expect(r.result.code).toBe("POLICY_BLOCKS");
      expect(r.mine).toEqual([expect.objectContaining({ policy: "LoopbackNetworkBlockedForUrls", entry: "https://www.e-gov.az" })]);
      expect(r.result.remedy[0]!.key).toBe("browser.remedy.askItAdmin");
    }, 90_000);

    it("a mandatory Allow overrides the Block a profile stored: chromium gets through, and the profile check agrees", async () => {
      const home = path.join(tmp.dir, "home");
      const userData = path.join(home, ".config", "chromium");
      mkdirSync(path.dirname(userData), { recursive: true });
      const first = await openPortalHeadless(userData, stand);
      expect(outcomeOf(first.dom)).toMatch(/^REFUSED/); // headless answered Block and stored it
      writeFileSync(FILE, JSON.stringify({ LoopbackNetworkAllowedForUrls: ["https://www.e-gov.az"] }));
      const before = stand.signerHits();
      const second = await openPortalHeadless(userData, stand);
      expect(outcomeOf(second.dom)).toBe("REACHED signer-ok");
      expect(stand.signerHits()).toBeGreaterThan(before);
      const chromium = inventory([{ browser: "chromium", version: "156.0.8078.114", kind: "package", source: "/usr/bin/chromium" }]);
      const withPolicies = await runChecks([chromium, browserPoliciesCheck, browserSiteSettingsCheck], {
        host: hostWithHome(home),
        options: runOptions({ timeoutMs: 5_000 }),
      });
      const site = withPolicies.find((r) => r.id === "browser.site-settings")!;
      expect(site.status).toBe("pass");
      expect(
        (site.data.profiles as Array<{ decisions: Array<{ setting: string; allowedByPolicy: boolean; value: number }> }>)[0]!.decisions,
      ).toContainEqual(expect.objectContaining({ setting: "loopback_network", value: 2, allowedByPolicy: true }));
      // Without the policy the same stored Block fails.
      rmSync(FILE, { force: true });
      const without = await runChecks([chromium, browserPoliciesCheck, browserSiteSettingsCheck], {
        host: hostWithHome(home),
        options: runOptions({ timeoutMs: 5_000 }),
      });
      expect(without.find((r) => r.id === "browser.site-settings")!.status).toBe("fail");
    }, 120_000);

    it("URLBlocklist e-gov.az: chromium does not show the page at all, and the check fails on URLBlocklist", async () => {
      const r = await withPolicy({ URLBlocklist: ["e-gov.az"] });
      expect(r.dom).not.toContain('id="outcome"');
      expect(r.reached).toBe(false);
      expect(r.result.status).toBe("fail");
      expect(r.mine).toEqual([expect.objectContaining({ policy: "URLBlocklist", entry: "e-gov.az", target: "https://www.e-gov.az/" })]);
    }, 90_000);

    it("JavaScriptBlockedForUrls [*.]e-gov.az: the page's script never runs, and the check fails on it", async () => {
      const r = await withPolicy({ JavaScriptBlockedForUrls: ["[*.]e-gov.az"] });
      expect(outcomeOf(r.dom)).toBe("waiting");
      expect(r.result.status).toBe("fail");
      expect(r.mine).toEqual([expect.objectContaining({ policy: "JavaScriptBlockedForUrls", entry: "[*.]e-gov.az" })]);
    }, 90_000);
  },
);
