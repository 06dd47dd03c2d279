import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_CHECKS, selectChecks } from "../../src/checks/registry.js";
import { CHECKLIST_IDS } from "../../src/core/checklist.js";
import { GROUPS, STATUSES } from "../../src/core/types.js";
import { ENGINE_CODES } from "../../src/core/engine-codes.js";
import { REPO_ROOT } from "../helpers/cli.js";

const CHECKLIST_FILE = join(REPO_ROOT, "docs/checklist.md");

describe("the check registry", () => {
  it("has unique ids named <group>.<name>", () => {
    const ids = ALL_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of ALL_CHECKS) expect(c.id.startsWith(`${c.group}.`), c.id).toBe(true);
  });

  it("covers only checklist ids, and depends only on registered checks", () => {
    const ids = new Set(ALL_CHECKS.map((c) => c.id));
    for (const c of ALL_CHECKS) {
      for (const id of c.covers) expect(CHECKLIST_IDS, c.id).toContain(id);
      for (const d of [...(c.dependsOn ?? []), ...(c.uses ?? [])]) expect(ids.has(d), `${c.id} -> ${d}`).toBe(true);
    }
  });

  it("declares codes with valid statuses, none clashing with the engine's own", () => {
    for (const c of ALL_CHECKS) {
      expect(Object.keys(c.codes).length, c.id).toBeGreaterThan(0);
      for (const [code, spec] of Object.entries(c.codes)) {
        expect(code, c.id).toMatch(/^[A-Z][A-Z0-9_]+$/);
        expect(STATUSES, `${c.id} ${code}`).toContain(spec.status);
        expect(Object.keys(ENGINE_CODES), `${c.id} redeclares ${code}`).not.toContain(code);
      }
    }
  });

  it("selects a group's checks plus what they hard-depend on, in group order", () => {
    for (const g of GROUPS) {
      const chosen = selectChecks([g]);
      const ids = new Set(chosen.map((c) => c.id));
      for (const c of chosen) for (const d of c.dependsOn ?? []) expect(ids.has(d)).toBe(true);
      const ranks = chosen.map((c) => GROUPS.indexOf(c.group));
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    }
  });

  it("knows exactly the ids of docs/checklist.md", () => {
    const text = readFileSync(CHECKLIST_FILE, "utf8");
    const fromFile = [...text.matchAll(/^\|\s*([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\s*\|/gm)].map((m) => m[1]);
    expect([...fromFile].sort()).toEqual([...CHECKLIST_IDS].sort());
  });
});
