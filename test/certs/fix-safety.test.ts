import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { CommandContext } from "../../src/commands/command.js";
import { createNodeHost } from "../../src/host/node-host.js";
import { runFix } from "../../src/certs/fix.js";
import { certInfo } from "../../src/certs/cert-info.js";
import { runOptions } from "../helpers/options.js";
import { BIN, REPO_ROOT, runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";
import { makeNssHome } from "./helpers/nss.js";
import { bundleOf, makeNamedPki, type NamedPki } from "./helpers/named-pki.js";

/**
 * Issue 11 point 3: `certs --fix` installs only a verified official hierarchy into a
 * real NSS database, shows each certificate's SHA-256 before asking, and a store it
 * cannot write is one "could not install" line, never a lost report.
 */

const dir = tempDir("gc-fix-safety-");
let p: NamedPki;
beforeAll(() => {
  p = makeNamedPki(join(dir, "pki"), {
    root: "AZ Root Authority(RCA)",
    pca: "AZ Policy Authority(PCA)",
    ica: "AZ E-Government Authority(ICA)",
  });
}, 60_000);

let n = 0;
function newHome(withDb: boolean): string {
  const h = join(dir, `home${++n}`);
  mkdirSync(h);
  if (withDb) makeNssHome(h, []);
  return h;
}
const nssList = (h: string) => execFileSync("certutil", ["-L", "-d", `sql:${join(h, ".pki", "nssdb")}`]).toString();
const sha256Of = async (file: string) => {
  const pem = execFileSync("openssl", ["x509", "-in", file, "-outform", "DER"]);
  return (await certInfo(new Uint8Array(pem))).sha256;
};
const colons = (hex: string) => hex.toUpperCase().match(/../g)!.join(":");

function context(home: string, caFiles: string[], answer = "y"): { ctx: CommandContext; err: string[]; asked: string[] } {
  const real = createNodeHost({ offline: true });
  const err: string[] = [];
  const asked: string[] = [];
  const ctx: CommandContext = {
    host: {
      ...real,
      env: { ...process.env, HOME: home },
      platform: { ...real.platform, homedir: home },
      prompt: { ask: async (q: string) => (asked.push(q), answer), askHidden: async () => "", close: () => undefined },
    },
    options: runOptions({ caFiles, fix: true, lang: "en" }),
    json: false,
    io: { stdout: () => undefined, stderr: (t) => err.push(t), isTTY: true, env: {} },
  };
  return { ctx, err, asked };
}

describe("certs --fix installs only the verified official hierarchy", () => {
  it("lists each certificate with its SHA-256 before asking, then installs under the names the file gives", async () => {
    const h = newHome(true);
    const { ctx, err, asked } = context(h, [p.bundle]);
    await runFix(ctx);
    const text = err.join("");
    expect(asked).toHaveLength(1);
    for (const f of [p.root, p.pca, p.ica]) expect(text).toContain(colons(await sha256Of(f)));
    expect(text).toMatch(/AZ Root Authority\(RCA\) \(root certificate, will be trusted\): SHA-256 [0-9A-F:]{95}/);
    const list = nssList(h);
    expect(list).toMatch(/AZ Root Authority\(RCA\)\s+C,,/);
    expect(list).toMatch(/AZ Policy Authority\(PCA\)\s+,,/);
  });

  it("refuses a root that does not declare keyCertSign, and the intermediates hanging from it; writes nothing", async () => {
    const h = newHome(true);
    const before = nssList(h);
    const file = bundleOf(dir, "noku.pem", [p.rootNoKeyUsage, p.pca, p.ica]);
    const { ctx, err, asked } = context(h, [file]);
    await runFix(ctx);
    const text = err.join("");
    expect(asked).toEqual([]);
    expect(text).toContain("will not install AZ Root Authority(RCA)");
    expect(text).toContain("keyCertSign");
    expect(text).toContain("will not install AZ Policy Authority(PCA)");
    expect(nssList(h)).toBe(before);
  });

  for (const c of [
    { state: "a CA:false certificate with the root's name", files: () => [p.notCaRoot, p.pca, p.ica], reason: /not a CA certificate/ },
    {
      state: "a foreign self-signed root placed before the real chain",
      files: () => [p.foreignRoot, p.root, p.pca, p.ica],
      reason: /two self-signed root certificates/,
    },
    {
      state: "two certificates with one name and different keys",
      files: () => [p.root, p.pca, p.ica, p.otherIca],
      reason: /two different certificates are named AZ E-Government Authority\(ICA\)/,
    },
  ]) {
    it(`refuses ${c.state}: exit 64 with the reason, nothing written, nothing trusted`, async () => {
      const h = newHome(true);
      const before = nssList(h);
      const file = bundleOf(dir, `bad-${++n}.pem`, c.files());
      const r = await runCli(["certs", "--json", "--offline", "--lang", "en", "--ca", file, "--fix", "--yes"], { env: { HOME: h } });
      expect(r.code).toBe(64);
      expect(r.stderr).toMatch(c.reason);
      expect(nssList(h)).toBe(before);
      // Called without the CLI's check first, --fix refuses the same files by itself.
      const { ctx, err } = context(h, [file]);
      await runFix(ctx);
      expect(err.join("")).toMatch(/the --ca files were refused/);
      expect(nssList(h)).toBe(before);
    });
  }
});

describe("certs --fix when the store cannot be written", () => {
  it("creates nothing under a HOME that does not exist, says it could not install, and still prints the JSON", async () => {
    const h = join(dir, "no-such-home");
    const r = await runCli(["certs", "--json", "--offline", "--lang", "en", "--ca", p.bundle, "--fix", "--yes", "--verbose"], {
      env: { HOME: h },
    });
    expect(JSON.parse(r.stdout).checks.length).toBeGreaterThan(0);
    // The citizen's line says it could not; the reason is for the IT helper (--verbose).
    expect(r.stderr).toMatch(/Could not install AZ Root Authority\(RCA\) into /);
    expect(r.stderr).toMatch(/the home folder .*no-such-home does not exist/);
    expect(existsSync(h)).toBe(false);
  });

  it('without certutil: one "could not install" line per certificate, and the JSON', async () => {
    const h = newHome(false);
    const r = await runCli(["certs", "--json", "--offline", "--lang", "en", "--ca", p.bundle, "--fix", "--yes", "--verbose"], {
      env: { HOME: h, PATH: join(dir, "empty-bin") },
    });
    expect(JSON.parse(r.stdout).checks.length).toBeGreaterThan(0);
    const lines = r.stderr.split("\n");
    const failed = lines.flatMap((l, i) => (l.startsWith("Could not install") ? [lines[i + 1] ?? ""] : []));
    expect(failed).toHaveLength(3);
    // Each "could not install" line is followed by its reason under --verbose.
    for (const reason of failed) expect(reason).toContain("certutil is not installed");
  });

  it("a store the user may not write (EACCES): could not install, the JSON still printed, nothing half-made", async () => {
    // Root may write anywhere: the CLI runs as "nobody" against a HOME it can read but not write.
    const h = newHome(false);
    // mkdtemp makes the test folder 0700; "nobody" needs to pass through it (and only it).
    chmodSync(dir, 0o755);
    chmodSync(h, 0o755);
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(
        "setpriv",
        [
          "--reuid=65534",
          "--regid=65534",
          "--clear-groups",
          "--",
          process.execPath,
          BIN,
          "certs",
          "--json",
          "--offline",
          "--lang",
          "en",
          "--ca",
          p.bundle,
          "--fix",
          "--yes",
          "--verbose",
        ],
        {
          cwd: REPO_ROOT,
          env: { ...process.env, HOME: h, NO_COLOR: "1" },
        },
      );
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (b) => (stdout += b));
      child.stderr.on("data", (b) => (stderr += b));
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
    expect(JSON.parse(r.stdout).checks.length, r.stderr).toBeGreaterThan(0);
    const all = r.stderr.split("\n");
    const reasons = all.flatMap((l, i) => (l.startsWith("Could not install") ? [all[i + 1] ?? ""] : []));
    expect(reasons.length, r.stderr).toBe(3);
    expect(reasons[0]).toMatch(/no permission to write/);
    expect(readdirSync(h)).toEqual([]);
  });
});
