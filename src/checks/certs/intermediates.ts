import type { CheckDefinition, Msg, Outcome } from "../../core/types.js";
import type { MatchMethod } from "../../certs/identify.js";
import { TOKEN_CERTIFICATES_CHECK } from "../../core/handover.js";
import { caFinding } from "./ca-findings.js";
import { INTERMEDIATES, STORES, browserNamesText, browserStoreText, browserStoresLacking, describeStored, installRemedyFor, storesOf } from "./shared.js";

/** EIMZA-INTERMEDIATES: "AZ Policy Authority (PCA)" and "AZ E-Government Authority (ICA)" installed. */
export const intermediatesCheck: CheckDefinition = {
  id: INTERMEDIATES,
  group: "certs",
  covers: ["EIMZA-INTERMEDIATES"],
  dependsOn: [STORES],
  uses: [TOKEN_CERTIFICATES_CHECK],
  title: "certs.intermediates.title",
  codes: { INTERMEDIATES_INSTALLED: "pass", INTERMEDIATES_MISSING: "fail", INTERMEDIATE_MISMATCH: "fail" },
  async run(ctx): Promise<Outcome> {
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
    // Missing from any browser's own store is missing (Linux snaps and flatpaks read their own).
    const lackingOf = new Map(findings.map((f) => [f, browserStoresLacking(stores, f.matches)]));
    const missing = findings.filter((f) => lackingOf.get(f)!.length > 0);
    const lacking = [...new Map([...lackingOf.values()].flat().map((b) => [b.location, b])).values()];
    if (missing.length === 0) {
      return {
        status: "pass",
        code: "INTERMEDIATES_INSTALLED",
        // Say the weakest comparison used: "by fingerprint" only when both were.
        message: { key: `certs.intermediates.pass.${weakest(findings.map((f) => f.method))}`, values: { names: findings.map((f) => f.expected.commonName).join(", ") } },
        data,
      };
    }
    const remedy: Msg[] = [];
    for (const f of missing) remedy.push(...installRemedyFor(ctx, f.expected.role, lackingOf.get(f)!, false, stores.browserStoreLocation).slice(0, -2));
    remedy.push({ key: "certs.remedy.fix", values: { name: missing.map((f) => f.expected.commonName).join(", ") } }, { key: "certs.remedy.restartBrowser" });
    const mismatched = missing.filter((f) => f.impostors.some((m) => m.usedByBrowser && lackingOf.get(f)!.some((b) => b.stores.includes(m.store))));
    if (mismatched.length > 0) {
      return {
        status: "fail",
        code: "INTERMEDIATE_MISMATCH",
        message: { key: "certs.intermediates.mismatch", values: { names: mismatched.map((f) => f.expected.commonName).join(", ") } },
        remedy: [{ key: "certs.remedy.removeOldCopy", values: { name: mismatched.map((f) => f.expected.commonName).join(", ") } }, ...remedy],
        data,
      };
    }
    return {
      status: "fail",
      code: "INTERMEDIATES_MISSING",
      message: { key: "certs.intermediates.missing", values: { names: missing.map((f) => f.expected.commonName).join(", "), browserStore: lacking.map(browserStoreText).join("; "), browsers: browserNamesText(lacking) } },
      remedy,
      data,
    };
  },
};

/** Weakest first: a message may only claim what the weakest comparison showed. */
const STRENGTH: readonly MatchMethod[] = ["nameVariant", "subject", "subject+keyId", "chain", "fingerprint"];
function weakest(methods: MatchMethod[]): MatchMethod {
  return STRENGTH.find((m) => methods.includes(m)) ?? "subject";
}
