/**
 * The single executables bundle each catalogue part as JSON.parse of its JSON text
 * (scripts/catalog-json.mjs; Node 22 evaluated the literals about 4x slower, npm run
 * bench:exe). The rewritten part must hold exactly the texts of the source, for every
 * real part, and a part that is not plain string texts must fail the build.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { catalogJson, catalogPartAsJson } from "../../scripts/catalog-json.mjs";
import { REPO_ROOT } from "../helpers/cli.js";

const I18N = join(REPO_ROOT, "src", "i18n");
const parts = ["az", "en", "ru"].flatMap((lang) =>
  readdirSync(join(I18N, lang))
    .filter((f) => f.endsWith(".ts") && f !== "index.ts")
    .map((f) => join(I18N, lang, f)),
);

/** The value the rewritten module exports (its imports are types only, erased). */
function exported(code: string): Record<string, unknown> {
  const m = /^export const (\w+) = \/\* @__PURE__ \*\/ (JSON\.parse\(.*\));$/m.exec(code);
  if (!m) throw new Error(`no rewritten export in:\n${code.slice(0, 300)}`);
  return { [m[1]!]: new Function(`return ${m[2]};`)() as unknown };
}

describe("catalogue parts as JSON (single executables)", () => {
  it("every part of every catalogue keeps its exact keys, texts and order", async () => {
    expect(parts.length).toBeGreaterThanOrEqual(27);
    for (const file of parts) {
      const source = (await import(pathToFileURL(file).href)) as Record<string, Record<string, string>>;
      const rewritten = exported(catalogPartAsJson(readFileSync(file, "utf8"), file));
      const [name] = Object.keys(rewritten);
      expect(Object.keys(source), file).toEqual([name]);
      expect(Object.entries(rewritten[name!] as object), file).toEqual(Object.entries(source[name!]!));
    }
  });

  it("keeps the part's imports (types, erased by the bundler) and drops only the literal", () => {
    const code =
      'import type { x as en } from "../en/x.js";\nexport const x: SameKeys<typeof en> = {\n  // a comment\n  "a.b": "one " + "two",\n  \'c\': `three`,\n};\n';
    expect(catalogPartAsJson(code, "x.ts")).toBe(
      'import type { x as en } from "../en/x.js";\nexport const x = /* @__PURE__ */ JSON.parse("{\\"a.b\\":\\"one two\\",\\"c\\":\\"three\\"}");\n',
    );
  });

  it("fails on a part that is not one object of string texts", () => {
    expect(() => catalogPartAsJson('export const x = {\n  "a": 1,\n};\n', "x.ts")).toThrow("a is not a string");
    expect(() => catalogPartAsJson('export const x = {\n  "a": other,\n};\n', "x.ts")).toThrow(/other/);
    expect(() => catalogPartAsJson('export const x = {\n  "a": "b",\n};\nexport const y = 1;\n', "x.ts")).toThrow("not one");
    expect(() => catalogPartAsJson('export const x = {\n  "a": "b",\n};\nexport const y = {\n  "c": "d",\n};\n', "x.ts")).toThrow(
      "not one",
    );
    expect(() => catalogPartAsJson('export const x = {\n  __proto__: { a: "b" },\n};\n', "x.ts")).toThrow("__proto__");
  });

  it("the plugin rewrites catalogue parts only, not a catalogue's index or other modules", () => {
    const plugin = catalogJson();
    const part = 'export const x = {\n  "a": "b",\n};\n';
    expect(plugin.transform(part, join(I18N, "az", "core.ts"))?.code).toContain("JSON.parse");
    expect(plugin.transform(part, join(I18N, "az", "index.ts"))).toBeNull();
    expect(plugin.transform(part, join(I18N, "catalog.ts"))).toBeNull();
    expect(plugin.transform(part, join(REPO_ROOT, "src", "checks", "core.ts"))).toBeNull();
  });
});
