import { createHash } from "node:crypto";
import type { CheckDefinition, Outcome } from "../../core/types.js";
import { readCertificateStores } from "../../host/certstores/index.js";
import { certInfo } from "../../certs/cert-info.js";
import type { StoredCert } from "../../certs/identify.js";
import { STORES, type StoresOutput } from "./shared.js";
import { EXPECTED_CAS } from "../../certs/expected-cas.js";
import { splitCaName } from "../../certs/ca-names.js";
import { officialCasOf } from "../../certs/official-set.js";

// The base of each name ("root authority"), whatever the case or role suffix: the names
// are spelled several ways. UTF8String/PrintableString carry it as ASCII bytes, BMPString
// as UTF-16BE (a zero byte before each letter).
const BASE_NAMES = EXPECTED_CAS.map((c) => splitCaName(c.commonName).base.replace(/^az /, ""));
function mentionsExpectedCa(der: Uint8Array): boolean {
  const text = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString("latin1").toLowerCase();
  return BASE_NAMES.some((n) => text.includes(n) || text.includes(n.replace(/./g, "\0$&")));
}

/**
 * Reads the certificate stores of this OS once, for the other checks of the group:
 * the NSS database Chrome/Opera use and the system bundle on Linux, the Root and CA
 * stores on Windows, the keychains and trust settings on macOS.
 */
export const storesCheck: CheckDefinition<StoresOutput> = {
  id: STORES,
  group: "certs",
  covers: [],
  title: "certs.stores.title",
  budgetFactor: 2,
  codes: { STORES_READ: "info", STORES_UNREADABLE: "error" },
  async run(ctx): Promise<Outcome<StoresOutput>> {
    const readings = await readCertificateStores(ctx.host, { timeoutMs: Math.min(ctx.budgetMs, 15_000), signal: ctx.signal }, async (der) => (await certInfo(der)).commonName);
    const stored: StoredCert[] = [];
    const officialSha256 = new Set((await officialCasOf(ctx.host, ctx.options.caFiles)).all.map((c) => c.sha256));
    for (const r of readings) {
      for (const c of r.certificates) {
        // A store the browser does not read (the system bundle) only tells where else an AZ
        // CA sits; parsing its hundreds of certificates for that would be slow, so only those
        // that carry one of the names, or are one of the --ca certificates, are parsed.
        if (!r.usedByBrowser && !mentionsExpectedCa(c.der) && !officialSha256.has(createHash("sha256").update(c.der).digest("hex"))) continue;
        try {
          stored.push({ info: await certInfo(c.der), store: c.store, usedByBrowser: r.usedByBrowser, trustedAsRoot: c.trustedAsRoot, label: c.label, trust: c.trust });
        } catch {
          // A certificate this parser refuses cannot be one of the CAs looked for.
        }
      }
    }
    const data = {
      stores: readings.map((r) => ({ store: r.store, location: r.location, usedByBrowser: r.usedByBrowser, readable: r.ok, absent: r.absent ?? false, reason: r.reason, certificates: r.certificates.length })),
    };
    const browser = readings.filter((r) => r.usedByBrowser);
    const unreadable = browser.filter((r) => !r.ok);
    if (browser.length === 0 || unreadable.length === browser.length) {
      const first = unreadable[0];
      const notInstalled = first?.reason === "not-installed";
      return {
        status: "error",
        code: "STORES_UNREADABLE",
        message: { key: "certs.stores.unreadable", values: { store: first?.store ?? "?", reason: first?.reason ?? "?" } },
        remedy: [{ key: notInstalled ? `certs.stores.remedy.tool.${ctx.host.platform.os === "linux" ? "linux" : "other"}` : "certs.stores.remedy.retry" }],
        data,
      };
    }
    const location = shellPath(browser.find((r) => r.ok)!.location, ctx.host.env.HOME || ctx.host.platform.homedir);
    return {
      status: "info",
      code: "STORES_READ",
      message: {
        key: "certs.stores.read",
        values: { stores: readings.filter((r) => r.ok).map((r) => `${r.store} (${r.certificates.length})`).join(", ") },
      },
      data,
      output: { stored, browserStoreLocation: location },
    };
  },
};

/** The store path as a user types it in a shell: "$HOME/.pki/nssdb", so remedies can be pasted. */
function shellPath(path: string, home: string): string {
  return home && path.startsWith(home + "/") ? "$HOME" + path.slice(home.length) : path;
}
