import type { Host } from "../host.js";
import { parseJsonList } from "../windows/powershell.js";
import { windowsInventory, WINDOWS_INVENTORY_STORES } from "../windows/inventory.js";
import type { StoreCertificate, StoreReadOptions, StoreReading } from "./types.js";

/**
 * The Windows stores Chrome, Edge, Opera and the signer use (CryptoAPI). Root stores
 * make a certificate a trusted root; the CA store ("Intermediate Certification
 * Authorities") only makes it available for building chains.
 */
export const WINDOWS_STORES = WINDOWS_INVENTORY_STORES.map((path) => ({ path, root: !path.endsWith("\\CA") }));

/** A certificate as the inventory's certs section lists it. */
export interface WindowsStoreItem {
  Store: string;
  Thumbprint?: string;
  Subject?: string;
  RawData: string;
}

/**
 * Parses a ConvertTo-Json list of store items. ConvertTo-Json prints one object (not
 * an array) when the pipeline holds one item, and nothing at all when it holds none.
 */
export function parseWindowsStoreJson(stdout: string): WindowsStoreItem[] {
  return storeItems(parseJsonList(stdout));
}

function storeItems(list: readonly Record<string, unknown>[]): WindowsStoreItem[] {
  return list.filter((i): i is Record<string, unknown> & WindowsStoreItem => typeof i.Store === "string" && typeof i.RawData === "string");
}

/**
 * The stores, from the run's one PowerShell inventory. LocalMachine\\Root is never
 * empty on a working Windows (the roots Windows itself needs live there): when it
 * comes back empty — Wine's stub PowerShell, a broken provider — nothing was read,
 * and no store may be reported as "without the root".
 */
export async function readWindowsStores(host: Host, o: StoreReadOptions): Promise<StoreReading[]> {
  const inv = await windowsInventory(host, o);
  let failed = inv.certs.ok ? undefined : inv.certs.reason;
  let items: WindowsStoreItem[] = [];
  if (inv.certs.ok) {
    items = storeItems(inv.certs.items);
    if (!items.some((i) => i.Store.toLowerCase() === "localmachine\\root"))
      failed = "LocalMachine\\Root came back empty: the store query did not work";
  }
  const readings: StoreReading[] = WINDOWS_STORES.map((s) => ({
    store: `Windows ${s.path}`,
    location: `Cert:\\${s.path}`,
    usedByBrowser: true,
    ok: !failed,
    reason: failed,
    certificates: [],
  }));
  if (failed) return readings;
  for (const item of items) {
    const def = WINDOWS_STORES.find((s) => s.path.toLowerCase() === item.Store.toLowerCase());
    const reading = readings.find((x) => x.store.toLowerCase() === `windows ${item.Store}`.toLowerCase());
    if (!def || !reading) continue;
    const cert: StoreCertificate = {
      der: new Uint8Array(Buffer.from(item.RawData, "base64")),
      store: reading.store,
      trustedAsRoot: def.root,
      label: item.Subject,
    };
    reading.certificates.push(cert);
  }
  return readings;
}
