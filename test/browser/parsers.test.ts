import { describe, expect, it } from "vitest";
import { appPathExecutables, newestVersionFolder, parseApplicationIni } from "../../src/host/browsers/windows.js";
import { parseRegQuery } from "../../src/host/windows/registry.js";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { bundleVersion, launchServicesHandler } from "../../src/host/browsers/macos.js";
import { parsePlist } from "../../src/host/browsers/plist.js";
import { parseMetainfoVersion, parseSnapYamlVersion } from "../../src/host/browsers/linux.js";
import { parseDpkgStatus, upstreamVersion } from "../../src/host/linux/dpkg-status.js";
import { browserFromHandlerId } from "../../src/host/browsers/identify.js";
import { compareVersions, parseVersion } from "../../src/host/browsers/version.js";
import { chromePlatform, parseOperaListing, parseVersionHistory } from "../../src/host/browsers/latest.js";
import { operaListingBody, versionHistoryBody } from "./helpers/stand-ins.js";

describe("version strings as browsers print them", () => {
  it.each([
    ["Google Chrome 120.0.6099.109 ", "120.0.6099.109"],
    ["Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)", "156.0.8078.108"],
    ["105.0.4970.21", "105.0.4970.21"],
    ["Microsoft Edge 120.0.2210.91 ", "120.0.2210.91"],
    ["Mozilla Firefox 115.6.0esr", "115.6.0"],
  ])("%s → %s", (line, version) => {
    expect(parseVersion(line)?.text).toBe(version);
  });

  it("finds no version in text without one", () => {
    expect(parseVersion("command not found")).toBeUndefined();
  });

  it("compares numerically, not as text", () => {
    expect(compareVersions("120.0.6099.109", "99.0.4844.84")).toBeGreaterThan(0);
    expect(compareVersions("120.0.6099.9", "120.0.6099.109")).toBeLessThan(0);
  });
});

describe("Windows facts read without PowerShell", () => {
  it("App Paths keys name each browser's executable (quoted or not)", () => {
    const keys = parseRegQuery(
      '\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\chrome.exe\r\n    (Default)    REG_SZ    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"\r\n\r\n' +
        "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\msedge.exe\r\n    (Default)    REG_SZ    C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe\r\n\r\n" +
        "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\wordpad.exe\r\n    (Default)    REG_SZ    C:\\wordpad.exe\r\n\r\n",
    );
    expect(appPathExecutables(keys)).toEqual([
      { browser: "chrome", path: "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" },
      { browser: "edge", path: "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe" },
    ]);
  });

  it("the newest a.b.c.d folder is the installed version (Chrome, Edge, Opera keep the previous one until restart)", () => {
    expect(newestVersionFolder(["119.0.6045.200", "120.0.6099.9", "120.0.6099.109", "SetupMetrics", "chrome.exe"])).toBe("120.0.6099.109");
    expect(newestVersionFolder(["assistant", "localization"])).toBeUndefined();
  });

  it("Firefox's application.ini gives Version from the [App] section only", () => {
    expect(parseApplicationIni("[Gecko]\r\nMinVersion=121.0\r\n\r\n[App]\r\nVendor=Mozilla\r\nVersion=121.0.1\r\n")).toBe("121.0.1");
    expect(parseApplicationIni("[Gecko]\nMaxVersion=121.0\n")).toBeUndefined();
  });
});

