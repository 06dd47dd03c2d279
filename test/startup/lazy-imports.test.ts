import { spawnSync } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, REPO_ROOT } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

const dir = tempDir("gc-trace-");
const HEAVY = ["@peculiar/x509", "@peculiar/asn1", "reflect-metadata", "pkcs11js", "/ora/", "node-fetch"];

/** Runs the CLI and returns every module URL it resolved. */
function traced(args: string[], name: string): string[] {
  const file = join(dir, `${name}.txt`);
  const r = spawnSync(process.execPath, ["--import", join(REPO_ROOT, "test/helpers/trace-imports.mjs"), BIN, ...args], {
    env: { ...process.env, GC_TRACE_FILE: file, NO_COLOR: "1" },
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

  it.each([["--help"], ["list"], ["list", "--json"], ["explain", "CHECK_TIMEOUT"]])("%j loads no heavy library", (...args) => {
    const urls = traced(args, args.join("_").replace(/\W/g, ""));
    // The trace works: the CLI itself was resolved.
    expect(urls.some((u) => u.endsWith("/dist/cli.js"))).toBe(true);
    expect(urls.filter((u) => HEAVY.some((h) => u.includes(h)))).toEqual([]);
  });
});
