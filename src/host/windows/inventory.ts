import type { Host } from "../host.js";
import { asArray, runPowerShell } from "./powershell.js";

/**
 * Everything only PowerShell can tell, gathered in ONE PowerShell process a run and
 * shared by every check that needs it: a PowerShell start costs 0.3–2 s on a citizen's
 * laptop, and `all` used to start seven. Registry facts do not belong here (reg.exe
 * reads them in milliseconds, see ./registry.ts).
 *
 * Each section is computed in its own try/catch, so one failing cmdlet (say
 * Get-NetTCPConnection on an old Windows) costs only its own section.
 */
export const WINDOWS_INVENTORY_STORES = [
  "LocalMachine\\Root",
  "CurrentUser\\Root",
  "LocalMachine\\AuthRoot",
  "LocalMachine\\CA",
  "CurrentUser\\CA",
] as const;

export const WINDOWS_INVENTORY_SCRIPT = String.raw`
$ErrorActionPreference = 'Stop'
function Section([scriptblock]$body) {
  try { @{ ok = $true; items = @(& $body) } } catch { @{ ok = $false; error = [string]$_.Exception.Message } }
}
$inv = [ordered]@{}
# Win32_Process gives the executable path, which tasklist does not.
$inv.processes = Section { Get-CimInstance -ClassName Win32_Process | Select-Object ProcessId,Name,ExecutablePath }
# Listening TCP sockets with their owning process (netstat -ano's PID column is missing under Wine and parsing it is fragile).
$inv.listening = Section { Get-NetTCPConnection -State Listen | Select-Object LocalAddress,LocalPort,OwningProcess }
# Every PnP device is counted (a working Windows always has some); only USB ones are listed.
$inv.pnp = Section {
  $all = @(Get-CimInstance -ClassName Win32_PnPEntity)
  [pscustomobject]@{ total = $all.Count; usb = @($all | Where-Object { $_.DeviceID -like 'USB*' } | Select-Object Name,DeviceID,Manufacturer,CompatibleID,ConfigManagerErrorCode) }
}
# Root and CA stores; RawData as base64 so the certificate is parsed by us, not by PowerShell's date formatting.
$inv.certs = Section {
  foreach ($s in @(${WINDOWS_INVENTORY_STORES.map((s) => `'${s}'`).join(",")})) {
    Get-ChildItem -Path ('Cert:\' + $s) | ForEach-Object { [pscustomobject]@{ Store = $s; Subject = $_.Subject; RawData = [Convert]::ToBase64String($_.RawData) } }
  }
}
$inv | ConvertTo-Json -Depth 6 -Compress
`;

export type InventorySection = { ok: true; items: Record<string, unknown>[] } | { ok: false; reason: string };

export interface WindowsInventory {
  processes: InventorySection;
  listening: InventorySection;
  pnp: InventorySection;
  certs: InventorySection;
}

const SECTIONS = ["processes", "listening", "pnp", "certs"] as const;

function allFailed(reason: string): WindowsInventory {
  return Object.fromEntries(SECTIONS.map((s) => [s, { ok: false, reason }])) as unknown as WindowsInventory;
}

/**
 * Reads the script's one JSON object. Output that is empty (Wine's powershell.exe is a
 * stub that prints nothing and exits 0) or not JSON fails every section: nothing here
 * may be read as "there are none".
 */
export function parseWindowsInventory(stdout: string): WindowsInventory {
  const text = stdout.replace(/^\uFEFF/, "").trim();
  if (!text) return allFailed("PowerShell printed nothing");
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return allFailed(`PowerShell printed something that is not the expected JSON: ${text.slice(0, 80)}`);
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) return allFailed("PowerShell printed JSON of the wrong shape");
  const o = v as Record<string, unknown>;
  const section = (name: string): InventorySection => {
    const s = o[name] as { ok?: unknown; items?: unknown; error?: unknown } | undefined;
    if (!s || typeof s !== "object") return { ok: false, reason: `PowerShell output has no ${name} section` };
    if (s.ok !== true)
      return { ok: false, reason: typeof s.error === "string" && s.error.trim() ? s.error.trim().slice(0, 300) : `${name} query failed` };
    const items = asArray(s.items as unknown).filter((x): x is Record<string, unknown> => typeof x === "object" && x !== null);
    return { ok: true, items };
  };
  return { processes: section("processes"), listening: section("listening"), pnp: section("pnp"), certs: section("certs") };
}

/** One inventory a host (a host is one run): concurrent checks share the same process. */
const runs = new WeakMap<Host, Promise<WindowsInventory>>();

/**
 * The inventory's budget at least. Windows PowerShell 5.1 starts in well under a second
 * on a warm, current PC, but a cold start on a slow laptop is several seconds before the
 * script runs: 2.2 s for an empty command on some builds (PowerShell/PowerShell#12843),
 * 4-6 s (#17734), 7-8 s where .NET's native images were not generated yet
 * (FriendsOfMDT/PSD#42); its first CIM queries (Win32_Process, Win32_PnPEntity) may wait
 * for the WMI service on top. 20 s leaves room for that; 5 s did not (issue #18.11).
 */
export const WINDOWS_INVENTORY_MIN_MS = 20_000;

/** The one PowerShell process's deadline: the per-check budget (--timeout) when it is longer. */
export function windowsInventoryBudgetMs(timeoutMs: number): number {
  return Math.max(WINDOWS_INVENTORY_MIN_MS, timeoutMs);
}

/** How long a check that reads the inventory may take on Windows: the inventory's deadline and time to use its answer. */
export function windowsInventoryWaitMs(timeoutMs: number): number {
  return windowsInventoryBudgetMs(timeoutMs) + 2_000;
}

/** The run's inventory ended at its deadline: its budget in ms, else undefined. */
const timedOutRuns = new WeakMap<Host, number>();

/** Whether this run's inventory ran out of time (and with which budget), for the run's report. */
export function windowsInventoryTimedOut(host: Host): number | undefined {
  return timedOutRuns.get(host);
}

/**
 * The run's Windows inventory. windowsInventoryBudgetMs of the first caller's deadline
 * bounds the one PowerShell process; it is started without that caller's abort signal so that one check giving
 * up does not take the answer away from the others. Each caller still stops waiting
 * when its own signal aborts.
 */
export function windowsInventory(host: Host, o: { timeoutMs: number; signal?: AbortSignal }): Promise<WindowsInventory> {
  let p = runs.get(host);
  if (!p) {
    const budgetMs = windowsInventoryBudgetMs(o.timeoutMs);
    p = runPowerShell(host, WINDOWS_INVENTORY_SCRIPT, { timeoutMs: budgetMs }).then((r) => {
      if (r.ok) return parseWindowsInventory(r.stdout);
      if (r.timedOut) timedOutRuns.set(host, budgetMs);
      return allFailed(r.reason);
    });
    runs.set(host, p);
  }
  return untilAborted(p, o.signal);
}

function untilAborted<T>(p: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(signal.reason ?? new Error("aborted"));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason ?? new Error("aborted"));
    signal.addEventListener("abort", onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      },
    );
  });
}

/** The section, or an Error with its reason (for callers that report failures by throwing). */
export function sectionItems(s: InventorySection, what: string): Record<string, unknown>[] {
  if (!s.ok) throw new Error(`${what}: ${s.reason}`);
  return s.items;
}
