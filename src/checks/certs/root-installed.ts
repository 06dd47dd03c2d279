import type { CheckDefinition, Outcome } from "../../core/types.js";
import { expectedCa } from "../../certs/expected-cas.js";
import { TOKEN_CERTIFICATES_CHECK } from "../../core/handover.js";
import { caFinding } from "./ca-findings.js";
import { ROOT_INSTALLED, STORES, browserNamesText, browserStoreText, browserStoresLacking, describeStored, installRemedyFor, storesOf } from "./shared.js";

/** EIMZA-ROOT-INSTALLED: the national root is in a store the browser reads. */
export const rootInstalledCheck: CheckDefinition = {
  id: ROOT_INSTALLED,
  group: "certs",
  covers: ["EIMZA-ROOT-INSTALLED"],
  dependsOn: [STORES],
  // The user's own certificates tell which store certificate is the root when names do not.
  uses: [TOKEN_CERTIFICATES_CHECK],
  title: "certs.rootInstalled.title",
  codes: { ROOT_INSTALLED: "pass", ROOT_NOT_INSTALLED: "fail", ROOT_MISMATCH: "fail" },
  async run(ctx): Promise<Outcome> {
    const stores = storesOf(ctx)!;
    const expected = expectedCa("root");
    const finding = await caFinding(ctx, "root");
    const inBrowser = finding.matches.filter((m) => m.usedByBrowser);
    // Every browser installed reads its own store (Linux snaps and flatpaks): each must hold it.
    const lacking = browserStoresLacking(stores, finding.matches);
    const browserStore = lacking.map(browserStoreText).join("; ");
    const data = {
      expected: expected.commonName,
      method: finding.method,
      officialSha256: finding.official?.sha256,
      found: finding.matches.map((m) => describeStored(m, finding)),
      differentCopies: finding.impostors.map((m) => describeStored(m)),
    };
    if (inBrowser.length > 0 && lacking.length === 0) {
      return {
        status: "pass",
        code: "ROOT_INSTALLED",
        message: { key: `certs.rootInstalled.pass.${finding.method}`, values: { name: expected.commonName, stores: [...new Set(inBrowser.map((m) => m.store))].join(", "), installed: [...new Set(inBrowser.map((m) => m.info.commonName || m.info.subject))].join(", ") } },
        data,
      };
    }
    const remedy = installRemedyFor(ctx, "root", lacking, true, stores.browserStoreLocation);
    if (finding.impostors.some((m) => m.usedByBrowser && lacking.some((b) => b.stores.includes(m.store)))) {
      return {
        status: "fail",
        code: "ROOT_MISMATCH",
        message: { key: "certs.rootInstalled.mismatch", values: { name: expected.commonName } },
        remedy: [{ key: "certs.remedy.removeOldCopy", values: { name: expected.commonName } }, ...remedy],
        data,
      };
    }
    const elsewhere = finding.matches.map((m) => m.store);
    return {
      status: "fail",
      code: "ROOT_NOT_INSTALLED",
      message: elsewhere.length > 0
        ? { key: "certs.rootInstalled.onlyElsewhere", values: { name: expected.commonName, stores: [...new Set(elsewhere)].join(", "), browserStore, browsers: browserNamesText(lacking) } }
        : { key: "certs.rootInstalled.missing", values: { name: expected.commonName, browserStore, browsers: browserNamesText(lacking) } },
      remedy,
      data,
    };
  },
};
