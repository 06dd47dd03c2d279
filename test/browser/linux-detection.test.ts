import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync, chmodSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createNodeHost } from "../../src/host/node-host.js";
import type { Host } from "../../src/host/host.js";
import { detectLinuxBrowsers } from "../../src/host/browsers/linux.js";
import { runChecks } from "../../src/core/runner.js";
import { browserInstalledCheck } from "../../src/checks/browser/installed.js";
import type { CheckDefinition } from "../../src/core/types.js";
import { runOptions } from "../helpers/options.js";
import { tempDir } from "./helpers/stand-ins.js";

const linux = process.platform === "linux";
const hasChromium = existsSync("/usr/bin/chromium") && existsSync("/var/lib/dpkg/status");

/** The real host, whose exec is recorded: detection must start no process at all. */
function recordingHost(env: NodeJS.ProcessEnv): Host & { started: string[] } {
  const real = createNodeHost({ offline: true, env });
  const started: string[] = [];
  return {
    ...real,
    started,
    exec(cmd, args, o) {
      started.push(cmd);
      return real.exec(cmd, args, o);
    },
  };
}

/** No flatpak installation of this machine or user leaks into a test. */
function noFlatpaks(dir: string): NodeJS.ProcessEnv {
  return { FLATPAK_SYSTEM_DIR: `${dir}/no-flatpak`, FLATPAK_USER_DIR: `${dir}/no-flatpak-user` };
}

/** A dpkg admin dir (DPKG_ADMINDIR, dpkg's own override) whose status file holds `paragraphs`. */
function dpkgAdmin(dir: string, paragraphs: string[]): string {
  const admin = `${dir}/dpkg`;
  mkdirSync(admin, { recursive: true });
  writeFileSync(`${admin}/status`, paragraphs.join("\n\n") + "\n");
  return admin;
}

/** A launcher that leaves a mark if anything ever starts it. */
function trapLauncher(dir: string, command: string): { path: string; mark: string } {
  const path = `${dir}/${command}`;
  const mark = `${dir}/${command}.was-started`;
  writeFileSync(path, `#!/bin/sh\ntouch '${mark}'\necho 'Google Chrome 999.0.0.1'\n`);
  chmodSync(path, 0o755);
  return { path, mark };
}

