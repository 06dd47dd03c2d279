import { describe, expect, it } from "vitest";
import { ALL_CHECKS } from "../../src/checks/registry.js";
import { EXPLAIN_TABLE } from "../../src/explain/table.js";
import { findExplanation, foldText } from "../../src/explain/match.js";
import { CHECKLIST_IDS } from "../../src/core/checklist.js";
import { ENGINE_CODES } from "../../src/core/engine-codes.js";
import { hasKey } from "../../src/i18n/catalog.js";
import { LANGS } from "../../src/i18n/lang.js";
import { runCli } from "../helpers/cli.js";

const find = (q: string) => findExplanation(q, EXPLAIN_TABLE, ALL_CHECKS);
const codeOf = (q: string) => {
  const m = find(q);
  return m.kind === "code" || m.kind === "text" ? m.entry.code : m.kind;
};

describe("explain knows every code the tool emits", () => {
  const emitted = new Map<string, string>();
  for (const c of ALL_CHECKS) for (const code of Object.keys(c.codes)) if (!emitted.has(code)) emitted.set(code, c.id);
  for (const code of Object.keys(ENGINE_CODES)) if (!emitted.has(code)) emitted.set(code, "the runner");

  // One test per code, so that a missing entry names the code and the check that emits it.
  it.each([...emitted.entries()])("%s (from %s) has an entry whose keys exist in every language", (code, from) => {
    const entry = EXPLAIN_TABLE.find((e) => e.code === code);
    expect(
      entry,
      `no explain entry for ${code}, emitted by ${from}: declare it in the check's codes, with <group>.explain.<CODE> in the catalogues`,
    ).toBeDefined();
    for (const key of [entry!.meaning, ...entry!.remedy]) {
      for (const lang of LANGS) expect(hasKey(lang, key), `${code} (${from}): key "${key}" missing in ${lang}`).toBe(true);
    }
  });

  it("every entry of the table, the outside errors included, has its keys in every language", () => {
    const missing: string[] = [];
    for (const e of EXPLAIN_TABLE)
      for (const key of [e.meaning, ...e.remedy])
        for (const lang of LANGS) if (!hasKey(lang, key)) missing.push(`${e.code}: ${key} (${lang})`);
    expect(missing).toEqual([]);
  });
});

describe("matching what people type", () => {
  it("folds Azerbaijani letters typed as ASCII", () => {
    expect(foldText("Portala imza ilə giriş mümkün olmadı")).toBe(foldText("portala imza ile giris mumkun olmadi"));
    expect(foldText("XİDMƏT DAYANDIRILMIŞDIR")).toBe(foldText("xidmet dayandirilmisdir"));
    expect(foldText("Şəxsiyyət")).toBe(foldText("shexsiyyet"));
  });

  it.each([
    "Portala imza ilə giriş mümkün olmadı",
    "portala imza ile giris mumkun olmadi",
    "PORTALA IMZA ILE GIRIS MUMKUN OLMADI",
    '"Portala imza ilə giriş mümkün olmadı" səhvi çıxdı',
    "imza ile giris mumkun olmadi",
  ])("finds the portal's E-İmza login error from %j", (q) => {
    const m = find(q);
    expect(m.kind).toBe("text");
    if (m.kind === "text") expect(m.entry.texts?.some((t) => foldText(t) === foldText("Portala imza ilə giriş mümkün olmadı"))).toBe(true);
  });

  it.each(["Service suspended", "service  suspended!", "Xidmət dayandırılmışdır", "xidmet dayandirilmisdir"])(
    "finds 'Service suspended' from %j",
    (q) => {
      expect(codeOf(q)).toBe("SERVICE_SUSPENDED");
    },
  );

  it("finds PKCS#11 return values by name, in any case and spacing, and by their hex value", () => {
    expect(codeOf("CKR_PIN_INCORRECT")).toBe("CKR_PIN_INCORRECT");
    expect(codeOf("ckr_pin_locked")).toBe("CKR_PIN_LOCKED");
    expect(codeOf("CKR PIN EXPIRED")).toBe("CKR_PIN_EXPIRED");
    expect(codeOf("0x000000A0")).toBe("CKR_PIN_INCORRECT");
    expect(codeOf("0xa4")).toBe("CKR_PIN_LOCKED");
    expect(codeOf("0x000000E0UL")).toBe("CKR_TOKEN_NOT_PRESENT");
    expect(codeOf("0x32")).toBe("CKR_DEVICE_REMOVED");
    expect(codeOf("0x00000003")).toBe("CKR_SLOT_ID_INVALID");
  });

  it("finds browser certificate errors as Chrome prints them", () => {
    expect(codeOf("NET::ERR_CERT_DATE_INVALID")).toBe("ERR_CERT_DATE_INVALID");
    expect(codeOf("net::err_cert_authority_invalid")).toBe("ERR_CERT_AUTHORITY_INVALID");
    expect(codeOf("ERR_SSL_CLIENT_AUTH_CERT_NEEDED")).toBe("ERR_SSL_CLIENT_AUTH_CERT_NEEDED");
    expect(codeOf("ERR_BAD_SSL_CLIENT_AUTH_CERT")).toBe("ERR_BAD_SSL_CLIENT_AUTH_CERT");
    expect(codeOf("-202")).toBe("ERR_CERT_AUTHORITY_INVALID");
    // Chrome's page title is shared by every certificate error: it is not mistaken for one of them.
    expect(codeOf("Your connection is not private")).toBe("CONNECTION_NOT_PRIVATE");
  });

  it("finds a check by id and lists its codes", () => {
    const m = find("asan.phone");
    expect(m.kind).toBe("check");
    if (m.kind === "check") expect(m.entries.map((e) => e.code)).toContain("ASAN_PHONE_LISTED");
  });

  it("does not invent a match for unknown input", () => {
    for (const q of ["", "blah", "completely unrelated words here", "0xDEADBEEF", "-9999"]) expect(find(q).kind, q).toBe("none");
  });
});

