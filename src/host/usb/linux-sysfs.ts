import type { Host } from "../host.js";
import type { UsbDevice, UsbScan } from "./types.js";

export const SYSFS_USB_DEVICES = "/sys/bus/usb/devices";

/**
 * Lists USB devices from Linux sysfs, which shows every device the kernel
 * enumerated whether or not any driver uses it. Layout (Documentation/ABI/stable/
 * sysfs-bus-usb): entries "usbN" are root hubs, "B-P[.P...]" are devices with
 * idVendor, idProduct, product, manufacturer files, and "B-P:C.I" are their
 * interfaces with bInterfaceClass. `root` lets tests lay out a fake tree.
 */
export async function listUsbDevicesLinux(host: Host, root: string = SYSFS_USB_DEVICES): Promise<UsbScan> {
  const source = root;
  if (!(await host.fs.exists(root))) return { ok: false, source, reason: `${root} does not exist` };
  const entries = await host.fs.list(root);
  const devices = new Map<string, UsbDevice>();
  for (const name of entries) {
    if (name.includes(":")) continue;
    const vendorId = await readHex(host, `${root}/${name}/idVendor`);
    const productId = await readHex(host, `${root}/${name}/idProduct`);
    if (!vendorId || !productId) continue;
    // Root hubs (Linux Foundation 1d6b) are the controllers themselves, not plugged-in devices.
    if (name.startsWith("usb") || vendorId === "1d6b") continue;
    devices.set(name, {
      vendorId,
      productId,
      name: await readLine(host, `${root}/${name}/product`),
      manufacturer: await readLine(host, `${root}/${name}/manufacturer`),
      interfaceClasses: [],
    });
  }
  for (const name of entries) {
    const colon = name.indexOf(":");
    if (colon < 0) continue;
    const dev = devices.get(name.slice(0, colon));
    const cls = await readHex(host, `${root}/${name}/bInterfaceClass`);
    if (dev && cls) dev.interfaceClasses.push(parseInt(cls, 16));
  }
  return { ok: true, source, devices: [...devices.values()] };
}

async function readLine(host: Host, path: string): Promise<string | undefined> {
  try {
    const s = (await host.fs.readText(path, { maxBytes: 4096 })).trim();
    return s === "" ? undefined : s;
  } catch {
    return undefined;
  }
}

async function readHex(host: Host, path: string): Promise<string | undefined> {
  const s = await readLine(host, path);
  return s && /^[0-9a-fA-F]{1,4}$/.test(s) ? s.toLowerCase().padStart(4, "0") : undefined;
}
