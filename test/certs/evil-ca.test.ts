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
let evil: NamedPki;
beforeAll(() => {
  evil = makeNamedPki(join(dir, "evil"), { root: "Evil Root", pca: "AZ Policy Authority (PCA)", ica: "AZ E-Government Authority (ICA)" });
}, 120_000);

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
    const real = createNodeHost({ offline: true });
    const asked: string[] = [];
    const err: string[] = [];
    const ctx: CommandContext = {
      host: {
        ...real,
        env: { ...process.env, HOME: h },
        platform: { ...real.platform, homedir: h },
        prompt: { ask: async (q) => (asked.push(q), "y"), askHidden: async () => "", close: () => undefined },
      },
      options: runOptions({ caFiles: [evil.bundle], fix: true, lang: "en" }),
      json: false,
      io: { stdout: () => undefined, stderr: (s) => err.push(s), isTTY: true, env: {} },
    };
    await runFix(ctx);
    expect(asked).toEqual([]);
    expect(err.join("")).toContain(`this file's root is "Evil Root", not the AZ Root Authority (RCA)`);
    expect(list(h)).toBe(before);
  });
});
