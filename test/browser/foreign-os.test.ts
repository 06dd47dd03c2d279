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
import { regQueryOutput, REG_MISSING_STDERR } from "../windows/formats.js";

const opts = { timeoutMs: 1_000 };

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

describe("Windows (reg.exe and the file system; no PowerShell, no browser started)", () => {
  const APP_PATHS = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths";
  const CHROME = "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe";
  const OPERA_ROOT = "C:\\Users\\Aysel\\AppData\\Local\\Programs\\Opera";
  const FIREFOX = "C:\\Program Files\\Mozilla Firefox\\firefox.exe";
  const appPaths64 = regQueryOutput([
    { path: APP_PATHS, values: [] },
    {
      path: `${APP_PATHS}\\chrome.exe`,
      values: [
        ["", "REG_SZ", CHROME],
        ["Path", "REG_SZ", "C:\\Program Files\\Google\\Chrome\\Application"],
      ],
    },
    { path: `${APP_PATHS}\\wordpad.exe`, values: [["", "REG_EXPAND_SZ", '"%ProgramFiles%\\Windows NT\\Accessories\\WORDPAD.EXE"']] },
  ]);
  const appPathsHkcu = regQueryOutput([
    { path: APP_PATHS.replace("HKEY_LOCAL_MACHINE", "HKEY_CURRENT_USER"), values: [] },
    {
      path: `${APP_PATHS.replace("HKEY_LOCAL_MACHINE", "HKEY_CURRENT_USER")}\\opera.exe`,
      values: [["", "REG_SZ", `${OPERA_ROOT}\\launcher.exe`]],
    },
  ]);
  const beacon = regQueryOutput([
    {
      path: "HKEY_CURRENT_USER\\Software\\Google\\Chrome\\BLBeacon",
      values: [
        ["version", "REG_SZ", "119.0.6045.200"],
        ["state", "REG_DWORD", "0x1"],
      ],
    },
  ]);

  function windowsHost(
    answers: { hklm64?: string; hklm32?: string; hkcu?: string; beacon?: string; hang?: boolean },
    dirs: Record<string, string[]>,
    files: Record<string, string> = {},
  ): Host & { calls: Array<{ cmd: string; args: readonly string[] }> } {
    const reg = (c: string, a: readonly string[], key: string, view?: string) =>
      c === "reg.exe" && a[1]!.startsWith(key) && (view === undefined || a.includes(view));
    const missing = { stdout: "", exitCode: 1 };
    const h = foreignHost(
      "win32",
      [
        {
          match: (c, a) => reg(c, a, "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\App Paths", "/reg:64"),
          ...(answers.hklm64 ? { stdout: answers.hklm64 } : missing),
          timedOut: answers.hang,
        },
        {
          match: (c, a) => reg(c, a, "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\App Paths", "/reg:32"),
          ...(answers.hklm32 ? { stdout: answers.hklm32 } : missing),
          timedOut: answers.hang,
        },
        {
          match: (c, a) => reg(c, a, "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\App Paths"),
          ...(answers.hkcu ? { stdout: answers.hkcu } : missing),
          timedOut: answers.hang,
        },
        {
          match: (c, a) => reg(c, a, "HKCU\\Software\\Google\\Chrome\\BLBeacon"),
          ...(answers.beacon ? { stdout: answers.beacon } : missing),
          timedOut: answers.hang,
        },
      ],
      [...Object.keys(files), CHROME, `${OPERA_ROOT}\\launcher.exe`, FIREFOX].filter(
        (f) => Object.keys(dirs).some((d) => f.startsWith(d)) || f in files,
      ),
    );
    return {
      ...h,
      env: {
        ProgramFiles: "C:\\Program Files",
        "ProgramFiles(x86)": "C:\\Program Files (x86)",
        LOCALAPPDATA: "C:\\Users\\Aysel\\AppData\\Local",
      },
      fs: {
        ...h.fs,
        list: async (p) => dirs[p] ?? [],
        readText: async (p) => {
          if (p in files) return files[p]!;
          throw new Error(`ENOENT ${p}`);
        },
      },
    };
  }

  it("reads versions from the folders beside the executables and application.ini, never by starting a browser", async () => {
    const host = windowsHost(
      { hklm64: appPaths64, hkcu: appPathsHkcu, beacon },
      {
        "C:\\Program Files\\Google\\Chrome\\Application": [
          "119.0.6045.200",
          "120.0.6099.109",
          "SetupMetrics",
          "chrome.exe",
          "chrome_proxy.exe",
        ],
        [OPERA_ROOT]: ["104.0.4944.54", "105.0.4970.21", "assistant", "launcher.exe", "localization"],
        "C:\\Program Files\\Mozilla Firefox": ["application.ini", "firefox.exe"],
      },
      {
        "C:\\Program Files\\Mozilla Firefox\\application.ini":
          "[App]\r\nVendor=Mozilla\r\nName=Firefox\r\nVersion=121.0\r\nBuildID=20231211174248\r\n",
      },
    );
    const d = await detectBrowsers(host, opts);
    expect(d.found).toEqual([
      { browser: "chrome", version: "120.0.6099.109", kind: "windows", source: CHROME },
      { browser: "opera", version: "105.0.4970.21", kind: "windows", source: OPERA_ROOT },
      { browser: "firefox", version: "121.0", kind: "windows", source: FIREFOX },
    ]);
    expect(d.problems).toEqual([]);
    expect(new Set(host.calls.map((c) => c.cmd))).toEqual(new Set(["reg.exe"]));
  });

  it("falls back to Chrome's BLBeacon version when no chrome.exe is found", async () => {
    const d = await detectBrowsers(windowsHost({ hklm64: appPaths64.replace("chrome.exe", "chrome-gone.exe"), beacon }, {}), opts);
    expect(d.found).toEqual([
      { browser: "chrome", version: "119.0.6045.200", kind: "windows", source: "HKCU\\Software\\Google\\Chrome\\BLBeacon" },
    ]);
  });

  it("no browser, with App Paths read (Windows always has entries there): a real 'none'", async () => {
    const d = await detectBrowsers(
      windowsHost({ hklm64: regQueryOutput([{ path: `${APP_PATHS}\\wordpad.exe`, values: [["", "REG_SZ", "C:\\wordpad.exe"]] }]) }, {}),
      opts,
    );
    expect(d).toEqual({ found: [], problems: [] });
  });

  it("reg.exe hanging or answering nothing is a problem, not 'no browser'", async () => {
    const hung = await detectBrowsers(windowsHost({ hang: true }, {}), opts);
    expect(hung.found).toEqual([]);
    expect(hung.problems).toEqual([expect.objectContaining({ problem: "timeout" })]);
    const stub = await detectBrowsers(windowsHost({ hklm64: "", hklm32: "", hkcu: "" }, {}), opts);
    expect(stub.problems).toEqual([expect.objectContaining({ problem: "crashed" })]);
  });

  it("default browser from the https UserChoice ProgId, UserChoiceLatest first (Windows 11 25H2)", async () => {
    const uc = (key: string, progId: string) =>
      regQueryOutput([
        {
          path: `HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\Shell\\Associations\\UrlAssociations\\https\\${key}`,
          values: [
            ["ProgId", "REG_SZ", progId],
            ["Hash", "REG_SZ", "abc="],
          ],
        },
      ]);
    const legacyOnly = foreignHost("win32", [
      { match: (c, a) => c === "reg.exe" && a[1]!.endsWith("\\UserChoice"), stdout: uc("UserChoice", "MSEdgeHTM") },
      { match: (c, a) => c === "reg.exe" && a[1]!.endsWith("\\UserChoiceLatest\\ProgId"), stdout: REG_MISSING_STDERR, exitCode: 1 },
    ]);
    expect(await detectDefaultBrowser(legacyOnly, opts)).toMatchObject({ handler: "MSEdgeHTM", browser: "edge" });
    const both = foreignHost("win32", [
      { match: (c, a) => c === "reg.exe" && a[1]!.endsWith("\\UserChoice"), stdout: uc("UserChoice", "MSEdgeHTM") },
      {
        match: (c, a) => c === "reg.exe" && a[1]!.endsWith("\\UserChoiceLatest\\ProgId"),
        stdout: uc("UserChoiceLatest\\ProgId", "ChromeHTML"),
      },
    ]);
    expect(await detectDefaultBrowser(both, opts)).toMatchObject({ handler: "ChromeHTML", browser: "chrome" });
    const noReg = foreignHost("win32", []);
    expect(await detectDefaultBrowser(noReg, opts)).toMatchObject({ failed: "reg.exe not found" });
  });
});