describe.skipIf(!linux)("Linux browser detection from files, never starting a browser", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir("gc-browser-");
  });
  afterEach(() => tmp.cleanup());

  it.skipIf(!hasChromium && !process.env.CI)(
    "finds Debian's chromium in the real dpkg status file, with dpkg-query's version",
    async () => {
      const host = recordingHost({ ...process.env, PATH: "/usr/bin:/bin", DPKG_ADMINDIR: undefined });
      const d = await detectLinuxBrowsers(host, { timeoutMs: 10_000 }, { snapRoots: [`${tmp.dir}/no-snaps`] });
      const chromium = d.found.find((b) => b.browser === "chromium");
      expect(chromium).toMatchObject({ kind: "package", source: "/var/lib/dpkg/status: chromium" });
      // Cross-check with dpkg itself: Debian's version is "<upstream>-<debian revision>".
      const pkg = execFileSync("dpkg-query", ["-W", "-f", "${Version}", "chromium"], { encoding: "utf8" });
      expect(pkg.startsWith(`${chromium!.version}-`)).toBe(true);
      expect(host.started).toEqual([]);
    },
  );

  it.skipIf(!existsSync("/var/lib/dpkg/status") && !process.env.CI)(
    "reads the real status file as dpkg-query does: the same installed packages and versions",
    async () => {
      const { parseDpkgStatus } = await import("../../src/host/linux/dpkg-status.js");
      const { readFileSync } = await import("node:fs");
      const ours = parseDpkgStatus(readFileSync("/var/lib/dpkg/status", "utf8"));
      const theirs = execFileSync("dpkg-query", ["-W", "-f", "${db:Status-Status}\t${Package}\t${Version}\n"], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      })
        .split("\n")
        .filter((l) => l.startsWith("installed\t"))
        .map((l) => l.split("\t"));
      // A package installed for two architectures (libc6:amd64, libc6:i386) is one name.
      expect(ours.size).toBe(new Set(theirs.map(([, name]) => name)).size);
      for (const [, name, version] of theirs) expect(ours.get(name!)?.version, name).toBe(version);
    },
  );

  it("reads Chrome and Opera from dpkg's status file; a removed package and Ubuntu's snap stub do not count", async () => {
    const admin = dpkgAdmin(tmp.dir, [
      "Package: google-chrome-stable\nStatus: install ok installed\nPriority: optional\nArchitecture: amd64\nVersion: 120.0.6099.109-1\nDescription: The web browser from Google",
      "Package: opera-stable\nStatus: install ok installed\nArchitecture: amd64\nVersion: 105.0.4970.21\nDescription: Fast and secure web browser",
      "Package: microsoft-edge-stable\nStatus: deinstall ok config-files\nArchitecture: amd64\nVersion: 120.0.2210.91-1",
      "Package: chromium-browser\nStatus: install ok installed\nArchitecture: amd64\nVersion: 2:1snap1-0ubuntu2\nDescription: Transitional package - chromium-browser -> chromium snap",
    ]);
    const host = recordingHost({ ...process.env, PATH: `${tmp.dir}/empty`, DPKG_ADMINDIR: admin, ...noFlatpaks(tmp.dir) });
    const d = await detectLinuxBrowsers(host, { timeoutMs: 5_000 }, { snapRoots: [`${tmp.dir}/no-snaps`] });
    expect(d.found).toEqual([
      { browser: "chrome", version: "120.0.6099.109", kind: "package", source: `${admin}/status: google-chrome-stable` },
      { browser: "opera", version: "105.0.4970.21", kind: "package", source: `${admin}/status: opera-stable` },
    ]);
    expect(host.started).toEqual([]);
  });

  it("reads a snap's version from meta/snap.yaml under the snap's current revision", async () => {
    const snapRoot = `${tmp.dir}/snap`;
    mkdirSync(`${snapRoot}/chromium/2713/meta`, { recursive: true });
    writeFileSync(
      `${snapRoot}/chromium/2713/meta/snap.yaml`,
      "name: chromium\nversion: 120.0.6099.109\nsummary: Chromium web browser, open-source version of Chrome\nbase: core22\nconfinement: strict\napps:\n  chromium:\n    command: bin/chromium.launcher\n",
    );
    execFileSync("ln", ["-s", "2713", `${snapRoot}/chromium/current`]);
    const host = recordingHost({ ...process.env, PATH: `${tmp.dir}/empty`, DPKG_ADMINDIR: dpkgAdmin(tmp.dir, []), ...noFlatpaks(tmp.dir) });
    const d = await detectLinuxBrowsers(host, { timeoutMs: 5_000 }, { snapRoots: [snapRoot] });
    expect(d.found).toContainEqual({
      browser: "chromium",
      version: "120.0.6099.109",
      kind: "snap",
      source: `${snapRoot}/chromium/current/meta/snap.yaml`,
    });
    expect(host.started).toEqual([]);
  });

  it("reads a flatpak's version from its metainfo (FLATPAK_USER_DIR)", async () => {
    const user = `${tmp.dir}/flatpak`;
    const active = `${user}/app/com.google.Chrome/current/active`;
    mkdirSync(`${active}/files/share/metainfo`, { recursive: true });
    writeFileSync(`${active}/metadata`, "[Application]\nname=com.google.Chrome\nruntime=org.freedesktop.Platform/x86_64/23.08\n");
    writeFileSync(
      `${active}/files/share/metainfo/com.google.Chrome.metainfo.xml`,
      '<?xml version="1.0" encoding="UTF-8"?>\n<component type="desktop-application">\n  <id>com.google.Chrome</id>\n  <releases>\n    <release version="120.0.6099.109" date="2023-12-12"/>\n    <release version="120.0.6099.71" date="2023-12-06"/>\n  </releases>\n</component>\n',
    );
    const host = recordingHost({
      ...process.env,
      PATH: `${tmp.dir}/empty`,
      DPKG_ADMINDIR: dpkgAdmin(tmp.dir, []),
      FLATPAK_USER_DIR: user,
      FLATPAK_SYSTEM_DIR: `${tmp.dir}/none`,
    });
    const d = await detectLinuxBrowsers(host, { timeoutMs: 5_000 }, { snapRoots: [] });
    expect(d.found).toEqual([{ browser: "chrome", version: "120.0.6099.109", kind: "flatpak", source: "flatpak:com.google.Chrome" }]);
  });

  it("a launcher on PATH with no package record is installed with an unknown version, and is never started", async () => {
    mkdirSync(`${tmp.dir}/bin`);
    const trap = trapLauncher(`${tmp.dir}/bin`, "google-chrome");
    const host = recordingHost({ ...process.env, PATH: `${tmp.dir}/bin`, DPKG_ADMINDIR: dpkgAdmin(tmp.dir, []), ...noFlatpaks(tmp.dir) });
    const d = await detectLinuxBrowsers(host, { timeoutMs: 5_000 }, { snapRoots: [] });
    expect(d.found).toEqual([{ browser: "chrome", version: undefined, kind: "package", source: trap.path }]);
    expect(existsSync(trap.mark)).toBe(false);
    expect(host.started).toEqual([]);
  });

  it("with Chrome present the check passes and lists Chromium as not recommended", async () => {
    const admin = dpkgAdmin(tmp.dir, [
      "Package: google-chrome-stable\nStatus: install ok installed\nVersion: 120.0.6099.109-1",
      "Package: chromium\nStatus: install ok installed\nVersion: 156.0.8078.114-1~deb12u1",
    ]);
    const [r] = await runChecks([browserInstalledCheck as CheckDefinition], {
      host: createNodeHost({
        offline: true,
        env: { ...process.env, PATH: `${tmp.dir}/empty`, DPKG_ADMINDIR: admin, ...noFlatpaks(tmp.dir) },
      }),
      options: runOptions({ timeoutMs: 5_000 }),
    });
    expect(r!.status).toBe("pass");
    expect(r!.code).toBe("RECOMMENDED_BROWSER_INSTALLED");
    const browsers = r!.data.browsers as Array<{ browser: string; recommended: boolean }>;
    expect(browsers[0]).toMatchObject({ browser: "chrome", recommended: true });
    expect(browsers).toContainEqual(expect.objectContaining({ browser: "chromium", recommended: false }));
    expect(r!.message.key).toBe("browser.installed.foundWithOthers");
  });
});
