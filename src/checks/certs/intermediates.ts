import { defineCheck } from "../../core/define-check.js";
import { NOTICE_SOURCE } from "../../explain/sources.js";
import type { Msg } from "../../core/types.js";
import type { MatchMethod } from "../../certs/identify.js";
import { TOKEN_CERTIFICATES_CHECK } from "../../core/handover.js";
import { caFinding } from "./ca-findings.js";
import {
  INTERMEDIATES,
  STORES,
  allBrowserStores,
  browserNamesText,
  browserStoreText,
  browserStoresLacking,
  decisiveNamesText,
  describeStored,
  distrustRemedy,
  distrustingStores,
  installRemedyFor,
  splitByRecommendation,
  storesOf,
  type BrowserStore,
  CERTUTIL_STEPS,
} from "./shared.js";

/** EIMZA-INTERMEDIATES: "AZ Policy Authority (PCA)" and "AZ E-Government Authority (ICA)" installed. */
export const intermediatesCheck = defineCheck({
  id: INTERMEDIATES,
  group: "certs",
  covers: ["EIMZA-INTERMEDIATES"],
  dependsOn: [STORES],
  uses: [TOKEN_CERTIFICATES_CHECK],
  title: "certs.intermediates.title",
  codes: {
    INTERMEDIATES_INSTALLED: { status: "pass" },
    INTERMEDIATES_MISSING_IN_OTHER_BROWSER: {
      status: "warn",
      remedy: ["certs.explain.remedy.installIntermediates"],
      helperSteps: CERTUTIL_STEPS,
    },
    INTERMEDIATES_MISSING: {
      status: "fail",
      remedy: ["certs.explain.remedy.installIntermediates", "certs.remedy.restartBrowser"],
      source: NOTICE_SOURCE,
      helperSteps: CERTUTIL_STEPS,
    },
    INTERMEDIATE_MISMATCH: {
      status: "fail",
      remedy: ["certs.explain.remedy.removeOldCopy", "certs.explain.remedy.installIntermediates"],
      helperSteps: CERTUTIL_STEPS,
    },
    INTERMEDIATE_DISTRUSTED: {
      status: "fail",
      remedy: ["certs.explain.remedy.undistrust", "certs.remedy.restartBrowser"],
      helperSteps: CERTUTIL_STEPS,
    },
  },
  async run(ctx) {
    const stores = storesOf(ctx)!;
    const findings = [await caFinding(ctx, "policy"), await caFinding(ctx, "issuing")];
    const data = {
      intermediates: findings.map((f) => ({
        expected: f.expected.commonName,
        method: f.method,
        officialSha256: f.official?.sha256,
        found: f.matches.filter((m) => m.usedByBrowser).map((m) => describeStored(m, f)),
        differentCopies: f.impostors.map((m) => describeStored(m)),
      })),
    };
    // Missing from a browser's own store is missing for that browser (Linux snaps and
    // flatpaks read their own); present but distrusted by one of its stores is refused by
    // it (TrustStoreCollection: distrust wins). The browsers the citizen will use decide.
    const all = allBrowserStores(stores);
    const allLackingOf = new Map(findings.map((f) => [f, browserStoresLacking(stores, f.matches)]));
    const distrustedIn = (f: (typeof findings)[number], b: BrowserStore) => {
      const present = f.matches.filter((m) => m.usedByBrowser && b.stores.includes(m.store));
      return present.length > 0 && present.every((m) => distrustingStores(stores.stored, b, m.info.sha256).length > 0);
    };
    const allDistrustOf = new Map(findings.map((f) => [f, all.filter((b) => !allLackingOf.get(f)!.includes(b) && distrustedIn(f, b))]));
    const failing = all.filter((b) => findings.some((f) => allLackingOf.get(f)!.includes(b) || allDistrustOf.get(f)!.includes(b)));
    const { decisive, notes, ready } = splitByRecommendation(all, failing);
    const lackingOf = new Map(findings.map((f) => [f, allLackingOf.get(f)!.filter((b) => decisive.includes(b))]));
    const missing = findings.filter((f) => lackingOf.get(f)!.length > 0);
    const lacking = [...new Map([...lackingOf.values()].flat().map((b) => [b.location, b])).values()];
    const distrusted = findings.filter((f) => allDistrustOf.get(f)!.some((b) => decisive.includes(b)));
    if (decisive.length === 0 && notes.length > 0) {
      const names = findings
        .filter((f) => notes.some((b) => allLackingOf.get(f)!.includes(b) || allDistrustOf.get(f)!.includes(b)))
        .map((f) => f.expected.commonName);
      return {
        code: "INTERMEDIATES_MISSING_IN_OTHER_BROWSER",
        message: {
          key: "certs.intermediates.otherBrowser",
          values: {
            names: names.join(", "),
            browsers: browserNamesText(notes),
            ready: browserNamesText(ready),
            browserStore: notes.map(browserStoreText).join("; "),
          },
        },
        remedy: [{ key: "certs.remedy.useRecommended", values: { ready: browserNamesText(ready) } }],
        data: { ...data, lackingInOtherBrowsers: notes.map(browserStoreText) },
      };
    }
    if (missing.length === 0 && distrusted.length === 0) {
      return {
        code: "INTERMEDIATES_INSTALLED",
        // Say the weakest comparison used: "by fingerprint" only when both were.
        message: {
          key: `certs.intermediates.pass.${weakest(findings.map((f) => f.method))}`,
          values: { names: findings.map((f) => f.expected.commonName).join(", ") },
        },
        data,
      };
    }
    if (distrusted.length > 0) {
      const groups = decisive.filter((b) => distrusted.some((f) => allDistrustOf.get(f)!.includes(b)));
      const by = [
        ...new Set(
          groups.flatMap((b) => distrusted.flatMap((f) => f.matches.flatMap((m) => distrustingStores(stores.stored, b, m.info.sha256)))),
        ),
      ];
      return {
        code: "INTERMEDIATE_DISTRUSTED",
        message: {
          key: "certs.intermediates.distrusted",
          values: {
            names: distrusted.map((f) => f.expected.commonName).join(", "),
            stores: by.join(", "),
            browsers: decisiveNamesText(groups),
          },
        },
        remedy: [
          ...groups.flatMap((b) =>
            distrustRemedy(
              stores.stored,
              b,
              distrusted.flatMap((f) => f.matches),
              false,
            ),
          ),
          { key: "certs.remedy.restartBrowser" },
        ],
        data,
      };
    }
    const remedy: Msg[] = [];
    for (const f of missing)
      remedy.push(...installRemedyFor(ctx, f.expected.role, lackingOf.get(f)!, false, stores.browserStoreLocation).slice(0, -2));
    remedy.push(
      { key: "certs.remedy.fix", values: { name: missing.map((f) => f.expected.commonName).join(", ") } },
      { key: "certs.remedy.restartBrowser" },
    );
    const mismatched = missing.filter((f) =>
      f.impostors.some((m) => m.usedByBrowser && lackingOf.get(f)!.some((b) => b.stores.includes(m.store))),
    );
    if (mismatched.length > 0) {
      return {
        code: "INTERMEDIATE_MISMATCH",
        message: { key: "certs.intermediates.mismatch", values: { names: mismatched.map((f) => f.expected.commonName).join(", ") } },
        remedy: [
          { key: "certs.remedy.removeOldCopy", values: { name: mismatched.map((f) => f.expected.commonName).join(", ") } },
          ...remedy,
        ],
        data,
      };
    }
    return {
      code: "INTERMEDIATES_MISSING",
      message: {
        key: "certs.intermediates.missing",
        values: {
          names: missing.map((f) => f.expected.commonName).join(", "),
          browserStore: lacking.map(browserStoreText).join("; "),
          browsers: decisiveNamesText(lacking),
        },
      },
      remedy,
      data,
    };
  },
});

/** Weakest first: a message may only claim what the weakest comparison showed. */
const STRENGTH: readonly MatchMethod[] = ["nameVariant", "subject", "subject+keyId", "chain", "fingerprint"];
function weakest(methods: MatchMethod[]): MatchMethod {
  return STRENGTH.find((m) => methods.includes(m)) ?? "subject";
}
