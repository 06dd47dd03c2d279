import type { Host } from "../host.js";
import { listUsbDevicesLinux } from "./linux-sysfs.js";
import { listUsbDevicesMac } from "./macos-ioreg.js";
import { listUsbDevicesWindows } from "./windows-pnp.js";
import type { UsbScan } from "./types.js";

export type { UsbDevice, UsbScan } from "./types.js";
export { USB_CLASS_SMART_CARD } from "./types.js";

/** Lists USB devices the way the host's operating system shows them. */
export async function listUsbDevices(host: Host, o: { timeoutMs: number; signal?: AbortSignal }): Promise<UsbScan> {
  switch (host.platform.os) {
    case "linux":
      return listUsbDevicesLinux(host);
    case "win32":
      return listUsbDevicesWindows(host, o);
    case "darwin":
      return listUsbDevicesMac(host, o);
    default:
      return { ok: false, source: host.platform.os, reason: `USB listing is not implemented for ${host.platform.os}` };
  }
}
