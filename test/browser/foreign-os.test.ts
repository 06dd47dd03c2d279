import { describe, expect, it } from "vitest";
import { detectBrowsers } from "../../src/host/browsers/detect.js";
import { detectDefaultBrowser } from "../../src/host/browsers/default-browser.js";
import { foreignHost } from "./helpers/fake-host.js";
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createNodeHost } from "../../src/host/node-host.js";
import type { Host } from "../../src/host/host.js";
import { tempDir } from "../helpers/tmp.js";

const opts = { timeoutMs: 1_000 };

/** Decodes the -EncodedCommand argument (base64 of UTF-16LE) back into the script. */
function decodedScript(args: readonly string[]): string {
  const i = args.indexOf("-EncodedCommand");
  return Buffer.from(args[i + 1]!, "base64").toString("utf16le");
}

describe("macOS, from the files themselves", () => {
  const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/macos/${name}`, import.meta.url));
  const tmp = tempDir("gc-mac-");
  /** A macOS file tree under a temporary root; the host sees it at its real paths and can run nothing. */
  function macHost(files: Record<string, string>): Host & { started: string[] } {
    for (const [path, from] of Object.entries(files)) {
      mkdirSync(dirname(`${tmp}${path}`), { recursive: true });
      copyFileSync(from, `${tmp}${path}`);
    }
    const real = createNodeHost({ offline: true });
    const at = (p: string) => `${tmp}${p}`;
    const started: string[] = [];
    return {
      ...real,
      started,
      platform: { ...real.platform, os: "darwin", homedir: "/Users/aysel" },
      env: {},
      exec: async (cmd) => {
        started.push(cmd);
        throw new Error(`nothing may be started: ${cmd}`);
      },
      fs: { ...real.fs, exists: (p) => real.fs.exists(at(p)), readFile: (p, o) => real.fs.readFile(at(p), o) },
    };
  }

  it("reads each bundle's Info.plist (XML or binary) without running anything", async () => {
    const host = macHost({
      "/Applications/Google Chrome.app/Contents/Info.plist": fixture("chrome-Info.plist"),
      "/Users/aysel/Applications/Opera.app/Contents/Info.plist": fixture("opera-Info.plist"),
    });
    const d = await detectBrowsers(host, opts);
    expect(d.found.sort((a, b) => a.browser.localeCompare(b.browser))).toEqual([
      { browser: "chrome", version: "120.0.6099.109", kind: "macos", source: "/Applications/Google Chrome.app" },
      { browser: "opera", version: "105.0.4970.21", kind: "macos", source: "/Users/aysel/Applications/Opera.app" },
    ]);
    expect(host.started).toEqual([]);
  });

  it("default browser from the LaunchServices preferences file; none chosen means Safari", async () => {
    const plist = "/Users/aysel/Library/Preferences/com.apple.LaunchServices/com.apple.launchservices.secure.plist";
    const chosen = macHost({ [plist]: fixture("launchservices.secure.plist") });
    expect(await detectDefaultBrowser(chosen, opts)).toEqual({ handler: "com.operasoftware.opera", browser: "opera", source: plist });
    expect(chosen.started).toEqual([]);
    const noHttps = macHost({ [plist]: fixture("launchservices-no-https.plist") });
    expect(await detectDefaultBrowser(noHttps, opts)).toMatchObject({ browser: "safari", assumed: true });
  });
});

describe("Windows", () => {
  it("runs the inventory script through PowerShell and reads its JSON", async () => {
    const host = foreignHost("win32", [
      {
        match: (c, a) => c === "powershell.exe" && decodedScript(a).includes("App Paths"),
        stdout: String.raw`{"executables":[{"browser":"chrome","path":"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe","how":"appPaths","fileVersion":"120.0.6099.109","productVersion":"120.0.6099.109"}],"operaRoots":[],"chromeBeaconVersion":"120.0.6099.109"}` + "\r\n",
      },
    ]);
    const d = await detectBrowsers(host, opts);
    expect(d.found).toEqual([
      { browser: "chrome", version: "120.0.6099.109", kind: "windows", source: "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" },
    ]);
    const script = decodedScript(host.calls[0]!.args);
    expect(script).toContain("BLBeacon");
    expect(script).toContain("ConvertTo-Json");
  });

  it("a PowerShell that hangs is a timeout, not a verdict", async () => {
    const host = foreignHost("win32", [{ match: (c) => c === "powershell.exe", stdout: "", timedOut: true }]);
    const d = await detectBrowsers(host, opts);
    expect(d.found).toEqual([]);
    expect(d.problems).toEqual([{ source: "powershell.exe", problem: "timeout" }]);
  });

  it("default browser from the https UserChoice ProgId", async () => {
    const host = foreignHost("win32", [{ match: (c, a) => c === "powershell.exe" && decodedScript(a).includes("UserChoice"), stdout: '{"progId":"MSEdgeHTM"}\r\n' }]);
    expect(await detectDefaultBrowser(host, opts)).toMatchObject({ handler: "MSEdgeHTM", browser: "edge" });
  });
});
