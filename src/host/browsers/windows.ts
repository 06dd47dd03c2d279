import type { Host } from "../host.js";
import type { BrowserDetection, BrowserId, InstalledBrowser, ProbeOptions } from "./types.js";
import { asArray, runPowerShellJson } from "./powershell.js";
import { compareVersions, parseVersion } from "./version.js";

/**
 * One PowerShell pass collects every place a browser registers or installs itself:
 * - App Paths (HKLM/HKCU, 64- and 32-bit views) → the executable; its FileVersion;
 * - the usual folders under Program Files, Program Files (x86) and LocalAppData;
 * - Chrome's BLBeacon "version" value (HKCU), written by Chrome itself — a fallback
 *   when no executable is found (e.g. a per-user install moved);
 * - Opera and Opera GX install into versioned folders ("…\Programs\Opera\105.0.4970.21")
 *   next to a launcher.exe; the folder names are the versions.
 * Output: one JSON object (ConvertTo-Json), parsed by parseWindowsInventory.
 */
export const WINDOWS_INVENTORY_SCRIPT = String.raw`
$ErrorActionPreference = 'SilentlyContinue'
# Paths may hold Azerbaijani letters (C:\Users\Aysəl): print UTF-8, not the OEM code page.
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
$exes = New-Object System.Collections.ArrayList
function Add-Exe([string]$browser, [string]$path, [string]$how) {
  if ($path) { $path = $path.Trim().Trim('"') }
  if ($path -and (Test-Path -LiteralPath $path -PathType Leaf)) {
    $vi = (Get-Item -LiteralPath $path).VersionInfo
    [void]$exes.Add([pscustomobject]@{ browser = $browser; path = $path; how = $how; fileVersion = $vi.FileVersion; productVersion = $vi.ProductVersion })
  }
}
$appPaths = [ordered]@{ 'chrome.exe' = 'chrome'; 'opera.exe' = 'opera'; 'msedge.exe' = 'edge'; 'firefox.exe' = 'firefox' }
foreach ($exe in $appPaths.Keys) {
  foreach ($hive in 'HKLM:', 'HKCU:') {
    foreach ($view in 'SOFTWARE', 'SOFTWARE\WOW6432Node') {
      $key = "$hive\$view\Microsoft\Windows\CurrentVersion\App Paths\$exe"
      if (Test-Path -LiteralPath $key) { Add-Exe $appPaths[$exe] ((Get-Item -LiteralPath $key).GetValue('')) 'appPaths' }
    }
  }
}
$bases = @($env:ProgramFiles, [Environment]::GetEnvironmentVariable('ProgramFiles(x86)'), $env:LOCALAPPDATA) | Where-Object { $_ }
foreach ($base in $bases) {
  Add-Exe 'chrome' (Join-Path $base 'Google\Chrome\Application\chrome.exe') 'folder'
  Add-Exe 'chromium' (Join-Path $base 'Chromium\Application\chrome.exe') 'folder'
  Add-Exe 'edge' (Join-Path $base 'Microsoft\Edge\Application\msedge.exe') 'folder'
  Add-Exe 'firefox' (Join-Path $base 'Mozilla Firefox\firefox.exe') 'folder'
}
$operaRoots = New-Object System.Collections.ArrayList
$candidates = @(
  @('opera', (Join-Path $env:LOCALAPPDATA 'Programs\Opera')),
  @('opera-gx', (Join-Path $env:LOCALAPPDATA 'Programs\Opera GX')),
  @('opera', (Join-Path $env:ProgramFiles 'Opera')),
  @('opera-gx', (Join-Path $env:ProgramFiles 'Opera GX'))
)
foreach ($c in $candidates) {
  if (Test-Path -LiteralPath $c[1] -PathType Container) {
    $dirs = @(Get-ChildItem -LiteralPath $c[1] -Directory | ForEach-Object { $_.Name })
    $launcher = Join-Path $c[1] 'launcher.exe'
    $lv = $null
    if (Test-Path -LiteralPath $launcher -PathType Leaf) { $lv = (Get-Item -LiteralPath $launcher).VersionInfo.FileVersion }
    [void]$operaRoots.Add([pscustomobject]@{ browser = $c[0]; root = $c[1]; folders = $dirs; launcherVersion = $lv })
  }
}
$beacon = $null
if (Test-Path -LiteralPath 'HKCU:\Software\Google\Chrome\BLBeacon') { $beacon = (Get-Item -LiteralPath 'HKCU:\Software\Google\Chrome\BLBeacon').GetValue('version') }
[pscustomobject]@{ executables = @($exes); operaRoots = @($operaRoots); chromeBeaconVersion = $beacon } | ConvertTo-Json -Depth 4 -Compress
`;

