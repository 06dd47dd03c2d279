import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { InstalledBrowser } from "../../src/host/browsers/types.js";
import { createNodeHost } from "../../src/host/node-host.js";
import { applyFlatpakKeyfile, browserNssStores, type FlatpakContext } from "../../src/host/certstores/browser-stores.js";
import { runChecks } from "../../src/core/runner.js";
import { certsChecks } from "../../src/checks/certs/index.js";
import type { CheckDefinition } from "../../src/core/types.js";
import type { BrowserDetection } from "../../src/host/browsers/types.js";
import { runOptions } from "../helpers/options.js";
import type { Pki } from "./helpers/pki.js";
import { browserHomes } from "./helpers/browser-homes.js";
import { makeNssDb } from "./helpers/nss.js";

/**
 * Issue 19.2: a flatpak browser's NSS store is where its sandbox puts it. The app's own
 * metadata and `flatpak override` files (real files in a temporary HOME and a temporary
 * FLATPAK_SYSTEM_DIR, flatpak(1)) decide: `filesystems=home|host|~/.pki` → the host's
 * ~/.pki/nssdb; `persistent=.pki` → ~/.var/app/<id>/.pki; neither (Flathub's Chrome:
 * flathub/com.google.Chrome com.google.Chrome.yaml has no home filesystem and no
 * --persist) → the app's XDG data folder. Real NSS databases made by certutil.
 */

const { pki: testPki, newHome } = browserHomes("gc-certs-flatpak-");
let pki: Pki;
beforeAll(() => {
  pki = testPki();
});

const CHROME = "com.google.Chrome";
const OPERA = "com.opera.Opera";
const chromeFlatpak: InstalledBrowser = { browser: "chrome", version: "150.0.7000.1", kind: "flatpak", source: `flatpak:${CHROME}` };
const operaFlatpak: InstalledBrowser = { browser: "opera", version: "105.0.4970.21", kind: "flatpak", source: `flatpak:${OPERA}` };

/** Flathub's Chrome metadata as `flatpak build-finish` writes it: no home, no persist. */
const CHROME_METADATA = `[Application]\nname=${CHROME}\nruntime=org.freedesktop.Platform/x86_64/25.08\ncommand=chrome\n\n[Context]\nshared=network;ipc;\nsockets=x11;wayland;pulseaudio;cups;pcsc;\ndevices=all;\nfilesystems=xdg-download;xdg-documents;host-etc;~/.config/dconf:ro;xdg-run/pipewire-0;\n`;
const OPERA_METADATA = `[Application]\nname=${OPERA}\n\n[Context]\nshared=network;ipc;\nfilesystems=xdg-download;\npersistent=.pki;\n`;

function layout(h: string, files: Record<string, string>) {
  for (const [rel, text] of Object.entries(files)) {
    const p = join(h, rel);
    mkdirSync(join(p, ".."), { recursive: true });
    writeFileSync(p, text);
  }
}

/** HOME is h; the system installation is h/sys (FLATPAK_SYSTEM_DIR), the user's the default ~/.local/share/flatpak. */
function hostFor(h: string) {
  const env: Record<string, string> = { ...process.env, HOME: h, FLATPAK_SYSTEM_DIR: join(h, "sys") } as Record<string, string>;
  for (const k of ["XDG_DATA_HOME", "XDG_CONFIG_HOME", "FLATPAK_USER_DIR", "CHROME_CONFIG_HOME"]) delete env[k];
  return createNodeHost({ offline: true, env });
}
const storeOf = async (h: string, b: InstalledBrowser) => (await browserNssStores(hostFor(h), [b]))[0]!.dir;

describe("the keyfile's [Context] lists", () => {
  it("grants, takes back with !, ignores :ro and other groups", () => {
    const ctx: FlatpakContext = { filesystems: new Set(), persistent: new Set() };
    applyFlatpakKeyfile("[Context]\nfilesystems=home;~/.pki:ro;\npersistent=.pki;\n[Session Bus Policy]\nfilesystems=host;\n", ctx);
    expect([...ctx.filesystems]).toEqual(["home", "~/.pki"]);
    applyFlatpakKeyfile("[Context]\nfilesystems=!home;\n", ctx);
    expect([...ctx.filesystems]).toEqual(["~/.pki"]);
    expect([...ctx.persistent]).toEqual([".pki"]);
  });
});