describe("macOS property lists (fixtures written by CPython's plistlib)", () => {
  const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/macos/${name}`, import.meta.url)));

  it("an XML Info.plist: CFBundleShortVersionString", () => {
    expect(bundleVersion(fixture("chrome-Info.plist"))).toBe("120.0.6099.109");
    expect(parsePlist(fixture("chrome-Info.plist"))).toMatchObject({
      CFBundleIdentifier: "com.google.Chrome",
      NSHighResolutionCapable: true,
      CFBundleURLTypes: [{ CFBundleURLSchemes: ["http", "https"] }],
    });
  });

  it("a binary Info.plist", () => {
    expect(bundleVersion(fixture("opera-Info.plist"))).toBe("105.0.4970.21");
    expect(parsePlist(fixture("opera-Info.plist"))).toMatchObject({ Count: 123456789012, NSHighResolutionCapable: true });
  });

  it("the LaunchServices preferences: the https handler, not the nested placeholder nor http's", () => {
    const ls = parsePlist(fixture("launchservices.secure.plist"));
    expect(launchServicesHandler(ls)).toBe("com.operasoftware.opera");
    expect(ls).toMatchObject({ LSHandlerOwner: "Aysəl Məmmədova", Written: new Date("2026-11-25T12:00:00Z") });
    expect(launchServicesHandler(parsePlist(fixture("launchservices-no-https.plist")))).toBeUndefined();
  });

  it("a damaged file throws instead of answering", () => {
    const bin = fixture("opera-Info.plist");
    expect(() => parsePlist(bin.subarray(0, bin.length - 10))).toThrow();
    expect(() => parsePlist(Buffer.from("<plist><dict><key>a</key>"))).toThrow();
  });
});

describe("Linux package files", () => {
  it("snap.yaml: the top-level version, plain or quoted, not a nested one", () => {
    const yaml = "name: chromium\nversion: 120.0.6099.109\nsummary: Chromium web browser\napps:\n  chromium:\n    version: 1.0\n";
    expect(parseSnapYamlVersion(yaml)).toBe("120.0.6099.109");
    expect(parseSnapYamlVersion("name: opera\nversion: '105.0.4970.21'\n")).toBe("105.0.4970.21");
    expect(parseSnapYamlVersion('name: firefox\nversion: "121.0-1"\n')).toBe("121.0");
    expect(parseSnapYamlVersion("name: x\nsummary: y\n")).toBeUndefined();
  });

  it("AppStream metainfo: the newest release", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>com.google.Chrome</id>
  <releases>
    <release version="120.0.6099.109" date="2023-12-12"/>
    <release version="120.0.6099.71" date="2023-12-06"/>
  </releases>
</component>`;
    expect(parseMetainfoVersion(xml)).toBe("120.0.6099.109");
    expect(parseMetainfoVersion("<component/>")).toBeUndefined();
  });

  it("dpkg status: installed packages only, upstream version without epoch and revision", () => {
    const status = [
      "Package: chromium\nStatus: install ok installed\nArchitecture: amd64\nVersion: 156.0.8078.114-1~deb12u1\nDescription: web browser\n Chromium is an open-source browser.\n .\n Version: 1.2.3",
      "Package: opera-stable\nStatus: deinstall ok config-files\nVersion: 105.0.4970.21",
      "Package: chromium-browser\nStatus: install ok installed\nVersion: 2:1snap1-0ubuntu2",
    ].join("\n\n");
    const pkgs = parseDpkgStatus(status);
    expect([...pkgs.keys()]).toEqual(["chromium", "chromium-browser"]);
    expect(pkgs.get("chromium")!.version).toBe("156.0.8078.114-1~deb12u1");
    expect(upstreamVersion("156.0.8078.114-1~deb12u1")).toBe("156.0.8078.114");
    expect(upstreamVersion("2:1snap1-0ubuntu2")).toBe("1snap1");
    expect(upstreamVersion("115.6.0esr-1~deb12u1")).toBe("115.6.0esr");
  });
});

describe("default-handler ids", () => {
  it.each([
    ["google-chrome.desktop", "chrome"],
    ["com.google.Chrome.desktop", "chrome"],
    ["chromium.desktop", "chromium"],
    ["chromium_chromium.desktop", "chromium"],
    ["opera.desktop", "opera"],
    ["ChromeHTML", "chrome"],
    ["OperaStable", "opera"],
    ["Opera GXStable", "opera-gx"],
    ["MSEdgeHTM", "edge"],
    ["FirefoxURL-308046B0AF4A39CB", "firefox"],
    ["com.google.chrome", "chrome"],
    ["com.operasoftware.operagx", "opera-gx"],
    ["com.microsoft.edgemac", "edge"],
    ["com.apple.safari", "safari"],
  ])("%s → %s", (id, browser) => {
    expect(browserFromHandlerId(id)).toBe(browser);
  });

  it("leaves an unknown handler unnamed", () => {
    expect(browserFromHandlerId("org.gnome.Epiphany.desktop")).toBeUndefined();
  });
});

describe("current stable answers", () => {
  it("takes the highest version from a VersionHistory answer", () => {
    expect(parseVersionHistory(versionHistoryBody("linux", ["151.0.7922.173", "151.0.7922.99", "150.0.7871.120"]))).toBe("151.0.7922.173");
    expect(parseVersionHistory('{"error":{"code":403}}')).toBeUndefined();
    expect(parseVersionHistory("<html>")).toBeUndefined();
  });

  it("takes the highest release folder from Opera's listing", () => {
    expect(parseOperaListing(operaListingBody(["133.0.5932.30", "134.0.5962.48", "134.0.5962.9"]))).toBe("134.0.5962.48");
  });

  it("names VersionHistory's platform for this OS and CPU", () => {
    expect(chromePlatform("win32", "x64")).toBe("win64");
    expect(chromePlatform("win32", "ia32")).toBe("win");
    expect(chromePlatform("darwin", "arm64")).toBe("mac_arm64");
    expect(chromePlatform("linux", "x64")).toBe("linux");
  });
});
