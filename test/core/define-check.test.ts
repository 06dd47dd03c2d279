import { describe, expect, expectTypeOf, it } from "vitest";
import { checkHandle, defineCheck } from "../../src/core/define-check.js";
import { runChecks } from "../../src/core/runner.js";
import { createNodeHost } from "../../src/host/node-host.js";
import { ALL_CHECKS } from "../../src/checks/registry.js";
import { checkEntries, EXPLAIN_TABLE } from "../../src/explain/table.js";
import { HELPER_REMEDIES, helperStepsOf } from "../../src/render/audience.js";
import { hasKey, loadCatalogs } from "../../src/i18n/catalog.js";
import { runOptions } from "../helpers/options.js";

// The declarations below are checked by `npm run typecheck` (part of `npm test`): each
// `@ts-expect-error` fails the type check when the line it marks compiles.

interface Produced {
  count: number;
}
const PRODUCER = checkHandle<Produced>("token.producer");

const producer = defineCheck({
  id: PRODUCER,
  group: "token",
  covers: [],
  title: "group.token",
  codes: { PIN_OK: { status: "pass" }, PIN_LOCKED: { status: "fail", remedy: ["token.remedy.call157Puk"] } },
  async run() {
    return { code: "PIN_OK", message: { key: "token.pin.ok" }, output: { count: 2 } };
  },
});

const consumer = defineCheck({
  id: "token.consumer",
  group: "token",
  covers: [],
  title: "group.token",
  dependsOn: [PRODUCER],
  codes: { PIN_OK: { status: "pass" }, PIN_COUNT_LOW: { status: "warn" } },
  async run(ctx) {
    const got = ctx.dep(PRODUCER);
    expectTypeOf(got).toEqualTypeOf<Produced | undefined>();
    return { code: got && got.count > 1 ? "PIN_COUNT_LOW" : "PIN_OK", message: { key: "token.pin.ok" }, data: { got } };
  },
});

describe("defineCheck: the declarations the compiler holds a check to (#22.2)", () => {
  it("refuses a code without its explain text, a code run does not declare, a status beside the code, an output of another type", () => {
    defineCheck({
      id: "token.no-explain",
      group: "token",
      covers: [],
      title: "group.token",
      // @ts-expect-error token.explain.NOT_EXPLAINED is not in the catalogue
      codes: { NOT_EXPLAINED: { status: "pass" } },
      async run() {
        return { code: "NOT_EXPLAINED", message: { key: "token.pin.ok" } };
      },
    });
    defineCheck({
      id: "token.undeclared",
      group: "token",
      covers: [],
      title: "group.token",
      codes: { PIN_OK: { status: "pass" } },
      // @ts-expect-error PIN_LOCKED is explained, but this check does not declare it
      async run() {
        return { code: "PIN_LOCKED", message: { key: "token.pin.ok" } };
      },
    });
    defineCheck({
      id: "token.own-status",
      group: "token",
      covers: [],
      title: "group.token",
      codes: { PIN_OK: { status: "pass" } },
      // @ts-expect-error the status follows from the code; a check does not state it
      async run() {
        return { status: "fail", code: "PIN_OK", message: { key: "token.pin.ok" } };
      },
    });
    defineCheck({
      id: PRODUCER,
      group: "token",
      covers: [],
      title: "group.token",
      codes: { PIN_OK: { status: "pass" } },
      // @ts-expect-error the handle promises `Produced` to the checks that read it
      async run() {
        return { code: "PIN_OK", message: { key: "token.pin.ok" }, output: "not a count" };
      },
    });
    // @ts-expect-error a message key must be in the catalogue
    const wrongKey: import("../../src/core/types.js").Msg = { key: "token.pin.okay" };
    expect(wrongKey.key).toBe("token.pin.okay");
  });

  it("takes dependencies by handle: the runner sees their ids, and the output arrives typed", async () => {
    expect(consumer.dependsOn).toEqual(["token.producer"]);
    expect(producer.id).toBe("token.producer");
    const [p, c] = await runChecks([producer, consumer], { host: createNodeHost({ offline: true }), options: runOptions() });
    // The status is the one the code declares.
    expect([p!.status, p!.code]).toEqual(["pass", "PIN_OK"]);
    expect([c!.status, c!.code]).toEqual(["warn", "PIN_COUNT_LOW"]);
    expect(c!.data).toEqual({ got: { count: 2 } });
  });
});

describe("what is derived from the declarations", () => {
  it("explain knows each declared code with its declared steps, under <group>.explain.<CODE>", async () => {
    await loadCatalogs(["az", "en", "ru"]);
    for (const check of ALL_CHECKS) {
      for (const [code, spec] of Object.entries(check.codes)) {
        const entry = EXPLAIN_TABLE.find((e) => e.code === code);
        expect(entry, code).toBeDefined();
        expect(entry!.meaning).toBe(`${check.group}.explain.${code}`);
        for (const lang of ["az", "en", "ru"] as const) expect(hasKey(lang, entry!.meaning), `${lang} ${entry!.meaning}`).toBe(true);
        expect(entry!.remedy).toEqual(spec.remedy ?? []);
      }
    }
    expect(checkEntries([producer]).map((e) => [e.code, e.meaning, e.remedy])).toEqual([
      ["PIN_OK", "token.explain.PIN_OK", []],
      ["PIN_LOCKED", "token.explain.PIN_LOCKED", ["token.remedy.call157Puk"]],
    ]);
  });

  it("a code several checks declare is declared alike in each (explain shows one of them)", () => {
    const seen = new Map<string, string>();
    for (const check of ALL_CHECKS)
      for (const [code, spec] of Object.entries(check.codes)) {
        const text = JSON.stringify(spec);
        expect(seen.get(code) ?? text, `${check.id} ${code}`).toBe(text);
        seen.set(code, text);
      }
    expect(ALL_CHECKS.filter((c) => "PLAN_NO_SALE" in c.codes).length).toBeGreaterThan(1);
  });

  it("the IT-helper steps are the union of what the codes declare", () => {
    expect(helperStepsOf([producer, consumer]).size).toBe(0);
    const declared = new Set(ALL_CHECKS.flatMap((c) => Object.values(c.codes).flatMap((s) => s.helperSteps ?? [])));
    expect([...HELPER_REMEDIES].sort()).toEqual([...declared].sort());
    // The terminal commands the citizen's screen replaces with "ask whoever helps you".
    for (const key of [
      "token.remedy.installPcscd",
      "certs.remedy.linux.certutilRoot",
      "browser.remedy.updateFlatpak",
      "browser.remedy.policyLine",
    ])
      expect(HELPER_REMEDIES.has(key), key).toBe(true);
    // A step the citizen does by hand is not one of them.
    expect(HELPER_REMEDIES.has("token.remedy.replug")).toBe(false);
  });
});
