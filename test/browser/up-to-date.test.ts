import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { userCacheDir } from "../../src/host/browsers/cache-dir.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createNodeHost } from "../../src/host/node-host.js";
import { runChecks } from "../../src/core/runner.js";
import { browserInstalledCheck } from "../../src/checks/browser/installed.js";
import { browserUpToDateCheck } from "../../src/checks/browser/up-to-date.js";
import type { CheckDefinition, CheckResult } from "../../src/core/types.js";
import type { Host } from "../../src/host/host.js";
import { t } from "../../src/i18n/catalog.js";
import { OPERA_RELEASES_ENV, VERSIONHISTORY_ENV } from "../../src/host/browsers/latest.js";
import { runOptions } from "../helpers/options.js";
import { operaListingBody, startServer, tempDir, versionHistoryBody, installPackage } from "./helpers/stand-ins.js";

const CHECKS = [browserInstalledCheck as CheckDefinition, browserUpToDateCheck];
/** A fixed "today" so the offline estimate is reproducible: 78 days after Chrome 153's row. */
const TODAY = new Date("2026-11-25T12:00:00Z");

type Server = Awaited<ReturnType<typeof startServer>>;

describe.skipIf(process.platform !== "linux")("browser.up-to-date with browsers recorded in a dpkg status file", () => {
  let tmp: ReturnType<typeof tempDir>;
  let bin: string;
  let cache: string;
  let dpkg: string;
  let server: Server | undefined;
  beforeEach(() => {
    tmp = tempDir("gc-fresh-");
    bin = `${tmp.dir}/bin`;
    cache = `${tmp.dir}/cache`;
    dpkg = `${tmp.dir}/dpkg`;
    mkdirSync(bin);
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    tmp.cleanup();
  });

  function host(offline: boolean, extraEnv: Record<string, string> = {}): Host {
    const h = createNodeHost({
      offline,
      env: {
        ...process.env,
        PATH: `${bin}:${process.env.PATH ?? ""}`,
        XDG_CACHE_HOME: cache,
        DPKG_ADMINDIR: dpkg,
        FLATPAK_SYSTEM_DIR: `${tmp.dir}/none`,
        FLATPAK_USER_DIR: `${tmp.dir}/none`,
        ...extraEnv,
      },
    });
    return { ...h, now: () => TODAY };
  }

  async function run(h: Host): Promise<CheckResult> {
    const results = await runChecks(CHECKS, { host: h, options: runOptions({ timeoutMs: 5_000, offline: h.http.offline }) });
    return results.find((r) => r.id === "browser.up-to-date")!;
  }

  async function serve(chrome: string[], opera: string[] = ["134.0.5962.48"]): Promise<Record<string, string>> {
    server = await startServer({
      "/v1/chrome/platforms/linux/channels/stable/versions": { body: versionHistoryBody("linux", chrome) },
      "/pub/opera/desktop/": { type: "text/html", body: operaListingBody(opera) },
    });
    return { [VERSIONHISTORY_ENV]: `${server.base}/v1`, [OPERA_RELEASES_ENV]: `${server.base}/pub/opera/desktop/` };
  }

  it("online: an old Chrome fails against VersionHistory's current stable, with the Linux update steps", async () => {
    installPackage(dpkg, "google-chrome-stable", "120.0.6099.109-1");
    const env = await serve(["151.0.7922.173", "151.0.7922.99"]);
    const r = await run(host(false, env));
    expect(r.status).toBe("fail");
    expect(r.code).toBe("BROWSER_OUTDATED");
    expect(r.data.browsers).toEqual([
      expect.objectContaining({
        browser: "chrome",
        version: "120.0.6099.109",
        currentVersion: "151.0.7922.173",
        majorsBehind: 31,
        basis: "online",
        estimated: false,
      }),
    ]);
    expect(r.remedy.map((m) => m.key)).toEqual(["browser.remedy.updateChromeLinux"]);
    expect(t("en", r.message)).toContain("31 versions behind the current stable 151.0.7922.173 (checked online)");
  });

  it("keeps the answer for a day: the second run reads the cache, not the server", async () => {
    installPackage(dpkg, "google-chrome-stable", "150.0.7871.120-1");
    const env = await serve(["151.0.7922.173"]);
    const first = await run(host(false, env));
    expect(first.code).toBe("BROWSER_ONE_VERSION_BEHIND");
    expect(first.status).toBe("warn");
    const path = "/v1/chrome/platforms/linux/channels/stable/versions";
    expect(server!.hits.get(path)).toBe(1);
    const cacheFile = `${cache}/guzestli-check/chrome-stable-linux.json`;
    expect(existsSync(cacheFile)).toBe(true);
    expect(JSON.parse(readFileSync(cacheFile, "utf8"))).toMatchObject({ version: "151.0.7922.173", fetchedAt: TODAY.toISOString() });

    const second = await run(host(false, env));
    expect(second.code).toBe("BROWSER_ONE_VERSION_BEHIND");
    expect((second.data.browsers as Array<{ basis: string }>)[0]!.basis).toBe("cache");
    expect(server!.hits.get(path)).toBe(1);

    // A day later the cache is stale and the server is asked again.
    const tomorrow: Host = { ...host(false, env), now: () => new Date(TODAY.getTime() + 25 * 3600_000) };
    const third = await run(tomorrow);
    expect((third.data.browsers as Array<{ basis: string }>)[0]!.basis).toBe("online");
    expect(server!.hits.get(path)).toBe(2);
  });

  it("Chrome current and Opera old: a warning pointing at Chrome, with Opera's update steps", async () => {
    installPackage(dpkg, "google-chrome-stable", "151.0.7922.173-1");
    installPackage(dpkg, "opera-stable", "105.0.4970.21");
    const env = await serve(["151.0.7922.173"], ["133.0.5932.30", "134.0.5962.48"]);
    const r = await run(host(false, env));
    expect(r.status).toBe("warn");
    expect(r.code).toBe("OTHER_BROWSER_OUTDATED");
    expect(r.remedy.map((m) => m.key)).toEqual(["browser.remedy.useUpToDate", "browser.remedy.updateOperaLinux"]);
    expect(r.data.browsers).toContainEqual(
      expect.objectContaining({ browser: "opera", major: 105, chromiumMajor: 119, currentVersion: "134.0.5962.48", majorsBehind: 29 }),
    );
  });

  it("a failing server falls back to the release-table estimate and says why", async () => {
    installPackage(dpkg, "google-chrome-stable", "151.0.7922.173-1");
    server = await startServer({ "/v1/chrome/platforms/linux/channels/stable/versions": { status: 503, body: "unavailable" } });
    const r = await run(host(false, { [VERSIONHISTORY_ENV]: `${server.base}/v1` }));
    // Estimate for 2026-11-25: 155 → 151 is four behind.
    expect(r.code).toBe("BROWSER_OUTDATED");
    expect(r.data.browsers).toEqual([
      expect.objectContaining({
        basis: "estimate",
        estimated: true,
        currentMajor: 155,
        estimateReason: expect.stringContaining("HTTP 503"),
      }),
    ]);
    expect(r.message.key).toBe("browser.upToDate.outdated.estimate");
    expect(r.remedy.map((m) => m.key)).toContain("browser.remedy.confirmOnline");
  });

  it("offline: judged from the release calendar and stated as an estimate", async () => {
    installPackage(dpkg, "google-chrome-stable", "155.0.8000.10-1");
    const r = await run(host(true));
    expect(r.status).toBe("pass");
    expect(r.code).toBe("BROWSER_UP_TO_DATE");
    expect(r.message.key).toBe("browser.upToDate.current.estimate");
    expect(t("en", r.message)).toContain("estimate");
    expect(r.data.browsers).toEqual([
      expect.objectContaining({
        basis: "estimate",
        estimated: true,
        currentMajor: 155,
        estimateAnchor: { major: 153, released: "2026-09-08" },
      }),
    ]);
  });

  it("with both browsers outdated, the message names the one furthest behind and the steps cover both", async () => {
    installPackage(dpkg, "opera-stable", "132.0.5905.40");
    installPackage(dpkg, "google-chrome-stable", "120.0.6099.109-1");
    const env = await serve(["151.0.7922.173"], ["134.0.5962.48"]);
    const r = await run(host(false, env));
    expect(r.code).toBe("BROWSER_OUTDATED");
    expect(r.message.values).toMatchObject({ browser: "Google Chrome", behind: 31 });
    expect(r.remedy.map((m) => m.key).sort()).toEqual(["browser.remedy.updateChromeLinux", "browser.remedy.updateOperaLinux"]);
  });
});