describe("guzestli-check explain (built CLI)", () => {
  it("explains the portal message typed in ASCII: the cause and the fix", async () => {
    const r = await runCli(["explain", "portala imza ile giris mumkun olmadi", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/token/i);
    expect(r.stdout).toMatch(/signer|imzalayıcı/i);
    expect(r.stdout).toMatch(/close/i);
  });

  it("--json gives the entry", async () => {
    const r = await runCli(["explain", "CKR_PIN_LOCKED", "--json", "--lang", "az"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { found: boolean; code: string; meaning: string; remedy: string[]; source: string };
    expect(doc).toMatchObject({ found: true, code: "CKR_PIN_LOCKED" });
    expect(doc.remedy.join(" ")).toContain("157");
    expect(doc.source).toContain("0x000000A4");
  });

  it.each([
    [
      "en",
      "PORTAL_SIGNATURE_LOGIN_FAILED",
      /Source: the official "Güzəştli mənzil" notice "DİQQƏT EDİLMƏLİ MƏQAMLAR" on www\.e-gov\.az, section for E-İmza users, point 5/,
    ],
    ["az", "ROOT_NOT_INSTALLED", /Mənbə: www\.e-gov\.az portalında "Güzəştli mənzil" üzrə rəsmi "DİQQƏT EDİLMƏLİ MƏQAMLAR" bildirişi/],
    ["ru", "ASAN_PIN1_BLOCKED", /Источник: официальная памятка «Güzəştli mənzil» «DİQQƏT EDİLMƏLİ MƏQAMLAR»/],
  ])("cites the notice by its title in %s, never a repository path (%s)", async (lang, code, expected) => {
    const r = await runCli(["explain", code, "--lang", lang]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(expected);
    expect(r.stdout).not.toMatch(/shared\/|mission\/|CHECKLIST|\.txt|\.md/);
  });

  it("no entry cites a repository path as its source", async () => {
    const { EXPLAIN_TABLE } = await import("../../src/explain/table.js");
    for (const e of EXPLAIN_TABLE) if (typeof e.source === "string") expect(e.source).not.toMatch(/shared\/|mission\/|CHECKLIST|seed-/);
  });

  it("unknown input says so, points to 108 and 157, and exits 1", async () => {
    const r = await runCli(["explain", "something nobody has seen", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("has no information about");
    expect(r.stdout).toContain("108");
    expect(r.stdout).toContain("157");
  });
});

describe("coverage of the notice", () => {
  it("every checklist id is covered by at least one registered check or guide", () => {
    const uncovered = CHECKLIST_IDS.filter((id) => !ALL_CHECKS.some((c) => c.covers.includes(id)));
    expect(uncovered, `checklist ids no check covers: ${uncovered.join(", ")}`).toEqual([]);
  });

  it("list --json shows the coverage of all 24 ids", async () => {
    const r = await runCli(["list", "--json"]);
    const doc = JSON.parse(r.stdout) as { coverage: Record<string, string[]> };
    expect(Object.keys(doc.coverage).sort()).toEqual([...CHECKLIST_IDS].sort());
    for (const [id, by] of Object.entries(doc.coverage)) expect(by.length, id).toBeGreaterThan(0);
  });
});
