import type { Host } from "../host.js";
import { execFailure } from "./nss.js";
import type { StoreCertificate, StoreReadOptions, StoreReading } from "./types.js";

/**
 * The Windows stores Chrome, Edge, Opera and the signer use (CryptoAPI). Root stores
 * make a certificate a trusted root; the CA store ("Intermediate Certification
 * Authorities") only makes it available for building chains.
 */
export const WINDOWS_STORES = [
  { path: "LocalMachine\\Root", root: true },
  { path: "CurrentUser\\Root", root: true },
  { path: "LocalMachine\\AuthRoot", root: true },
  { path: "LocalMachine\\CA", root: false },
  { path: "CurrentUser\\CA", root: false },
] as const;

/**
 * One PowerShell run lists every store as JSON. RawData is base64 so that the
 * certificate is parsed here, not by PowerShell's date formatting.
 */
export function windowsStoreScript(): string {
  const stores = WINDOWS_STORES.map((s) => `'${s.path}'`).join(",");
  return [
    "$ErrorActionPreference='SilentlyContinue'",
    `@(${stores}) | ForEach-Object { $s=$_; Get-ChildItem -Path ('Cert:\\' + $s) | ForEach-Object { [pscustomobject]@{ Store=$s; Thumbprint=$_.Thumbprint; Subject=$_.Subject; RawData=[Convert]::ToBase64String($_.RawData) } } } | ConvertTo-Json -Compress`,
  ].join("; ");
}

export interface WindowsStoreItem {
  Store: string;
  Thumbprint?: string;
  Subject?: string;
  RawData: string;
}

/**
 * Parses the ConvertTo-Json output. ConvertTo-Json prints one object (not an array)
 * when the pipeline holds one item, and nothing at all when it holds none.
 */
export function parseWindowsStoreJson(stdout: string): WindowsStoreItem[] {
  const text = stdout.replace(/^\uFEFF/, "").trim();
  if (text === "") return [];
  const parsed: unknown = JSON.parse(text);
  const items = Array.isArray(parsed) ? parsed : [parsed];
  return items.filter(
    (i): i is WindowsStoreItem => typeof i === "object" && i !== null && typeof (i as WindowsStoreItem).Store === "string" && typeof (i as WindowsStoreItem).RawData === "string",
  );
}

export async function readWindowsStores(host: Host, o: StoreReadOptions): Promise<StoreReading[]> {
  const r = await host.exec("powershell.exe", ["-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-Command", windowsStoreScript()], {
    timeoutMs: o.timeoutMs,
    signal: o.signal,
    maxOutputBytes: 16 * 1024 * 1024,
  });
  const failed = execFailure(r);
  const readings: StoreReading[] = WINDOWS_STORES.map((s) => ({
    store: `Windows ${s.path}`,
    location: `Cert:\\${s.path}`,
    usedByBrowser: true,
    ok: !failed,
    reason: failed,
    certificates: [],
  }));
  if (failed) return readings;
  let items: WindowsStoreItem[];
  try {
    items = parseWindowsStoreJson(r.stdout);
  } catch (e) {
    return readings.map((x) => ({ ...x, ok: false, reason: `unreadable PowerShell output: ${(e as Error).message.slice(0, 100)}` }));
  }
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
