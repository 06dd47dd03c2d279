import type { CheckDefinition, Outcome } from "../../core/types.js";
import { expectedCa } from "../../certs/expected-cas.js";
import { TOKEN_CERTIFICATES_CHECK } from "../../core/handover.js";
import { caFinding } from "./ca-findings.js";
import { ROOT_INSTALLED, ROOT_TRUSTED, STORES, browserStoresLacking, describeStored, installRemedy, storesOf } from "./shared.js";

/**
 * EIMZA-ROOT-TRUSTED: installed is not enough — the root must be trusted as a root
 * (NSS "C" flag, a Windows Root store, macOS trust settings).
 */
export const rootTrustedCheck: CheckDefinition = {
  id: ROOT_TRUSTED,
  group: "certs",
  covers: ["EIMZA-ROOT-TRUSTED"],
  dependsOn: [STORES, ROOT_INSTALLED],
  uses: [TOKEN_CERTIFICATES_CHECK],
  title: "certs.rootTrusted.title",
  codes: { ROOT_TRUSTED: "pass", ROOT_NOT_TRUSTED: "fail" },
  async run(ctx): Promise<Outcome> {
    const stores = storesOf(ctx)!;
    const expected = expectedCa("root");
    const finding = await caFinding(ctx, "root");
    const inBrowser = finding.matches.filter((m) => m.usedByBrowser);
    const trusted = inBrowser.filter((m) => m.trustedAsRoot);
    // Each browser's own store must trust it (Linux snaps and flatpaks read their own).
    const lacking = browserStoresLacking(stores, trusted);
    const nssdb = lacking[0]?.location ?? stores.browserStoreLocation;
    const data = { expected: expected.commonName, method: finding.method, found: inBrowser.map((m) => describeStored(m, finding)) };
    if (trusted.length > 0 && lacking.length === 0) {
      return {
        status: "pass",
        code: "ROOT_TRUSTED",
        message: { key: "certs.rootTrusted.pass", values: { name: expected.commonName, stores: [...new Set(trusted.map((m) => m.store))].join(", ") } },
        data,
      };
    }
    const os = ctx.host.platform.os;
    const how = os === "win32" ? "windows" : os === "darwin" ? "mac" : "linux";
    return {
      status: "fail",
      code: "ROOT_NOT_TRUSTED",
      message: { key: "certs.rootTrusted.fail", values: { name: expected.commonName, stores: [...new Set(inBrowser.map((m) => `${m.store}${m.trust !== undefined ? ` [${m.trust}]` : ""}`))].join(", ") } },
      remedy: [
        ...(lacking.length > 0 ? lacking : [{ location: nssdb }]).flatMap((b) => [
          { key: `certs.remedy.${how}.trustRoot`, values: { name: expected.commonName, nssdb: b.location } },
          // The same in a terminal, for an IT helper (shown with --verbose and in the report).
          ...(how === "linux" ? [{ key: "certs.remedy.linux.certutilTrust", values: { name: expected.commonName, nssdb: b.location } }] : []),
        ]),
        ...installRemedy(ctx, "root", nssdb, true).slice(-2),
      ],
      data,
    };
  },
};
