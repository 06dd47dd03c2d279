import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { hasKey } from "../../src/i18n/catalog.js";
import { certsChecks } from "../../src/checks/certs/index.js";
import { checkEntries } from "../../src/explain/table.js";
import { REPO_ROOT } from "../helpers/cli.js";

const certsEntries = checkEntries(certsChecks);

const LANGS = ["az", "en", "ru"] as const;

/** Every catalogue key the certs code names, literal or built from a known set of parts. */
function keysUsed(): string[] {
  const dirs = ["src/checks/certs", "src/certs"];
  const keys = new Set<string>();
  for (const d of dirs) {
    for (const f of readdirSync(join(REPO_ROOT, d))) {
      const text = readFileSync(join(REPO_ROOT, d, f), "utf8");
      for (const m of text.matchAll(/"(certs\.[A-Za-z0-9_.+]+)"/g)) keys.add(m[1]!);
    }
  }
  const codes = ["CA_EXPIRED", "CA_EXPIRING", "CA_NOT_YET_VALID", "CA_EXPIRES_BEFORE_SALE", "CA_LEFTOVER"];
  for (const c of codes) keys.add(`certs.caValidity.${c}`);
  for (const os of ["windows", "mac", "linux"]) keys.add(`certs.remedy.${os}.trustRoot`);
  const methods = ["fingerprint", "chain", "subject+keyId", "subject", "nameVariant"];
  for (const m of methods) keys.add(`certs.rootInstalled.pass.${m}`);
  for (const t of ["linux", "other"]) keys.add(`certs.stores.remedy.tool.${t}`);
  for (const d of ["ahead", "behind"])
    for (const k of [`certs.clock.${d}`, `certs.clock.wrong.${d}`, `certs.clock.wrong.${d}.flips`]) keys.add(k);
  for (const u of ["day", "hour", "minute"]) for (const f of ["one", "other"]) keys.add(`certs.unit.${u}.${f}`);
  for (const m of methods) keys.add(`certs.intermediates.pass.${m}`);
  // Check ids look like keys ("certs.clock"); they are not catalogue keys.
  const ids = new Set(certsChecks.map((c) => c.id));
  return [...keys].filter((k) => !ids.has(k));
}

describe("certs catalogue and explain table", () => {
  it("has every key the certs code uses, in az, en and ru", () => {
    const missing = keysUsed().flatMap((k) => LANGS.filter((l) => !hasKey(l, k)).map((l) => `${l}:${k}`));
    expect(missing).toEqual([]);
  });

  it("explains every code a certs check declares, and nothing it does not", () => {
    const declared = new Set(certsChecks.flatMap((c) => Object.keys(c.codes)));
    const explained = new Set(certsEntries.map((e) => e.code));
    expect([...declared].filter((c) => !explained.has(c))).toEqual([]);
    expect([...explained].filter((c) => !declared.has(c))).toEqual([]);
    for (const e of certsEntries)
      for (const k of [e.meaning, ...e.remedy]) for (const l of LANGS) expect(hasKey(l, k), `${l}:${k}`).toBe(true);
  });

  it("puts 157 in the remedy of a revoked or expired certificate in every language", () => {
    for (const code of ["REVOKED", "CERT_EXPIRED"]) {
      const e = certsEntries.find((x) => x.code === code)!;
      expect(e.remedy).toContain("certs.remedy.call157");
    }
  });
});
