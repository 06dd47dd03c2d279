import type { Host } from "../host.js";
import { readMacStores } from "./macos.js";
import { readNssStore } from "./nss.js";
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
): Promise<StoreReading[]> {
  switch (host.platform.os) {
    case "win32":
      return readWindowsStores(host, o);
    case "darwin":
      return readMacStores(host, o, commonNameOf);
    default:
      return [await readNssStore(host, o), await readSystemBundle(host, o)];
  }
}
