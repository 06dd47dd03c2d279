import type { Host } from "../host.js";
import type { UsbDevice, UsbScan } from "./types.js";
import { asArray } from "../windows/powershell.js";
import { windowsInventory } from "../windows/inventory.js";

/**
 * USB devices with their Device Manager state, from the run's one PowerShell
 * inventory (./windows/inventory.ts): Win32_PnPEntity via Get-CimInstance (PowerShell
 * 5.1 and later) gives DeviceID "USB\\VID_096E&PID_0807\\...", CompatibleID (holds
 * "USB\\Class_0B" for CCID readers) and ConfigManagerErrorCode (28 = drivers not
 * installed; see Microsoft's "Error codes in Device Manager in Windows").
 * A Windows with no PnP device at all does not exist: such an answer was not read.
 */
export async function listUsbDevicesWindows(host: Host, o: { timeoutMs: number; signal?: AbortSignal }): Promise<UsbScan> {
  const source = "Win32_PnPEntity";
  const inv = await windowsInventory(host, o);
  if (!inv.pnp.ok) return { ok: false, source, reason: inv.pnp.reason };
  const summary = inv.pnp.items[0] as { total?: unknown; usb?: unknown } | undefined;
  const total = Number(summary?.total);
  if (!summary || !Number.isInteger(total) || total <= 0) return { ok: false, source, reason: "Win32_PnPEntity listed no device at all" };
  return { ok: true, source, devices: pnpDevices(asArray(summary.usb as PnpEntity[] | PnpEntity | null | undefined)) };
}

interface PnpEntity {
  Name?: string | null;
  DeviceID?: string | null;
  Manufacturer?: string | null;
  CompatibleID?: string[] | string | null;
  ConfigManagerErrorCode?: number | null;
}

/**
 * Parses Win32_PnPEntity rows as ConvertTo-Json writes them. A composite USB device
 * appears once for the device and once per interface ("USB\VID_..&PID_..&MI_00");
 * they are folded into one device (by VID/PID), keeping the first problem code and
 * every interface class.
 */
export function parseWindowsPnpJson(text: string): UsbDevice[] {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (trimmed === "") return [];
  return pnpDevices(asArray(JSON.parse(trimmed) as PnpEntity | PnpEntity[]));
}

function pnpDevices(items: readonly PnpEntity[]): UsbDevice[] {
  const byId = new Map<string, UsbDevice>();
  for (const it of items) {
    const m = /VID_([0-9A-F]{4})&PID_([0-9A-F]{4})/i.exec(it.DeviceID ?? "");
    if (!m) continue;
    const key = `${m[1]!.toLowerCase()}:${m[2]!.toLowerCase()}`;
    const ids = it.CompatibleID == null ? [] : Array.isArray(it.CompatibleID) ? it.CompatibleID : [it.CompatibleID];
    const classes = ids
      // "USB\Class_0B&SubClass_00&Prot_00"; "USB\DevClass_00" of composite parents is not a class.
      .map((id) => /^USB\\Class_([0-9A-F]{2})/i.exec(id)?.[1])
      .filter((c): c is string => c !== undefined)
      .map((c) => parseInt(c, 16))
      .filter((c) => c !== 0);
    const isInterface = /&MI_[0-9A-F]{2}/i.test(it.DeviceID!);
    const code = typeof it.ConfigManagerErrorCode === "number" ? it.ConfigManagerErrorCode : undefined;
    const existing = byId.get(key);
    if (existing) {
      for (const c of classes) if (!existing.interfaceClasses.includes(c)) existing.interfaceClasses.push(c);
      if (code !== undefined && code !== 0 && (existing.problemCode ?? 0) === 0) existing.problemCode = code;
      if (!isInterface && it.Name) existing.name = it.Name;
      continue;
    }
    byId.set(key, {
      vendorId: m[1]!.toLowerCase(),
      productId: m[2]!.toLowerCase(),
      name: it.Name ?? undefined,
      manufacturer: it.Manufacturer ?? undefined,
      interfaceClasses: [...new Set(classes)],
      problemCode: code,
    });
  }
  return [...byId.values()];
}
