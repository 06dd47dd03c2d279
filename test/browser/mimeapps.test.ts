import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createNodeHost } from "../../src/host/node-host.js";
import type { Host } from "../../src/host/host.js";
import { detectDefaultBrowser } from "../../src/host/browsers/default-browser.js";
import { findLinuxDefault, mimeappsFiles, xdgDirs } from "../../src/host/browsers/mimeapps.js";
import { tempDir } from "./helpers/stand-ins.js";

const hasXdgMime = existsSync("/usr/bin/xdg-mime");

const CHROME_ENTRY =
  "[Desktop Entry]\nVersion=1.0\nName=Google Chrome\nExec=/usr/bin/google-chrome-stable %U\nType=Application\nMimeType=text/html;x-scheme-handler/http;x-scheme-handler/https;\n";
const OPERA_ENTRY = "[Desktop Entry]\nName=Opera\nExec=opera %U\nType=Application\nMimeType=x-scheme-handler/https;\n";
const FIREFOX_ENTRY = "[Desktop Entry]\nName=Firefox ESR\nExec=/usr/lib/firefox-esr/firefox-esr %u\nType=Application\n";

describe.skipIf(process.platform !== "linux")("Linux default browser from mimeapps.list (XDG mime-apps spec)", () => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  let env: NodeJS.ProcessEnv;
  let host: () => Host & { started: string[] };
  beforeEach(() => {
    tmp = tempDir("gc-mimeapps-");
    home = `${tmp.dir}/home`;
    mkdirSync(`${home}/.config`, { recursive: true });
    mkdirSync(`${home}/.local/share/applications`, { recursive: true });
    mkdirSync(`${tmp.dir}/etc-xdg`, { recursive: true });
    mkdirSync(`${tmp.dir}/share/applications`, { recursive: true });
    // Only the temporary tree: nothing of this machine's own desktop setup.
    env = {
      PATH: process.env.PATH,
      HOME: home,
      XDG_CONFIG_DIRS: `${tmp.dir}/etc-xdg`,
      XDG_DATA_DIRS: `${tmp.dir}/share`,
      XDG_CURRENT_DESKTOP: "GNOME",
    };
    host = () => {
      const real = createNodeHost({ offline: true, env });
      const started: string[] = [];
      return { ...real, platform: { ...real.platform, homedir: home }, started, exec: (c, a, o) => (started.push(c), real.exec(c, a, o)) };
    };
  });
  afterEach(() => tmp.cleanup());

  const write = (rel: string, text: string) => writeFileSync(`${tmp.dir}/${rel}`, text);

  it("lists the files in the spec's order, desktop-specific first in each directory", () => {
    const d = xdgDirs({ XDG_CURRENT_DESKTOP: "ubuntu:GNOME", XDG_CONFIG_DIRS: "/etc/xdg/xdg-ubuntu:/etc/xdg" }, "/home/a");
    expect(mimeappsFiles(d)).toEqual([
      "/home/a/.config/ubuntu-mimeapps.list",
      "/home/a/.config/gnome-mimeapps.list",
      "/home/a/.config/mimeapps.list",
      "/etc/xdg/xdg-ubuntu/ubuntu-mimeapps.list",
      "/etc/xdg/xdg-ubuntu/gnome-mimeapps.list",
      "/etc/xdg/xdg-ubuntu/mimeapps.list",
      "/etc/xdg/ubuntu-mimeapps.list",
      "/etc/xdg/gnome-mimeapps.list",
      "/etc/xdg/mimeapps.list",
      "/home/a/.local/share/applications/ubuntu-mimeapps.list",
      "/home/a/.local/share/applications/gnome-mimeapps.list",
      "/home/a/.local/share/applications/mimeapps.list",
      "/usr/local/share/applications/ubuntu-mimeapps.list",
      "/usr/local/share/applications/gnome-mimeapps.list",
      "/usr/local/share/applications/mimeapps.list",
      "/usr/share/applications/ubuntu-mimeapps.list",
      "/usr/share/applications/gnome-mimeapps.list",
      "/usr/share/applications/mimeapps.list",
    ]);
  });

  it.skipIf(!hasXdgMime && !process.env.CI)(
    'agrees with the real xdg-mime on what Chrome\'s "Make default" writes, and starts nothing',
    async () => {
      write(
        "home/.config/mimeapps.list",
        "[Default Applications]\nx-scheme-handler/http=google-chrome.desktop\nx-scheme-handler/https=google-chrome.desktop\n\n[Added Associations]\nx-scheme-handler/https=google-chrome.desktop;\n",
      );
      write("home/.local/share/applications/google-chrome.desktop", CHROME_ENTRY);
      const h = host();
      const d = await detectDefaultBrowser(h, { timeoutMs: 5_000 });
      expect(d).toEqual({ handler: "google-chrome.desktop", browser: "chrome", source: `${home}/.config/mimeapps.list` });
      expect(h.started).toEqual([]);
      const xdg = execFileSync("xdg-mime", ["query", "default", "x-scheme-handler/https"], { env, encoding: "utf8" }).trim();
      expect(xdg).toBe(d.handler);
    },
  );

  it("the desktop's own list wins over the general one; the user's over the system's", async () => {
    write("etc-xdg/mimeapps.list", "[Default Applications]\nx-scheme-handler/https=firefox-esr.desktop\n");
    write("home/.config/mimeapps.list", "[Default Applications]\nx-scheme-handler/https=opera.desktop\n");
    write("home/.config/gnome-mimeapps.list", "[Default Applications]\nx-scheme-handler/https=google-chrome.desktop;\n");
    write("share/applications/google-chrome.desktop", CHROME_ENTRY);
    write("share/applications/opera.desktop", OPERA_ENTRY);
    write("share/applications/firefox-esr.desktop", FIREFOX_ENTRY);
    expect(await findLinuxDefault(host())).toMatchObject({
      handler: "google-chrome.desktop",
      browser: "chrome",
      source: `${home}/.config/gnome-mimeapps.list`,
    });
    env.XDG_CURRENT_DESKTOP = "KDE";
    expect(await findLinuxDefault(host())).toMatchObject({ handler: "opera.desktop", browser: "opera" });
  });

  it("an entry that is not installed is passed over for the next one listed", async () => {
    write("home/.config/mimeapps.list", "[Default Applications]\nx-scheme-handler/https=removed-browser.desktop;my-browser.desktop;\n");
    // Named by nothing but its Exec= line: the browser is found from the program it runs.
    write("share/applications/my-browser.desktop", FIREFOX_ENTRY);
    expect(await findLinuxDefault(host())).toMatchObject({ handler: "my-browser.desktop", browser: "firefox" });
  });

  it.skipIf(!hasXdgMime && !process.env.CI)("with no default anywhere, falls back to mimeinfo.cache as xdg-mime does", async () => {
    write(
      "share/applications/chromium.desktop",
      "[Desktop Entry]\nName=Chromium\nExec=/usr/bin/chromium %U\nType=Application\nMimeType=x-scheme-handler/https;\n",
    );
    write(
      "share/applications/mimeinfo.cache",
      "[MIME Cache]\nx-scheme-handler/http=chromium.desktop;\nx-scheme-handler/https=chromium.desktop;\n",
    );
    const d = await findLinuxDefault(host());
    expect(d).toMatchObject({ handler: "chromium.desktop", browser: "chromium", source: `${tmp.dir}/share/applications/mimeinfo.cache` });
    const xdg = execFileSync("xdg-mime", ["query", "default", "x-scheme-handler/https"], { env, encoding: "utf8" }).trim();
    expect(xdg).toBe("chromium.desktop");
  });

  it.skipIf(!hasXdgMime && !process.env.CI)(
    "with no list and no cache, the entry whose MimeType= names https, as xdg-mime finds it",
    async () => {
      write("share/applications/vim.desktop", "[Desktop Entry]\nName=Vim\nExec=vim %F\nMimeType=text/plain;\n");
      write(
        "share/applications/chromium.desktop",
        "[Desktop Entry]\nName=Chromium\nExec=/usr/bin/chromium %U\nType=Application\nMimeType=text/html;x-scheme-handler/http;x-scheme-handler/https;\n",
      );
      const d = await findLinuxDefault(host());
      expect(d).toMatchObject({
        handler: "chromium.desktop",
        browser: "chromium",
        source: `${tmp.dir}/share/applications/chromium.desktop`,
      });
      const xdg = execFileSync("xdg-mime", ["query", "default", "x-scheme-handler/https"], { env, encoding: "utf8" }).trim();
      expect(xdg).toBe("chromium.desktop");
    },
  );

  it("nothing configured: unknown, not a verdict", async () => {
    expect(await detectDefaultBrowser(host(), { timeoutMs: 5_000 })).toEqual({ source: "mimeapps.list" });
  });
});