describe("19.2 where a flatpak browser's NSS store is", () => {
  it("Flathub's Chrome, no override: the app's XDG data folder, even with a leftover ~/.var/app/<id>/.pki", async () => {
    const h = newHome();
    layout(h, { [`sys/app/${CHROME}/current/active/metadata`]: CHROME_METADATA });
    mkdirSync(join(h, `.var/app/${CHROME}/.pki/nssdb`), { recursive: true });
    mkdirSync(join(h, ".pki/nssdb"), { recursive: true });
    expect(await storeOf(h, chromeFlatpak)).toBe(join(h, `.var/app/${CHROME}/data/pki/nssdb`));
  });

  it("a user override filesystems=home: the host's ~/.pki/nssdb", async () => {
    const h = newHome();
    layout(h, {
      [`sys/app/${CHROME}/current/active/metadata`]: CHROME_METADATA,
      [`.local/share/flatpak/overrides/${CHROME}`]: "[Context]\nfilesystems=home;\n",
    });
    mkdirSync(join(h, ".pki/nssdb"), { recursive: true });
    expect(await storeOf(h, chromeFlatpak)).toBe(join(h, ".pki/nssdb"));
  });

  it("a system-wide global override filesystems=~/.pki:ro: the host's store", async () => {
    const h = newHome();
    layout(h, {
      [`sys/app/${CHROME}/current/active/metadata`]: CHROME_METADATA,
      "sys/overrides/global": "[Context]\nfilesystems=~/.pki:ro;\n",
    });
    mkdirSync(join(h, ".pki/nssdb"), { recursive: true });
    expect(await storeOf(h, chromeFlatpak)).toBe(join(h, ".pki/nssdb"));
  });

  it("host granted by the system override, taken back by the user's (!host): the app's own folder", async () => {
    const h = newHome();
    layout(h, {
      [`sys/app/${CHROME}/current/active/metadata`]: CHROME_METADATA,
      [`sys/overrides/${CHROME}`]: "[Context]\nfilesystems=host;\n",
      [`.local/share/flatpak/overrides/${CHROME}`]: "[Context]\nfilesystems=!host;\n",
    });
    mkdirSync(join(h, ".pki/nssdb"), { recursive: true });
    expect(await storeOf(h, chromeFlatpak)).toBe(join(h, `.var/app/${CHROME}/data/pki/nssdb`));
  });

  it("Opera's metadata persistent=.pki (a user installation): ~/.var/app/<id>/.pki/nssdb", async () => {
    const h = newHome();
    layout(h, { [`.local/share/flatpak/app/${OPERA}/current/active/metadata`]: OPERA_METADATA });
    mkdirSync(join(h, `.var/app/${OPERA}/.pki/nssdb`), { recursive: true });
    expect(await storeOf(h, operaFlatpak)).toBe(join(h, `.var/app/${OPERA}/.pki/nssdb`));
  });

  it("a persist override beside home access: the home wins (persist acts only without it)", async () => {
    const h = newHome();
    layout(h, {
      [`sys/app/${OPERA}/current/active/metadata`]: OPERA_METADATA,
      [`.local/share/flatpak/overrides/${OPERA}`]: "[Context]\nfilesystems=home;\n",
    });
    mkdirSync(join(h, ".pki/nssdb"), { recursive: true });
    mkdirSync(join(h, `.var/app/${OPERA}/.pki/nssdb`), { recursive: true });
    expect(await storeOf(h, operaFlatpak)).toBe(join(h, ".pki/nssdb"));
  });

  it("hostile files: an override that is a FIFO or too big is not read, and nothing hangs", async () => {
    const h = newHome();
    layout(h, {
      [`sys/app/${CHROME}/current/active/metadata`]: CHROME_METADATA,
      "sys/overrides/global": "[Context]\nfilesystems=home;\n" + "#".repeat(200 * 1024),
    });
    mkdirSync(join(h, ".local/share/flatpak/overrides"), { recursive: true });
    execFileSync("mkfifo", [join(h, `.local/share/flatpak/overrides/${CHROME}`)]);
    mkdirSync(join(h, ".pki/nssdb"), { recursive: true });
    expect(await storeOf(h, chromeFlatpak)).toBe(join(h, `.var/app/${CHROME}/data/pki/nssdb`));
  }, 10_000);
});

describe("19.2 the verdict follows the store the sandbox really uses", () => {
  function installed(found: InstalledBrowser[]): CheckDefinition<BrowserDetection> {
    return {
      id: "browser.installed",
      group: "browser",
      covers: [],
      title: "browser.installed.title",
      codes: { FOUND: { status: "pass" } },
      run: async () => ({ code: "FOUND", message: { key: "browser.installed.title" }, output: { found, problems: [] } }),
    };
  }
  const ALL = () => [
    { file: pki.root, nick: "AZ Root Authority (RCA)", trust: "C,," },
    { file: pki.pca, nick: "AZ Policy Authority (PCA)", trust: ",," },
    { file: pki.ica, nick: "AZ E-Government Authority (ICA)", trust: ",," },
  ];

  it("Chrome flatpak with filesystems=home reads the host's complete store: every CA check passes; without the override it lacks the root", async () => {
    const h = newHome();
    makeNssDb(join(h, ".pki/nssdb"), ALL());
    layout(h, { [`sys/app/${CHROME}/current/active/metadata`]: CHROME_METADATA });
    const run = async () => {
      const results = await runChecks([installed([chromeFlatpak]) as CheckDefinition, ...certsChecks], {
        host: hostFor(h),
        options: runOptions({ timeoutMs: 10_000, certFiles: [pki.users.good] }),
      });
      return new Map(results.map((r) => [r.id, r]));
    };
    const before = await run();
    expect(before.get("certs.root-installed")!.code).toBe("ROOT_NOT_INSTALLED");
    layout(h, { [`.local/share/flatpak/overrides/${CHROME}`]: "[Context]\nfilesystems=home;\n" });
    const after = await run();
    for (const id of ["certs.root-installed", "certs.root-trusted", "certs.intermediates", "certs.user-chain"])
      expect(after.get(id)!.status, id).toBe("pass");
  }, 60_000);
});
