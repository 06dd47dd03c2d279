import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/cli.js";

/**
 * A clone anywhere else, with nothing beside it, builds and passes its tests: nothing the
 * project tracks may reach for the reference shelf that sits beside the development checkout.
 * (The pattern is assembled so that this file does not match itself.)
 */
const SHELF = new RegExp(["\\.\\./", "shared", "|", "\\bshared/(docs|mission|data|hooks)\\b"].join(""));

describe("the repository stands alone", () => {
  const tracked = execFileSync(
    "git",
    ["ls-files", "src", "test", "scripts", "README.md", ".ci", "docs", "package.json", "vitest.config.ts"],
    {
      cwd: REPO_ROOT,
      encoding: "utf8",
    },
  )
    .split("\n")
    .filter(Boolean);

  it("tracks the files it was built from", () => {
    for (const f of [
      "docs/cli-contract.md",
      "docs/checklist.md",
      "docs/notice-guzestli-menzil.az.txt",
      "docs/terms.md",
      "docs/browser-facts.md",
      "data/ccid-readers.tsv",
    ]) {
      expect(readFileSync(join(REPO_ROOT, f), "utf8").length, f).toBeGreaterThan(500);
    }
  });

  it("refers to nothing outside the repository", () => {
    expect(tracked.length).toBeGreaterThan(100);
    const offenders = tracked.filter((f) => SHELF.test(readFileSync(join(REPO_ROOT, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
