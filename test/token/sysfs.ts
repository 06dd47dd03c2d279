/**
 * A fake Linux sysfs USB tree laid out like the real /sys/bus/usb/devices (see the
 * kernel's Documentation/ABI/stable/sysfs-bus-usb): "usbN" root hubs, "B-P" devices
 * with idVendor/idProduct/product/manufacturer, "B-P:C.I" interfaces with
 * bInterfaceClass. And a host that reads it in place of the real one.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Host } from "../../src/host/host.js";
import { SYSFS_USB_DEVICES } from "../../src/host/usb/linux-sysfs.js";

export interface FakeUsb {
  name: string;
  vendor: string;
  product: string;
  productName?: string;
  manufacturer?: string;
  interfaceClasses: string[];
}

export const ROOT_HUB: FakeUsb = {
  name: "usb1",
  vendor: "1d6b",
  product: "0002",
  productName: "xHCI Host Controller",
  interfaceClasses: ["09"],
};
export const EPASS2003: FakeUsb = {
  name: "1-1",
  vendor: "096e",
  product: "0807",
  productName: "USB Key",
  manufacturer: "FS",
  interfaceClasses: ["0b"],
};
export const MOUSE: FakeUsb = { name: "1-2", vendor: "046d", product: "c077", productName: "USB Optical Mouse", interfaceClasses: ["03"] };
export const UNKNOWN_CCID: FakeUsb = { name: "1-3", vendor: "abcd", product: "1234", productName: "Some Reader", interfaceClasses: ["0b"] };

export function fakeSysfs(dir: string, devices: FakeUsb[]): string {
  mkdirSync(dir, { recursive: true });
  for (const d of devices) {
    const dev = join(dir, d.name);
    mkdirSync(dev, { recursive: true });
    writeFileSync(join(dev, "idVendor"), d.vendor + "\n");
    writeFileSync(join(dev, "idProduct"), d.product + "\n");
    if (d.productName) writeFileSync(join(dev, "product"), d.productName + "\n");
    if (d.manufacturer) writeFileSync(join(dev, "manufacturer"), d.manufacturer + "\n");
    d.interfaceClasses.forEach((cls, i) => {
      const bus = d.name.startsWith("usb") ? d.name.slice(3) + "-0" : d.name;
      const intf = join(dir, `${bus}:1.${i}`);
      mkdirSync(intf, { recursive: true });
      writeFileSync(join(intf, "bInterfaceClass"), cls + "\n");
    });
  }
  return dir;
}

/**
 * The real host, except that /sys/bus/usb/devices is read from `sysfs` and the paths
 * in `hidden` do not exist (to play a machine without a driver installed).
 */
export function hostWithFakeUsb(host: Host, sysfs: string, hidden: (path: string) => boolean = () => false): Host {
  const map = (p: string) => (p.startsWith(SYSFS_USB_DEVICES) ? sysfs + p.slice(SYSFS_USB_DEVICES.length) : p);
  const fs = host.fs;
  return {
    ...host,
    fs: {
      ...fs,
      readFile: (p, o) => fs.readFile(map(p), o),
      readText: (p, o) => fs.readText(map(p), o),
      exists: async (p) => !hidden(p) && fs.exists(map(p)),
      stat: (p) => fs.stat(map(p)),
      list: (p) => fs.list(map(p)),
      readLink: (p) => fs.readLink(map(p)),
      realPath: (p) => fs.realPath(map(p)),
    },
  };
}
