import type { Host } from "../host.js";
import { readMacStores } from "./macos.js";
import { readNssStore } from "./nss.js";
import { readChromeOwnStore } from "./chrome-own.js";
import { browserNssStores } from "./browser-stores.js";
import { detectBrowsers } from "../browsers/detect.js";
import type { InstalledBrowser } from "../browsers/types.js";
import { readSystemBundle } from "./system-bundle.js";
import type { StoreReadOptions, StoreReading } from "./types.js";
import { readWindowsStores } from "./windows.js";

export type { StoreCertificate, StoreReading } from "./types.js";

/**
 * Reads every certificate store that matters on this OS. A store that cannot be read
 * says why; it never stops the others.
 */
export async function readCertificateStores(
  host: Host,
  o: StoreReadOptions,
  commonNameOf: (der: Uint8Array) => Promise<string>,
  /** The browsers installed, when already known (else they are detected here, on Linux). */
  installed?: readonly InstalledBrowser[],
): Promise<StoreReading[]> {
  switch (host.platform.os) {
    case "win32":
      return readWindowsStores(host, o);
    case "darwin":
      return readMacStores(host, o, commonNameOf);
    default: {
      // Each installed Chrome/Chromium/Opera reads its own NSS database (a snap or a
      // flatpak has its own home): every one of them is read and judged.
      const browsers =
        installed ??
        (await detectBrowsers(host, { timeoutMs: o.timeoutMs, signal: o.signal }).then(
          (d) => d.found,
          () => [],
        ));
      const readings: StoreReading[] = [];
      for (const target of await browserNssStores(host, browsers)) readings.push(await readNssStore(host, o, target));
      // Chrome and Chromium also trust what was imported in their own certificate manager.
      for (const b of browsers) {
        const own = await readChromeOwnStore(host, b, o);
        if (own) readings.push(own);
      }
      return [...readings, await readSystemBundle(host, o)];
    }
  }
}
