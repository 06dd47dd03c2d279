import { defineCheck } from "../../core/define-check.js";
import { NOTICE_SOURCE } from "../../explain/sources.js";
import type { Msg } from "../../core/types.js";
import { expectedCa } from "../../certs/expected-cas.js";
import { TOKEN_CERTIFICATES_CHECK } from "../../core/handover.js";
import { caFinding } from "./ca-findings.js";
import {
  ROOT_INSTALLED,
  ROOT_TRUSTED,
  STORES,
  allBrowserStores,
  anchorStateIn,
  browserNamesText,
  decisiveNamesText,
  describeStored,
  distrustRemedy,
  installRemedy,
  installRemedyFor,
  splitByRecommendation,
  storesOf,
  type AnchorState,
  type BrowserStore,
  CERTUTIL_STEPS,
} from "./shared.js";

/**
 * EIMZA-ROOT-TRUSTED: installed is not enough — the root must be trusted as a root
 * (NSS "C" flag, a Windows Root store, macOS trust settings), distrusted by none of the
 * stores the browser reads, and not expired (see anchorStateIn).
 */
export const rootTrustedCheck = defineCheck({
  id: ROOT_TRUSTED,
  group: "certs",
  covers: ["EIMZA-ROOT-TRUSTED"],
  dependsOn: [STORES, ROOT_INSTALLED],
  uses: [TOKEN_CERTIFICATES_CHECK],
  title: "certs.rootTrusted.title",
  codes: {
    ROOT_TRUSTED: { status: "pass" },
    ROOT_UNTRUSTED_IN_OTHER_BROWSER: { status: "warn", remedy: ["certs.explain.remedy.trustRoot"] },
    ROOT_NOT_TRUSTED: {
      status: "fail",
      remedy: ["certs.explain.remedy.trustRoot", "certs.remedy.restartBrowser"],
      source: NOTICE_SOURCE,
      helperSteps: [...CERTUTIL_STEPS, "certs.remedy.linux.certutilTrust"],
    },
    ROOT_DISTRUSTED: {
      status: "fail",
      remedy: ["certs.explain.remedy.undistrust", "certs.remedy.restartBrowser"],
      helperSteps: CERTUTIL_STEPS,
    },
    ROOT_TRUSTED_COPY_EXPIRED: {
      status: "fail",
      remedy: ["certs.explain.remedy.renewCa", "certs.explain.remedy.removeLeftover"],
      helperSteps: CERTUTIL_STEPS,
    },
  },
  async run(ctx) {
    const stores = storesOf(ctx)!;
    const expected = expectedCa("root");
    const finding = await caFinding(ctx, "root");
    const inBrowser = finding.matches.filter((m) => m.usedByBrowser);
    const now = ctx.host.now();
    // Each browser's stores are judged on their own (Linux snaps and flatpaks read their own).
    const all = allBrowserStores(stores);
    const states = new Map<BrowserStore, AnchorState>(all.map((b) => [b, anchorStateIn(stores.stored, b, finding.matches, now)]));
    // A store without any copy is root-installed's finding (a failure or a note there), not this one's.
    const holds = (b: BrowserStore) => finding.matches.some((m) => m.usedByBrowser && b.stores.includes(m.store));
    const failing = all.filter((b) => !states.get(b)!.ok && holds(b));
    const split = splitByRecommendation(all, failing);
    const { decisive, notes } = split;
    const ready = split.ready.filter(holds);
    const data = {
      expected: expected.commonName,
      method: finding.method,
      found: inBrowser.map((m) => describeStored(m, finding)),
      browsers: all.map((b) => ({ browsers: b.browsers, recommended: b.recommended, state: stateData(states.get(b)!) })),
    };
    const name = expected.commonName;
    if (decisive.length === 0) {
      const used = [
        ...new Set(
          ready.flatMap((b) => {
            const s = states.get(b)!;
            return s.ok ? [s.copy.store] : [];
          }),
        ),
      ];
      if (notes.length === 0) {
        return {
          code: "ROOT_TRUSTED",
          message: { key: "certs.rootTrusted.pass", values: { name, stores: used.join(", ") } },
          data,
        };
      }
      // Chrome or Opera trusts it; only a browser the portal does not recommend does not.
      return {
        code: "ROOT_UNTRUSTED_IN_OTHER_BROWSER",
        message: {
          key: "certs.rootTrusted.otherBrowser",
          values: { name, browsers: browserNamesText(notes), ready: browserNamesText(ready) },
        },
        remedy: [{ key: "certs.remedy.useRecommended", values: { ready: browserNamesText(ready) } }],
        data,
      };
    }
    const distrusted = decisive.filter((b) => states.get(b)!.ok === false && (states.get(b) as { why: string }).why === "distrusted");
    if (distrusted.length > 0) {
      const by = [...new Set(distrusted.flatMap((b) => (states.get(b) as { stores: string[] }).stores))];
      return {
        code: "ROOT_DISTRUSTED",
        message: { key: "certs.rootTrusted.distrusted", values: { name, stores: by.join(", "), browsers: decisiveNamesText(distrusted) } },
        remedy: [
          ...distrusted.flatMap((b) => distrustRemedy(stores.stored, b, finding.matches, true)),
          { key: "certs.remedy.restartBrowser" },
        ],
        data,
      };
    }
    const expired = decisive.filter((b) => (states.get(b) as { why?: string }).why === "expired");
    if (expired.length > 0) {
      const s = states.get(expired[0]!) as { date: Date; stores: string[] };
      return {
        code: "ROOT_TRUSTED_COPY_EXPIRED",
        message: {
          key: "certs.rootTrusted.expired",
          values: { name, date: s.date.toISOString().slice(0, 10), stores: s.stores.join(", "), browsers: decisiveNamesText(expired) },
        },
        remedy: [
          ...installRemedyFor(ctx, "root", expired, true, stores.browserStoreLocation).slice(0, -2),
          { key: "certs.caValidity.remedy.removeLeftover", values: { name, date: s.date.toISOString().slice(0, 10) } },
          { key: "certs.remedy.restartBrowser" },
        ],
        data,
      };
    }
    const lacking = decisive;
    const nssdb = lacking[0]?.location ?? stores.browserStoreLocation;
    const os = ctx.host.platform.os;
    const how: "windows" | "mac" | "linux" = os === "win32" ? "windows" : os === "darwin" ? "mac" : "linux";
    const remedy: Msg[] = [
      ...lacking.flatMap((b): Msg[] => [
        { key: `certs.remedy.${how}.trustRoot`, values: { name, nssdb: b.location } },
        // The same in a terminal, for an IT helper (shown with --verbose and in the report).
        ...(how === "linux" ? ([{ key: "certs.remedy.linux.certutilTrust", values: { name, nssdb: b.location } }] satisfies Msg[]) : []),
      ]),
      ...installRemedy(ctx, "root", nssdb, true).slice(-2),
    ];
    return {
      code: "ROOT_NOT_TRUSTED",
      message: {
        key: "certs.rootTrusted.fail",
        values: {
          name,
          stores: [...new Set(inBrowser.map((m) => `${m.store}${m.trust !== undefined ? ` [${m.trust}]` : ""}`))].join(", "),
        },
      },
      remedy,
      data,
    };
  },
});

function stateData(s: AnchorState): Record<string, unknown> {
  if (s.ok) return { ok: true, store: s.copy.store, sha256: s.copy.info.sha256 };
  return { ...s, date: "date" in s ? s.date.toISOString() : undefined };
}
