import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createNodeHost } from "../../src/host/node-host.js";
import { detectLinuxBrowsers } from "../../src/host/browsers/linux.js";
import { runChecks } from "../../src/core/runner.js";
import { browserInstalledCheck } from "../../src/checks/browser/installed.js";
import type { CheckDefinition } from "../../src/core/types.js";
import { runOptions } from "../helpers/options.js";
import { tempDir, writeStandIn } from "./helpers/stand-ins.js";

const linux = process.platform === "linux";
const hasChromium = existsSync("/usr/bin/chromium");

function hostWithPath(dir: string) {
  return createNodeHost({ offline: true, env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ""}` } });
}

describe.skipIf(!linux)("Linux browser detection with real executables", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir("gc-browser-");
  });
  afterEach(() => tmp.cleanup());

  it.skipIf(!hasChromium && !process.env.CI)("finds Debian's chromium and its real version (needs /usr/bin/chromium, installed in CI)", async () => {
    const d = await detectLinuxBrowsers(hostWithPath(tmp.dir), { timeoutMs: 10_000 });
    const chromium = d.found.find((b) => b.browser === "chromium");
    expect(chromium).toBeDefined();
    expect(chromium!.source).toBe("/usr/bin/chromium");
    expect(chromium!.kind).toBe("package");
    // Cross-check with the package database: Debian's version is "<upstream>-<debian revision>".
    const pkg = execFileSync("dpkg-query", ["-W", "-f", "${Version}", "chromium"], { encoding: "utf8" });
    expect(pkg.startsWith(`${chromium!.version}-`)).toBe(true);
  });

  it("reads stand-in Chrome and Opera launchers first on PATH", async () => {
    writeStandIn(tmp.dir, "google-chrome", { prints: "Google Chrome 120.0.6099.109 " });
    writeStandIn(tmp.dir, "opera", { prints: "105.0.4970.21" });
    const d = await detectLinuxBrowsers(hostWithPath(tmp.dir), { timeoutMs: 10_000 });
    expect(d.found.filter((b) => b.browser === "chrome" || b.browser === "opera")).toEqual([
      { browser: "chrome", version: "120.0.6099.109", kind: "package", source: `${tmp.dir}/google-chrome` },
      { browser: "opera", version: "105.0.4970.21", kind: "package", source: `${tmp.dir}/opera` },
    ]);
    expect(d.problems).toEqual([]);
  });

  it("a launcher that hangs is a timeout for that browser only", async () => {
    writeStandIn(tmp.dir, "google-chrome", "hang");
    writeStandIn(tmp.dir, "opera", { prints: "105.0.4970.21" });
    const d = await detectLinuxBrowsers(hostWithPath(tmp.dir), { timeoutMs: 1_500 });
    expect(d.problems).toContainEqual({ browser: "chrome", source: `${tmp.dir}/google-chrome`, problem: "timeout" });
    expect(d.problems.some((p) => p.browser === "opera")).toBe(false);
    expect(d.found.find((b) => b.browser === "opera")?.version).toBe("105.0.4970.21");
  });

  it("the installed check reports a hanging Chrome as timeout, naming it, within its own budget", async () => {
    writeStandIn(tmp.dir, "google-chrome", "hang");
    const [r] = await runChecks([browserInstalledCheck as CheckDefinition], {
      host: hostWithPath(tmp.dir),
      options: runOptions({ timeoutMs: 1_000 }),
    });
    // The check's own probe deadline ended it (not the runner's CHECK_TIMEOUT).
    expect(r!.status).toBe("timeout");
    expect(r!.code).toBe("BROWSER_PROBE_TIMEOUT");
    expect(r!.data.probeProblems).toEqual([
      expect.objectContaining({ browser: "chrome", state: "timeout" }),
    ]);
  });

  it("with Chrome present the check passes and lists Chromium as not recommended", async () => {
    writeStandIn(tmp.dir, "google-chrome", { prints: "Google Chrome 120.0.6099.109 " });
    const [r] = await runChecks([browserInstalledCheck as CheckDefinition], {
      host: hostWithPath(tmp.dir),
      options: runOptions({ timeoutMs: 5_000 }),
    });
    expect(r!.status).toBe("pass");
    expect(r!.code).toBe("RECOMMENDED_BROWSER_INSTALLED");
    const browsers = r!.data.browsers as Array<{ browser: string; recommended: boolean }>;
    expect(browsers[0]).toMatchObject({ browser: "chrome", recommended: true });
    if (hasChromium) {
      expect(browsers).toContainEqual(expect.objectContaining({ browser: "chromium", recommended: false }));
      expect(r!.message.key).toBe("browser.installed.foundWithOthers");
    }
  });

  it("a launcher that crashes without a version is not reported as installed", async () => {
    const { writeFileSync, chmodSync } = await import("node:fs");
    writeFileSync(`${tmp.dir}/opera`, "#!/bin/sh\necho 'error while loading shared libraries' >&2\nexit 127\n");
    chmodSync(`${tmp.dir}/opera`, 0o755);
    const d = await detectLinuxBrowsers(hostWithPath(tmp.dir), { timeoutMs: 5_000 });
    expect(d.found.some((b) => b.browser === "opera")).toBe(false);
    expect(d.problems).toContainEqual({ browser: "opera", source: `${tmp.dir}/opera`, problem: "crashed" });
  });
});