describe.skipIf(process.platform !== "linux")("the one-day version cache never fails a run", () => {
  let tmp: ReturnType<typeof tempDir>;
  let server: Server | undefined;
  beforeEach(() => {
    tmp = tempDir("gc-cache-");
    installPackage(`${tmp.dir}/dpkg`, "google-chrome-stable", "150.0.7871.120-1");
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    tmp.cleanup();
  });

  async function runWithCache(cacheHome: string): Promise<CheckResult> {
    server = await startServer({
      "/v1/chrome/platforms/linux/channels/stable/versions": { body: versionHistoryBody("linux", ["151.0.7922.173"]) },
      "/pub/opera/desktop/": { type: "text/html", body: operaListingBody(["134.0.5962.48"]) },
    });
    const h = createNodeHost({
      offline: false,
      env: {
        ...process.env,
        XDG_CACHE_HOME: cacheHome,
        DPKG_ADMINDIR: `${tmp.dir}/dpkg`,
        FLATPAK_SYSTEM_DIR: `${tmp.dir}/none`,
        FLATPAK_USER_DIR: `${tmp.dir}/none`,
        [VERSIONHISTORY_ENV]: `${server.base}/v1`,
        [OPERA_RELEASES_ENV]: `${server.base}/pub/opera/desktop/`,
      },
    });
    const results = await runChecks(CHECKS, {
      host: { ...h, now: () => TODAY },
      options: runOptions({ timeoutMs: 5_000, offline: false }),
    });
    return results.find((r) => r.id === "browser.up-to-date")!;
  }

  const judgedOnline = (r: CheckResult) => {
    expect(r.code).toBe("BROWSER_ONE_VERSION_BEHIND");
    expect((r.data.browsers as Array<{ basis: string }>)[0]!.basis).toBe("online");
  };

  it("a file where the cache folder should be", async () => {
    writeFileSync(`${tmp.dir}/cache-file`, "I am a file\n");
    judgedOnline(await runWithCache(`${tmp.dir}/cache-file`));
    expect(readFileSync(`${tmp.dir}/cache-file`, "utf8")).toBe("I am a file\n");
  });

  it("a file where the tool's own folder should be", async () => {
    mkdirSync(`${tmp.dir}/cache`);
    writeFileSync(`${tmp.dir}/cache/guzestli-check`, "");
    judgedOnline(await runWithCache(`${tmp.dir}/cache`));
  });

  it.each([
    ["not JSON", "{ this is not json"],
    ["JSON null", "null"],
    ["a wrong shape", '{"version": 151}'],
    ["a version that is not one", '{"url":"x","version":"latest","fetchedAt":"2026-11-25T11:00:00Z"}'],
  ])("a corrupt cache entry (%s) is asked again and replaced", async (_name, body) => {
    mkdirSync(`${tmp.dir}/cache/guzestli-check`, { recursive: true });
    const file = `${tmp.dir}/cache/guzestli-check/chrome-stable-linux.json`;
    writeFileSync(file, body);
    judgedOnline(await runWithCache(`${tmp.dir}/cache`));
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ version: "151.0.7922.173" });
  });

  it("a pipe in place of the cache file is not read (it would block)", async () => {
    mkdirSync(`${tmp.dir}/cache/guzestli-check`, { recursive: true });
    execFileSync("mkfifo", [`${tmp.dir}/cache/guzestli-check/chrome-stable-linux.json`]);
    judgedOnline(await runWithCache(`${tmp.dir}/cache`));
  }, 20_000);

  it("a cache folder that cannot be created", async () => {
    judgedOnline(await runWithCache("/proc/self/no-such-cache"));
  });

  it("--offline writes nothing into the cache", async () => {
    const h = createNodeHost({
      offline: true,
      env: { ...process.env, XDG_CACHE_HOME: `${tmp.dir}/cache`, DPKG_ADMINDIR: `${tmp.dir}/dpkg` },
    });
    await runChecks(CHECKS, { host: { ...h, now: () => TODAY }, options: runOptions({ timeoutMs: 5_000, offline: true }) });
    expect(existsSync(`${tmp.dir}/cache`)).toBe(false);
  });
});

describe("where the cache lives on each OS", () => {
  const hostOn = (os: NodeJS.Platform, homedir: string, env: Record<string, string>) =>
    ({ platform: { os, homedir }, env }) as unknown as Host;
  it.each([
    ["linux", "/home/aysel", {}, "/home/aysel/.cache/guzestli-check"],
    ["linux", "/home/aysel", { XDG_CACHE_HOME: "/var/tmp/c" }, "/var/tmp/c/guzestli-check"],
    ["linux", "/home/aysel", { XDG_CACHE_HOME: "relative/c" }, "/home/aysel/.cache/guzestli-check"],
    ["darwin", "/Users/aysel", {}, "/Users/aysel/Library/Caches/guzestli-check"],
    ["win32", "C:\\Users\\Aysel", { LOCALAPPDATA: "C:\\Users\\Aysel\\AppData\\Local" }, "C:\\Users\\Aysel\\AppData\\Local\\guzestli-check"],
  ] as const)("%s %s %j", (os, home, env, expected) => {
    expect(userCacheDir(hostOn(os, home, env))).toBe(expected);
  });
});
