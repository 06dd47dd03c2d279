import type { MessageKey } from "../../i18n/keys.js";
import { defineCheck } from "../../core/define-check.js";
import { createHash } from "node:crypto";
import { readCertificateStores } from "../../host/certstores/index.js";
import { certInfo } from "../../certs/cert-info.js";
import type { StoredCert } from "../../certs/identify.js";
import { STORES, type BrowserStore } from "./shared.js";
import type { StoreReading } from "../../host/certstores/types.js";
import { EXPECTED_CAS } from "../../certs/expected-cas.js";
import { BROWSER_INSTALLED_CHECK } from "../browser/ids.js";
import { isRecommended } from "../../host/browsers/types.js";
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
export const storesCheck = defineCheck({
  id: STORES,
  group: "certs",
  covers: [],
  title: "certs.stores.title",
  // In a run with the browser group, its detection says which browsers (and so which stores) there are.
  uses: [BROWSER_INSTALLED_CHECK],
  budgetFactor: 2,
  readsWindowsInventory: true,
  codes: {
    STORES_READ: { status: "info" },
    STORES_UNREADABLE: {
      status: "error",
      remedy: ["certs.stores.remedy.tool.linux", "certs.stores.remedy.retry", "certs.stores.remedy.retryLater"],
      helperSteps: ["certs.stores.remedy.tool.linux"],
    },
  },
  async run(ctx) {
    const installed = ctx.depOutput(BROWSER_INSTALLED_CHECK)?.found;
    const readings = await readCertificateStores(
      ctx.host,
      { timeoutMs: Math.min(ctx.budgetMs, 15_000), signal: ctx.signal },
      async (der) => (await certInfo(der)).commonName,
      installed,
    );
    const stored: StoredCert[] = [];
    const officialSha256 = new Set((await officialCasOf(ctx.host, ctx.options.caFiles)).all.map((c) => c.sha256));
    for (const r of readings) {
      for (const c of r.certificates) {
        // A store the browser does not read (the system bundle) only tells where else an AZ
        // CA sits; parsing its hundreds of certificates for that would be slow, so only those
        // that carry one of the names, or are one of the --ca certificates, are parsed.
        if (!r.usedByBrowser && !mentionsExpectedCa(c.der) && !officialSha256.has(createHash("sha256").update(c.der).digest("hex")))
          continue;
        try {
          stored.push({
            info: await certInfo(c.der),
            store: c.store,
            usedByBrowser: r.usedByBrowser,
            trustedAsRoot: c.trustedAsRoot,
            label: c.label,
            trust: c.trust,
            distrusted: c.distrusted,
            ownStore: r.ownStore,
          });
        } catch {
          // A certificate this parser refuses cannot be one of the CAs looked for.
        }
      }
    }
    const data = {
      stores: readings.map((r) => ({
        store: r.store,
        location: r.location,
        usedByBrowser: r.usedByBrowser,
        browsers: r.browsers,
        readable: r.ok,
        absent: r.absent ?? false,
        reason: r.reason,
        certificates: r.certificates.length,
      })),
    };
    const browser = readings.filter((r) => r.usedByBrowser);
    // Chrome's own store adds to the system ones; it never stands in for them when
    // those could not be read (the root would then be "missing" for want of a look).
    const system = browser.filter((r) => !r.ownStore);
    const unreadable = system.filter((r) => !r.ok);
    if (system.length === 0 || unreadable.length === system.length) {
      const first = unreadable[0];
      const notInstalled = first?.reason === "not-installed";
      return {
        code: "STORES_UNREADABLE",
        message: { key: "certs.stores.unreadable", values: { store: first?.store ?? "?", reason: first?.reason ?? "?" } },
        remedy: [
          {
            key: notInstalled
              ? `certs.stores.remedy.tool.${ctx.host.platform.os === "linux" ? "linux" : "other"}`
              : retryRemedy(ctx.host.platform.os, first?.store),
          },
        ],
        data,
      };
    }
    const home = ctx.host.env.HOME || ctx.host.platform.homedir;
    const location = shellPath(system.find((r) => r.ok)!.location, home);
    return {
      code: "STORES_READ",
      message: {
        key: "certs.stores.read",
        values: {
          stores: readings
            .filter((r) => r.ok)
            .map((r) => `${r.store} (${r.certificates.length})`)
            .join(", "),
        },
      },
      data,
      output: { stored, browserStoreLocation: location, browserStores: browserStores(browser, home) },
    };
  },
});

/**
 * What each browser reads, to be judged one by one: on Linux each NSS database (a snap
 * or a flatpak has its own); elsewhere the OS stores together serve every browser.
 */
function browserStores(browser: readonly StoreReading[], home: string): BrowserStore[] {
  const separate = browser.filter((r) => r.browsers && r.browsers.length > 0);
  if (separate.length === 0) {
    const first = browser.find((r) => r.ok) ?? browser[0]!;
    return [{ stores: browser.map((r) => r.store), browsers: [], location: shellPath(first.location, home), recommended: true }];
  }
  // Each installation reads its NSS database and, for Chrome and Chromium, its own store
  // (chrome-own.ts): it lacks a certificate only when none of them holds it. The NSS
  // database is where a certificate is installed, so it is the store's location.
  const perInstallation = new Map<string, { stores: string[]; location: string; recommended: boolean }>();
  for (const r of separate) {
    for (const [i, name] of r.browsers!.entries()) {
      const id = r.browserIds?.[i];
      const entry = perInstallation.get(name) ?? { stores: [], location: "", recommended: id !== undefined && isRecommended(id) };
      entry.stores.push(r.store);
      if (!r.ownStore) entry.location ||= shellPath(r.location, home);
      perInstallation.set(name, entry);
    }
  }
  // Installations that read the same stores are judged, and named, together.
  const grouped = new Map<string, BrowserStore>();
  for (const [name, { stores, location, recommended }] of perInstallation) {
    const key = [...stores].sort().join("\0");
    const group = grouped.get(key);
    if (group) {
      group.browsers.push(name);
      group.recommended ||= recommended;
    } else {
      grouped.set(key, { stores, browsers: [name], location, recommended });
    }
  }
  return [...grouped.values()];
}

/** The store path as a user types it in a shell: "$HOME/.pki/nssdb", so remedies can be pasted. */
function shellPath(path: string, home: string): string {
  return home && path.startsWith(home + "/") ? "$HOME" + path.slice(home.length) : path;
}

/**
 * "Close Chrome/Opera, they lock the store" is said only of an NSS database on Linux
 * (a browser holds it open); the Windows stores and the macOS keychains are read
 * through the system, which no browser locks (#19.16).
 */
function retryRemedy(os: NodeJS.Platform, store: string | undefined): MessageKey {
  return os === "linux" && store !== undefined && /^NSS\b/.test(store) ? "certs.stores.remedy.retry" : "certs.stores.remedy.retryLater";
}
