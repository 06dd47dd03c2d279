import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CommandContext } from "../../src/commands/command.js";
import type { InstalledBrowser } from "../../src/host/browsers/types.js";
import { createNodeHost } from "../../src/host/node-host.js";
import { nssTargetProblem } from "../../src/host/certstores/import.js";
import { runFix } from "../../src/certs/fix.js";
import { runOptions } from "../helpers/options.js";
import { tempDir } from "../helpers/tmp.js";
import { makePki, type Pki } from "./helpers/pki.js";
import { CHROME_TRUST, makeChromeOwnStore, makeNssDb } from "./helpers/nss.js";

/**
 * Issue 18.4: `certs --fix` writes only into NSS databases, never into a browser's own
 * store. Chromium's own store here is a real `<profile>/ServerCertificate` made by
 * sqlite3 with Chrome's schema; the NSS databases are real certutil ones. The question
 * goes through the prompt seam (host.prompt), which also changes the disk while the
 * question is open, as a citizen's browser could.
 */

const dir = tempDir("gc-fix-targets-");
let pki: Pki;
let homes = 0;
beforeAll(() => {
  const c = "http://127.0.0.1:9";
  pki = makePki(join(dir, "pki"), { ocsp: c, crl: c + "/c.crl", caIssuers: c + "/i.cer", closed: c, rogueOcsp: c, hanging: c });
}, 60_000);

const chromiumDeb: InstalledBrowser = { browser: "chromium", version: "150.0.7000.1", kind: "package", source: "/usr/bin/chromium" };
const ownStore = (h: string) => join(h, ".config", "chromium", "Default", "ServerCertificate");
const nssdb = (h: string) => join(h, ".pki", "nssdb");
const list = (db: string) => execFileSync("certutil", ["-L", "-d", `sql:${db}`]).toString();

function newHome(): string {
  const h = join(dir, `home${++homes}`);
  mkdirSync(h, { recursive: true });
  makeNssDb(nssdb(h), [{ file: pki.pca, nick: "AZ Policy Authority (PCA)", trust: ",," }]);
  // Chromium's own store holds the PCA only: the root and the ICA are missing everywhere.
  makeChromeOwnStore(ownStore(h), [{ pem: pki.pca, trust: CHROME_TRUST.unspecified }]);
  return h;
}

function context(home: string, answer: () => string): { ctx: CommandContext; err: string[]; asked: string[] } {
  const env: Record<string, string> = { ...process.env, HOME: home } as Record<string, string>;
  for (const k of ["XDG_DATA_HOME", "XDG_CONFIG_HOME", "CHROME_CONFIG_HOME"]) delete env[k];
  const real = createNodeHost({ offline: true, env });
  const err: string[] = [];
  const asked: string[] = [];
  const ctx: CommandContext = {
    host: {
      ...real,
      platform: { ...real.platform, homedir: home },
      prompt: { ask: async (q) => (asked.push(q), answer()), askHidden: async () => "", close: () => undefined },
    },
    options: runOptions({ caFiles: [pki.bundle], fix: true, lang: "en", verbose: true }),
    json: false,
    io: { stdout: () => undefined, stderr: (s) => err.push(s), isTTY: true, env: {} },
    installedBrowsers: [chromiumDeb],
  };
  return { ctx, err, asked };
}

describe("certs --fix with Chrome's own store present", () => {
  it("installs into the NSS database only; the ServerCertificate file is left as it was", async () => {
    const h = newHome();
    const before = readFileSync(ownStore(h));
    const { ctx, err, asked } = context(h, () => "y");
    await runFix(ctx);
    const text = err.join("");
    expect(asked).toHaveLength(1);
    expect(text).not.toMatch(/Could not install|not a folder|ENOTDIR/);
    expect(text).toContain("Installed AZ Root Authority (RCA)");
    expect(list(nssdb(h))).toMatch(/AZ Root Authority \(RCA\)\s+C,,/);
    expect(lstatSync(ownStore(h)).isFile()).toBe(true);
    expect(readFileSync(ownStore(h)).equals(before)).toBe(true);
  });

  it("the own store disappearing while the question is open does not make it a target: no folder appears in its place", async () => {
    const h = newHome();
    const { ctx, err } = context(h, () => {
      rmSync(ownStore(h));
      return "y";
    });
    await runFix(ctx);
    expect(existsSync(ownStore(h))).toBe(false);
    expect(err.join("")).not.toMatch(/Could not install/);
    expect(list(nssdb(h))).toMatch(/AZ Root Authority \(RCA\)\s+C,,/);
  });

  it("an NSS database replaced by a file while the question is open: checked again before writing, nothing written, said so", async () => {
    const h = newHome();
    const { ctx, err } = context(h, () => {
      rmSync(nssdb(h), { recursive: true });
      writeFileSync(nssdb(h), "not a database");
      return "y";
    });
    await runFix(ctx);
    const text = err.join("");
    expect(text).toContain("Could not install AZ Root Authority (RCA)");
    expect(text).toContain("is not the certificate store of Chrome and Opera");
    expect(readFileSync(nssdb(h), "utf8")).toBe("not a database");
    expect(existsSync(ownStore(h))).toBe(true);
  });
});

describe("nssTargetProblem: what --fix may write to", () => {
  const host = createNodeHost({ offline: true });
  it("an NSS database, or a documented NSS folder not made yet: yes", async () => {
    const h = join(dir, "targets");
    makeNssDb(join(h, "some", "db"), []);
    expect(await nssTargetProblem(host, join(h, "some", "db"))).toBeUndefined();
    expect(await nssTargetProblem(host, join(h, "fresh", ".pki", "nssdb"))).toBeUndefined();
    expect(await nssTargetProblem(host, join(h, "fresh", ".local", "share", "pki", "nssdb"))).toBeUndefined();
  });

  it("a browser's own store (present or gone), a file, a folder with no cert9.db: no", async () => {
    const h = join(dir, "targets2");
    makeChromeOwnStore(join(h, "Default", "ServerCertificate"), []);
    mkdirSync(join(h, "empty"));
    expect(await nssTargetProblem(host, join(h, "Default", "ServerCertificate"))).toBe("not-nss-db");
    expect(await nssTargetProblem(host, join(h, "Default", "Gone", "ServerCertificate"))).toBe("not-nss-db");
    expect(await nssTargetProblem(host, join(h, "empty"))).toBe("not-nss-db");
    mkdirSync(join(h, "odd"));
    mkdirSync(join(h, "odd", "cert9.db"));
    expect(await nssTargetProblem(host, join(h, "odd"))).toBe("not-nss-db");
  });
});
