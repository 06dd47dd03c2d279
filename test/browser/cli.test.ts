import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli, type JsonCheck } from "../helpers/cli.js";
import { OPERA_RELEASES_ENV, VERSIONHISTORY_ENV } from "../../src/host/browsers/latest.js";
import { operaListingBody, startServer, tempDir, versionHistoryBody, writeStandIn } from "./helpers/stand-ins.js";

const hasChromium = existsSync("/usr/bin/chromium");

/** `npm test` builds dist/ first; these run the built CLI like a user would. */
describe.skipIf(process.platform !== "linux")("guzestli-check browser --json (built CLI, real processes)", () => {
  let tmp: ReturnType<typeof tempDir>;
  let env: Record<string, string>;
  beforeEach(() => {
    tmp = tempDir("gc-browser-cli-");
    mkdirSync(`${tmp.dir}/bin`);
    // Chrome 120 as dpkg records it (DPKG_ADMINDIR is dpkg's own override), beside this machine's chromium.
    mkdirSync(`${tmp.dir}/dpkg`);
    const real = existsSync("/var/lib/dpkg/status") ? readFileSync("/var/lib/dpkg/status", "utf8") : "";
    const chromium = real.split(/\n\n/).filter((p) => /^Package: chromium$/m.test(p));
    writeFileSync(
      `${tmp.dir}/dpkg/status`,
      [...chromium, "Package: google-chrome-stable\nStatus: install ok installed\nArchitecture: amd64\nVersion: 120.0.6099.109-1\n"].join(
        "\n\n",
      ),
    );
    env = {
      PATH: `${tmp.dir}/bin:${process.env.PATH ?? ""}`,
      HOME: tmp.dir,
      XDG_CACHE_HOME: `${tmp.dir}/cache`,
      DPKG_ADMINDIR: `${tmp.dir}/dpkg`,
      FLATPAK_SYSTEM_DIR: `${tmp.dir}/no-flatpak`,
      FLATPAK_USER_DIR: `${tmp.dir}/no-flatpak-user`,
    };
  });
  afterEach(() => tmp.cleanup());

  function browserChecks(stdout: string): Map<string, JsonCheck> {
    const doc = JSON.parse(stdout) as { checks: Array<JsonCheck & { group: string }> };
    return new Map(doc.checks.filter((c) => c.group === "browser").map((c) => [c.id, c]));
  }

  it("online against a loopback VersionHistory: Chromium's real version, the old Chrome outdated with update steps", async () => {
    const server = await startServer({
      "/v1/chrome/platforms/linux/channels/stable/versions": { body: versionHistoryBody("linux", ["151.0.7922.173"]) },
      "/pub/opera/desktop/": { type: "text/html", body: operaListingBody(["134.0.5962.48"]) },
    });
    try {
      const run = await runCli(["browser", "--json", "--lang", "en"], {
        env: { ...env, [VERSIONHISTORY_ENV]: `${server.base}/v1`, [OPERA_RELEASES_ENV]: `${server.base}/pub/opera/desktop/` },
      });
      expect(run.code).toBe(1);
      const checks = browserChecks(run.stdout);
      const installed = checks.get("browser.installed")!;
      expect(installed.status).toBe("pass");
      const browsers = installed.data.browsers as Array<{ browser: string; version: string }>;
      expect(browsers[0]).toMatchObject({ browser: "chrome", version: "120.0.6099.109" });
      if (hasChromium)
        expect(browsers).toContainEqual(
          expect.objectContaining({ browser: "chromium", version: expect.stringMatching(/^\d+\.0\.\d+\.\d+$/) }),
        );

      const fresh = checks.get("browser.up-to-date")!;
      expect(fresh.status).toBe("fail");
      expect(fresh.code).toBe("BROWSER_OUTDATED");
      expect(fresh.message).toContain(
        "Google Chrome 120.0.6099.109 is outdated: 31 versions behind the current stable 151.0.7922.173 (checked online)",
      );
      expect(fresh.remedy.join("\n")).toContain("sudo apt install --only-upgrade google-chrome-stable");
      expect(server.hits.get("/v1/chrome/platforms/linux/channels/stable/versions")).toBe(1);
    } finally {
      await server.close();
    }
  });

  it("--offline: the same Chrome judged from the release calendar, said to be an estimate", async () => {
    const run = await runCli(["browser", "--json", "--offline", "--lang", "en"], { env });
    const fresh = browserChecks(run.stdout).get("browser.up-to-date")!;
    expect(fresh.status).toBe("fail");
    expect(fresh.code).toBe("BROWSER_OUTDATED");
    expect(fresh.message).toMatch(/estimate from the release calendar, not checked online/);
    expect(fresh.data.browsers).toEqual([expect.objectContaining({ browser: "chrome", estimated: true, basis: "estimate" })]);
    expect(fresh.remedy.join("\n")).toContain("google-chrome-stable");
  });

  it("a Chrome launcher that would hang is never started: the version comes from dpkg", async () => {
    writeStandIn(`${tmp.dir}/bin`, "google-chrome", "hang");
    const run = await runCli(["browser", "--json", "--offline", "--timeout", "1000"], { env });
    const installed = browserChecks(run.stdout).get("browser.installed")!;
    expect(installed.status).toBe("pass");
    expect((installed.data.browsers as Array<{ browser: string; version: string }>)[0]).toMatchObject({
      browser: "chrome",
      version: "120.0.6099.109",
    });
  });

  it("reads the default browser from the user's mimeapps.list", async () => {
    // What "Make default" in Chrome writes: a handler for http/https in ~/.config/mimeapps.list
    // and Chrome's desktop entry in ~/.local/share/applications.
    mkdirSync(`${tmp.dir}/.config`, { recursive: true });
    mkdirSync(`${tmp.dir}/.local/share/applications`, { recursive: true });
    writeFileSync(
      `${tmp.dir}/.config/mimeapps.list`,
      "[Default Applications]\nx-scheme-handler/http=google-chrome.desktop\nx-scheme-handler/https=google-chrome.desktop\n",
    );
    writeFileSync(
      `${tmp.dir}/.local/share/applications/google-chrome.desktop`,
      "[Desktop Entry]\nType=Application\nName=Google Chrome\nExec=google-chrome %U\nMimeType=x-scheme-handler/http;x-scheme-handler/https;\n",
    );
    const run = await runCli(["browser", "--json", "--offline", "--lang", "en"], {
      env: { ...env, XDG_CONFIG_HOME: undefined, XDG_DATA_HOME: undefined },
    });
    const def = browserChecks(run.stdout).get("browser.default")!;
    expect(def.status).toBe("pass");
    expect(def.code).toBe("DEFAULT_BROWSER_RECOMMENDED");
    expect(def.data).toMatchObject({ handler: "google-chrome.desktop", browser: "chrome" });
  });

  it("xdg tools that would hang are never asked", async () => {
    writeStandIn(`${tmp.dir}/bin`, "xdg-settings", "hang");
    writeStandIn(`${tmp.dir}/bin`, "xdg-mime", "hang");
    const run = await runCli(["browser", "--json", "--offline", "--timeout", "1000"], { env });
    const def = browserChecks(run.stdout).get("browser.default")!;
    expect(def.code).not.toBe("DEFAULT_BROWSER_QUERY_TIMEOUT");
    expect(String(def.data.source)).not.toMatch(/xdg-/);
  });
});
