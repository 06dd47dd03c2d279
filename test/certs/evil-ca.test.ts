import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { CommandContext } from "../../src/commands/command.js";
import { createNodeHost } from "../../src/host/node-host.js";
import { runFix } from "../../src/certs/fix.js";
import { runOptions } from "../helpers/options.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";
import { makeNssHome } from "./helpers/nss.js";
import { makeNamedPki, type NamedPki } from "./helpers/named-pki.js";

/**
 * Issue 18.5: any self-signed CA has the shape of the official hierarchy. A real openssl
 * chain whose root is "Evil Root" (the PCA and ICA below it carry the official names),
 * "Evil Root" installed and trusted in a real NSS database: `certs --ca` names the file's
 * root for what it is and `--fix` installs nothing.
 */

const dir = tempDir("gc-evil-ca-");
// Issue 18.6: a CN that, printed raw, returns to the line start, erases it and shows the official name.
const ESCAPED_ROOT = "Evil Root\r\x1b[2KAZ Root Authority (RCA)";
const ESCAPED_PCA = "Evil PCA\r\x1b[2KAZ Policy Authority (PCA)";
const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
let evil: NamedPki;
let escapedRoot: NamedPki;
let escapedPca: NamedPki;
beforeAll(() => {
  evil = makeNamedPki(join(dir, "evil"), { root: "Evil Root", pca: "AZ Policy Authority (PCA)", ica: "AZ E-Government Authority (ICA)" });
  escapedRoot = makeNamedPki(join(dir, "escaped-root"), {
    root: ESCAPED_ROOT,
    pca: "AZ Policy Authority (PCA)",
    ica: "AZ E-Government Authority (ICA)",
  });
  escapedPca = makeNamedPki(join(dir, "escaped-pca"), {
    root: "AZ Root Authority (RCA)",
    pca: ESCAPED_PCA,
    ica: "AZ E-Government Authority (ICA)",
  });
  // The escapes really are in the certificates (openssl shows them escaped).
  expect(execFileSync("openssl", ["x509", "-in", escapedRoot.root, "-noout", "-subject", "-nameopt", "RFC2253"]).toString()).toContain(
    "Evil Root\\0D\\1B[2KAZ",
  );
}, 180_000);

function context(home: string, caFiles: string[], asked: string[], err: string[]): CommandContext {
  const real = createNodeHost({ offline: true });
  return {
    host: {
      ...real,
      env: { ...process.env, HOME: home },
      platform: { ...real.platform, homedir: home },
      prompt: { ask: async (q) => (asked.push(q), "n"), askHidden: async () => "", close: () => undefined },
    },
    options: runOptions({ caFiles, fix: true, lang: "en" }),
    json: false,
    io: { stdout: () => undefined, stderr: (s) => err.push(s), isTTY: true, env: {} },
  };
}

function evilHome(name: string): string {
  const h = join(dir, name);
  mkdirSync(h, { recursive: true });
  makeNssHome(h, [{ file: evil.root, nick: "Evil Root", trust: "C,," }]);
  return h;
}
const list = (home: string) => execFileSync("certutil", ["-L", "-d", `sql:${join(home, ".pki", "nssdb")}`]).toString();

describe("a --ca file whose root is not the AZ root (issue 18.5)", () => {
  it("certs --ca evil.pem says what the file's root is, and never that the AZ root is installed", async () => {
    const h = evilHome("check");
    const r = await runCli(["certs", "--offline", "--lang", "en", "--ca", evil.bundle], { env: { HOME: h } });
    expect(r.code).toBe(64);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`this file's root is "Evil Root", not the AZ Root Authority (RCA)`);
    expect(r.stderr).not.toMatch(/matches the official certificate/);
    for (const lang of ["az", "ru"]) {
      const x = await runCli(["certs", "--json", "--offline", "--lang", lang, "--ca", evil.bundle], { env: { HOME: h } });
      expect(x.code).toBe(64);
      expect(x.stderr).toContain("Evil Root");
      expect(x.stderr).toContain("AZ Root Authority (RCA)");
    }
  });

  it("certs --fix --yes --ca evil.pem installs nothing", async () => {
    const h = evilHome("fix-cli");
    const before = list(h);
    const r = await runCli(["certs", "--fix", "--yes", "--offline", "--lang", "en", "--ca", evil.bundle], { env: { HOME: h } });
    expect(r.code).toBe(64);
    expect(r.stderr).toContain(`"Evil Root"`);
    expect(list(h)).toBe(before);
    expect(list(h)).not.toMatch(/AZ Policy Authority|AZ E-Government Authority/);
  });

  it("runFix called without the CLI's early refusal refuses too, before asking anything", async () => {
    const h = evilHome("fix-direct");
    const before = list(h);
    const asked: string[] = [];
    const err: string[] = [];
    await runFix(context(h, [evil.bundle], asked, err));
    expect(asked).toEqual([]);
    expect(err.join("")).toContain(`this file's root is "Evil Root", not the AZ Root Authority (RCA)`);
    expect(list(h)).toBe(before);
  });
});

describe("escapes in a certificate's name reach the terminal visible (issue 18.6)", () => {
  it("the consent prompt of --fix lists the name with its escapes shown, not obeyed", async () => {
    const h = join(dir, "consent");
    mkdirSync(h, { recursive: true });
    makeNssHome(h, []);
    const asked: string[] = [];
    const err: string[] = [];
    await runFix(context(h, [escapedPca.bundle], asked, err));
    expect(asked).toHaveLength(1);
    const text = err.join("") + asked.join("");
    expect(text).not.toMatch(RAW);
    expect(text).toContain("Evil PCA\\x0d\\x1b[2KAZ Policy Authority (PCA)");
    expect(text).toContain("nothing was written");
  });

  it("the refusal of a --ca root names it with its escapes shown, in every language", async () => {
    for (const lang of ["en", "az", "ru"]) {
      const r = await runCli(["certs", "--offline", "--lang", lang, "--ca", escapedRoot.bundle], { env: { HOME: join(dir, "nohome") } });
      expect(r.code).toBe(64);
      expect(r.stderr).not.toMatch(RAW);
      expect(r.stderr).toContain("Evil Root\\x0d\\x1b[2KAZ Root Authority (RCA)");
    }
  });
});
