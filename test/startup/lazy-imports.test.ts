import { spawnSync } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, REPO_ROOT } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

const dir = tempDir("gc-trace-");
/**
 * The heavy libraries, by the names of the bundle's chunks that hold them
 * (scripts/build.mjs), and the native add-ons, loaded from node_modules.
 */
const HEAVY = ["/dist/vendor-x509-", "/dist/vendor-fetch-", "/dist/vendor-ora-", "pkcs11js", "koffi"];
const CATALOGUE = /\/dist\/catalog-(az|en|ru)-/;

/** Runs the CLI and returns every module URL it resolved. */
function traced(args: string[], name: string, env: Record<string, string | undefined> = {}): string[] {
  const file = join(dir, `${name}.txt`);
  const r = spawnSync(process.execPath, ["--import", join(REPO_ROOT, "test/helpers/trace-imports.mjs"), BIN, ...args], {
    env: { ...process.env, GC_TRACE_FILE: file, NO_COLOR: "1", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  expect(r.status, r.stderr).toBe(0);
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : [];
}

describe("start-up stays light", () => {
  it("--version loads neither the CLI nor any dependency", () => {
    const urls = traced(["--version"], "version");
    expect(urls.filter((u) => u.includes("/dist/") || u.includes("node_modules"))).toEqual([]);
  });

  it.each([["--help"], ["list"], ["list", "--json"], ["explain", "CHECK_TIMEOUT"], ["--help", "--lang", "az"]])(
    "%j loads no heavy library",
    (...args) => {
      const urls = traced(args, args.join("_").replace(/\W/g, ""));
      // The trace works: the CLI itself was resolved.
      expect(urls.some((u) => u.endsWith("/dist/cli.js"))).toBe(true);
      expect(urls.filter((u) => HEAVY.some((h) => u.includes(h)))).toEqual([]);
    },
  );

  it.each([
    ["az", ["--help", "--lang", "az"]],
    ["ru", ["list", "--lang", "ru"]],
    ["en", ["explain", "CHECK_TIMEOUT", "--lang", "en"]],
  ])("loads the %s catalogue and no other", (lang, args) => {
    const urls = traced(args, `cat_${args.join("_").replace(/\W/g, "")}`);
    const loaded = urls.map((u) => CATALOGUE.exec(u)?.[1]).filter(Boolean);
    expect([...new Set(loaded)]).toEqual([lang]);
  });

  it("an English run the locale chose loads az and ru too, for the line that says how to switch", () => {
    const urls = traced(["explain", "CHECK_TIMEOUT"], "cat_locale_en", { LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "", LANGUAGE: "" });
    const loaded = new Set(urls.map((u) => CATALOGUE.exec(u)?.[1]).filter(Boolean));
    expect([...loaded].sort()).toEqual(["az", "en", "ru"]);
  });
});