interface WinExe {
  browser?: string;
  path?: string;
  fileVersion?: string | null;
  productVersion?: string | null;
}
interface WinOperaRoot {
  browser?: string;
  root?: string;
  folders?: string[] | string | null;
  launcherVersion?: string | null;
}
interface WinInventory {
  executables?: WinExe[] | WinExe | null;
  operaRoots?: WinOperaRoot[] | WinOperaRoot | null;
  chromeBeaconVersion?: string | null;
}

const KNOWN: readonly BrowserId[] = ["chrome", "opera", "opera-gx", "chromium", "edge", "firefox"];

/** Turns the inventory script's JSON into installations, one per distinct executable. */
export function parseWindowsInventory(json: unknown): InstalledBrowser[] {
  const inv = (json ?? {}) as WinInventory;
  const found: InstalledBrowser[] = [];
  const seenPaths = new Set<string>();
  for (const exe of asArray(inv.executables)) {
    const browser = exe.browser as BrowserId;
    if (!KNOWN.includes(browser) || !exe.path) continue;
    const key = exe.path.toLowerCase();
    if (seenPaths.has(key)) continue;
    seenPaths.add(key);
    // FileVersion of chrome.exe is "120.0.6099.109"; ProductVersion is the same.
    const version = parseVersion(exe.fileVersion ?? undefined) ?? parseVersion(exe.productVersion ?? undefined);
    found.push({ browser, version: version?.text, kind: "windows", source: exe.path });
  }
  for (const root of asArray(inv.operaRoots)) {
    const browser = root.browser as BrowserId;
    if ((browser !== "opera" && browser !== "opera-gx") || !root.root) continue;
    // The newest versioned folder is the one launcher.exe starts.
    const versions = asArray(root.folders)
      .filter((f): f is string => typeof f === "string" && /^\d+\.\d+\.\d+\.\d+$/.test(f))
      .sort(compareVersions);
    const newest = versions[versions.length - 1] ?? parseVersion(root.launcherVersion ?? undefined)?.text;
    found.push({ browser, version: newest, kind: "windows", source: root.root });
  }
  const beacon = parseVersion(inv.chromeBeaconVersion ?? undefined);
  if (beacon && !found.some((f) => f.browser === "chrome")) {
    found.push({ browser: "chrome", version: beacon.text, kind: "windows", source: "HKCU\\Software\\Google\\Chrome\\BLBeacon" });
  }
  return found;
}

export async function detectWindowsBrowsers(host: Host, opts: ProbeOptions): Promise<BrowserDetection> {
  const r = await runPowerShellJson(host, WINDOWS_INVENTORY_SCRIPT, { timeoutMs: opts.timeoutMs, signal: opts.signal });
  if (r.timedOut) return { found: [], problems: [{ source: "powershell.exe", problem: "timeout" }] };
  if (r.failed && r.json === undefined) throw new Error(`PowerShell browser inventory failed: ${r.stderr.trim().slice(0, 300)}`);
  return { found: parseWindowsInventory(r.json), problems: [] };
}

/**
 * Windows keeps the https handler the user chose as a ProgId: Windows 11 25H2 and later
 * write it only to UserChoiceLatest\ProgId (value "ProgId") and leave the legacy
 * UserChoice key stale; older Windows have only UserChoice. Both are read; the newer wins.
 */
export const WINDOWS_DEFAULT_SCRIPT = String.raw`
$ErrorActionPreference = 'SilentlyContinue'
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
$base = 'HKCU:\Software\Microsoft\Windows\Shell\Associations\UrlAssociations\https'
$latest = $null
$legacy = $null
if (Test-Path -LiteralPath "$base\UserChoiceLatest\ProgId") { $latest = (Get-ItemProperty -LiteralPath "$base\UserChoiceLatest\ProgId").ProgId }
if (Test-Path -LiteralPath "$base\UserChoice") { $legacy = (Get-ItemProperty -LiteralPath "$base\UserChoice").ProgId }
[pscustomobject]@{ progIdLatest = $latest; progId = $legacy } | ConvertTo-Json -Compress
`;

export function parseWindowsDefault(json: unknown): string | undefined {
  const o = json as { progId?: unknown; progIdLatest?: unknown } | undefined;
  for (const p of [o?.progIdLatest, o?.progId]) {
    if (typeof p === "string" && p.trim()) return p.trim();
  }
  return undefined;
}
