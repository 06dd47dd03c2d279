import { describe, expect, it } from "vitest";
import { appPathExecutables, newestVersionFolder, parseApplicationIni } from "../../src/host/browsers/windows.js";
import { parseRegQuery } from "../../src/host/windows/registry.js";
import { parseDefaultsVersion, parseLaunchServicesHandler } from "../../src/host/browsers/macos.js";
import { parseFlatpakList } from "../../src/host/browsers/linux.js";
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
      "\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\chrome.exe\r\n    (Default)    REG_SZ    \"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe\"\r\n\r\n" +
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

describe("macOS", () => {
  it("reads CFBundleShortVersionString as `defaults read` prints it", () => {
    expect(parseDefaultsVersion("120.0.6099.109\n")).toBe("120.0.6099.109");
    expect(parseDefaultsVersion("")).toBeUndefined();
  });

  it("takes the https handler from LaunchServices, ignoring the nested placeholder", () => {
    const out = `(
        {
        LSHandlerContentType = "public.html";
        LSHandlerPreferredVersions =         {
            LSHandlerRoleAll = "-";
        };
        LSHandlerRoleAll = "com.apple.safari";
    },
        {
        LSHandlerPreferredVersions =         {
            LSHandlerRoleAll = "-";
        };
        LSHandlerRoleAll = "org.mozilla.firefox";
        LSHandlerURLScheme = http;
    },
        {
        LSHandlerPreferredVersions =         {
            LSHandlerRoleAll = "-";
        };
        LSHandlerRoleAll = "com.operasoftware.opera";
        LSHandlerURLScheme = https;
    }
)`;
    expect(parseLaunchServicesHandler(out)).toBe("com.operasoftware.opera");
    expect(parseLaunchServicesHandler("(\n)")).toBeUndefined();
  });
});

describe("Linux flatpak list", () => {
  it("reads `flatpak list --app --columns=application,version`", () => {
    const apps = parseFlatpakList("com.google.Chrome\t120.0.6099.109\norg.mozilla.firefox\t121.0\n");
    expect([...apps]).toEqual([
      ["com.google.Chrome", "120.0.6099.109"],
      ["org.mozilla.firefox", "121.0"],
    ]);
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
