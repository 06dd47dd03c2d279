import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { CommandContext } from "../../src/commands/command.js";
import { createNodeHost } from "../../src/host/node-host.js";
import { runFix } from "../../src/certs/fix.js";
import { runOptions } from "../helpers/options.js";
import { tempDir } from "../helpers/tmp.js";
import { makePki, type Pki } from "./helpers/pki.js";
import { makeNssHome } from "./helpers/nss.js";

/** `certs --fix` asks on the terminal (ctx.host.prompt) before writing to a real NSS database. */

const dir = tempDir("gc-certs-fix-");
let pki: Pki;
beforeAll(() => {
  const c = "http://127.0.0.1:9";
  pki = makePki(join(dir, "pki"), { ocsp: c, crl: c + "/c.crl", caIssuers: c + "/i.cer", closed: c, rogueOcsp: c, hanging: c });
}, 60_000);

function context(home: string, answer: string, asked: string[], lang: "az" | "en" | "ru" = "en"): { ctx: CommandContext; err: string[] } {
  const real = createNodeHost({ offline: true });
  const err: string[] = [];
  const host = {
    ...real,
    env: { ...process.env, HOME: home },
    platform: { ...real.platform, homedir: home },
    prompt: {
      ask: async (q: string) => {
        asked.push(q);
        return answer;
      },
      askHidden: async () => {
        throw new Error("no secret is ever asked by certs --fix");
      },
      close: () => undefined,
    },
  };
  const ctx: CommandContext = {
    host,
    options: runOptions({ caFiles: [pki.bundle], fix: true, lang }),
    json: false,
    io: { stdout: () => undefined, stderr: (t) => err.push(t), isTTY: true, env: {} },
  };
  return { ctx, err };
}

const list = (home: string) => execFileSync("certutil", ["-L", "-d", `sql:${join(home, ".pki", "nssdb")}`]).toString();

describe("certs --fix on a terminal", () => {
  it('asks first; "n" writes nothing', async () => {
    const home = join(dir, "no");
    mkdirSync(home);
    makeNssHome(home, [{ file: pki.pca, nick: "AZ Policy Authority (PCA)", trust: ",," }]);
    const before = list(home);
    const asked: string[] = [];
    const { ctx, err } = context(home, "n", asked);
    await runFix(ctx);
    expect(asked).toEqual(["Install these certificates now? [y = yes / n = no / Enter = no] "]);
    expect(err.join("")).toContain("AZ Root Authority (RCA), AZ E-Government Authority (ICA)");
    expect(err.join("")).toContain("nothing was written");
    expect(list(home)).toBe(before);
  });

  it('asks first; "h" (hə) installs the root with the C flag and the ICA without trust', async () => {
    const home = join(dir, "yes");
    mkdirSync(home);
    makeNssHome(home, [{ file: pki.pca, nick: "AZ Policy Authority (PCA)", trust: ",," }]);
    const asked: string[] = [];
    const { ctx } = context(home, "h", asked, "az");
    await runFix(ctx);
    expect(asked).toHaveLength(1);
    const after = list(home);
    expect(after).toMatch(/AZ Root Authority \(RCA\)\s+C,,/);
    expect(after).toMatch(/AZ E-Government Authority \(ICA\)\s+,,/);
  });

  it("has nothing to ask when every official certificate is already in place", async () => {
    const home = join(dir, "done");
    mkdirSync(home);
    makeNssHome(home, [
      { file: pki.root, nick: "r", trust: "C,," },
      { file: pki.pca, nick: "p", trust: ",," },
      { file: pki.ica, nick: "i", trust: ",," },
    ]);
    const asked: string[] = [];
    const { ctx, err } = context(home, "y", asked);
    await runFix(ctx);
    expect(asked).toEqual([]);
    expect(err.join("")).toContain("nothing to install");
  });
});
