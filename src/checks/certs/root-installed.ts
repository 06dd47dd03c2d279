import { defineCheck } from "../../core/define-check.js";
import { NOTICE_SOURCE } from "../../explain/sources.js";
import { expectedCa } from "../../certs/expected-cas.js";
import { TOKEN_CERTIFICATES_CHECK } from "../../core/handover.js";
import { caFinding } from "./ca-findings.js";
import {
  ROOT_INSTALLED,
  STORES,
  allBrowserStores,
  browserNamesText,
  browserStoreText,
  browserStoresLacking,
  decisiveNamesText,
  describeStored,
  installRemedyFor,
  splitByRecommendation,
  storesOf,
  CERTUTIL_STEPS,
} from "./shared.js";

/** EIMZA-ROOT-INSTALLED: the national root is in a store the browser reads. */
export const rootInstalledCheck = defineCheck({
  id: ROOT_INSTALLED,
  group: "certs",
  covers: ["EIMZA-ROOT-INSTALLED"],
  dependsOn: [STORES],
  // The user's own certificates tell which store certificate is the root when names do not.
  uses: [TOKEN_CERTIFICATES_CHECK],
  title: "certs.rootInstalled.title",
  codes: {
    ROOT_INSTALLED: { status: "pass" },
    ROOT_MISSING_IN_OTHER_BROWSER: { status: "warn", remedy: ["certs.explain.remedy.installRoot"], helperSteps: CERTUTIL_STEPS },
    ROOT_NOT_INSTALLED: {
      status: "fail",
      remedy: ["certs.explain.remedy.installRoot", "certs.remedy.restartBrowser"],
      source: NOTICE_SOURCE,
      helperSteps: CERTUTIL_STEPS,
    },
    ROOT_MISMATCH: {
      status: "fail",
      remedy: ["certs.explain.remedy.removeOldCopy", "certs.explain.remedy.installRoot"],
      helperSteps: CERTUTIL_STEPS,
    },
  },
  async run(ctx) {
    const stores = storesOf(ctx)!;
    const expected = expectedCa("root");
    const finding = await caFinding(ctx, "root");
    const inBrowser = finding.matches.filter((m) => m.usedByBrowser);
    // Every browser installed reads its own store (Linux snaps and flatpaks): each is
    // judged, and those the citizen will use (Chrome, Opera) decide.
    const all = allBrowserStores(stores);
    const { decisive: lacking, notes, ready } = splitByRecommendation(all, browserStoresLacking(stores, finding.matches));
    const browserStore = lacking.map(browserStoreText).join("; ");
    const data = {
      expected: expected.commonName,
      method: finding.method,
      officialSha256: finding.official?.sha256,
      found: finding.matches.map((m) => describeStored(m, finding)),
      differentCopies: finding.impostors.map((m) => describeStored(m)),
      otherIssues: finding.otherIssues?.map((m) => describeStored(m)),
      lackingInOtherBrowsers: notes.map(browserStoreText),
    };
    if (inBrowser.length > 0 && lacking.length === 0) {
      if (notes.length > 0) {
        // Chrome or Opera has it; a browser the portal does not recommend does not.
        return {
          code: "ROOT_MISSING_IN_OTHER_BROWSER",
          message: {
            key: "certs.rootInstalled.otherBrowser",
            values: {
              name: expected.commonName,
              browsers: browserNamesText(notes),
              ready: browserNamesText(ready),
              browserStore: notes.map(browserStoreText).join("; "),
            },
          },
          remedy: [{ key: "certs.remedy.useRecommended", values: { ready: browserNamesText(ready) } }],
          data,
        };
      }
      // The installed copy is another issue of the official root (same name and key): the same root.
      const exact = inBrowser.filter((m) => m.info.sha256 === finding.official?.sha256);
      const other = finding.otherIssues?.find((m) => m.usedByBrowser);
      if (other && exact.length === 0 && finding.official) {
        const older = other.info.notBefore < finding.official.notBefore;
        return {
          code: "ROOT_INSTALLED",
          message: {
            key: older ? "certs.rootInstalled.pass.olderIssue" : "certs.rootInstalled.pass.newerIssue",
            values: {
              name: expected.commonName,
              issued: other.info.notBefore.toISOString().slice(0, 10),
              until: other.info.notAfter.toISOString().slice(0, 10),
              officialIssued: finding.official.notBefore.toISOString().slice(0, 10),
              stores: [...new Set(inBrowser.map((m) => m.store))].join(", "),
            },
          },
          data,
        };
      }
      return {
        code: "ROOT_INSTALLED",
        message: {
          key: `certs.rootInstalled.pass.${finding.method}`,
          values: {
            name: expected.commonName,
            stores: [...new Set(inBrowser.map((m) => m.store))].join(", "),
            installed: [...new Set(inBrowser.map((m) => m.info.commonName || m.info.subject))].join(", "),
          },
        },
        data,
      };
    }
    const remedy = installRemedyFor(ctx, "root", lacking, true, stores.browserStoreLocation);
    if (finding.impostors.some((m) => m.usedByBrowser && lacking.some((b) => b.stores.includes(m.store)))) {
      return {
        code: "ROOT_MISMATCH",
        message: { key: "certs.rootInstalled.mismatch", values: { name: expected.commonName } },
        remedy: [{ key: "certs.remedy.removeOldCopy", values: { name: expected.commonName } }, ...remedy],
        data,
      };
    }
    const elsewhere = finding.matches.map((m) => m.store);
    return {
      code: "ROOT_NOT_INSTALLED",
      message:
        elsewhere.length > 0
          ? {
              key: "certs.rootInstalled.onlyElsewhere",
              values: {
                name: expected.commonName,
                stores: [...new Set(elsewhere)].join(", "),
                browserStore,
                browsers: decisiveNamesText(lacking),
              },
            }
          : {
              key: "certs.rootInstalled.missing",
              values: { name: expected.commonName, browserStore, browsers: decisiveNamesText(lacking) },
            },
      remedy,
      data,
    };
  },
});
