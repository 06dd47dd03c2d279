import { describe, expect, it } from "vitest";
import { detectBrowsers } from "../../src/host/browsers/detect.js";
import { detectDefaultBrowser } from "../../src/host/browsers/default-browser.js";
import { foreignHost } from "./helpers/fake-host.js";

const opts = { timeoutMs: 1_000 };

/** Decodes the -EncodedCommand argument (base64 of UTF-16LE) back into the script. */
function decodedScript(args: readonly string[]): string {
  const i = args.indexOf("-EncodedCommand");
  return Buffer.from(args[i + 1]!, "base64").toString("utf16le");
}

describe("macOS", () => {
  it("reads each bundle's CFBundleShortVersionString through `defaults read`", async () => {
    const host = foreignHost(
      "darwin",
      [
        { match: (c, a) => c === "defaults" && a[1] === "/Applications/Google Chrome.app/Contents/Info", stdout: "120.0.6099.109\n" },
        { match: (c, a) => c === "defaults" && a[1] === "/Users/aysel/Applications/Opera.app/Contents/Info", stdout: "105.0.4970.21\n" },
        { match: (c, a) => c === "defaults" && a[1] === "/Applications/Firefox.app/Contents/Info", stdout: "121.0\n" },
      ],
      [
        "/Applications/Google Chrome.app/Contents/Info.plist",
        "/Users/aysel/Applications/Opera.app/Contents/Info.plist",
        "/Applications/Firefox.app/Contents/Info.plist",
      ],
    );
    const d = await detectBrowsers(host, opts);
    expect(d.found.sort((a, b) => a.browser.localeCompare(b.browser))).toEqual([
      { browser: "chrome", version: "120.0.6099.109", kind: "macos", source: "/Applications/Google Chrome.app" },
      { browser: "firefox", version: "121.0", kind: "macos", source: "/Applications/Firefox.app" },
      { browser: "opera", version: "105.0.4970.21", kind: "macos", source: "/Users/aysel/Applications/Opera.app" },
    ]);
    expect(host.calls.every((c) => c.args[2] === "CFBundleShortVersionString")).toBe(true);
  });

  it("default browser from LaunchServices; none chosen means Safari", async () => {
    const chosen = foreignHost("darwin", [
      {
        match: (c, a) => c === "defaults" && a.includes("LSHandlers"),
        stdout: '(\n        {\n        LSHandlerPreferredVersions =         {\n            LSHandlerRoleAll = "-";\n        };\n        LSHandlerRoleAll = "com.google.chrome";\n        LSHandlerURLScheme = https;\n    }\n)\n',
      },
    ]);
    expect(await detectDefaultBrowser(chosen, opts)).toMatchObject({ handler: "com.google.chrome", browser: "chrome" });
    // `defaults read` of a domain/key that does not exist exits 1.
    const never = foreignHost("darwin", [{ match: (c) => c === "defaults", stdout: "", exitCode: 1 }]);
    expect(await detectDefaultBrowser(never, opts)).toMatchObject({ browser: "safari", assumed: true });
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
