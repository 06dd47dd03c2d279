import { defineCheck } from "../../core/define-check.js";
import { listUsbDevices } from "../../host/usb/index.js";
import { matchUsbDevices } from "./usb-catalogue.js";
import { USB_DEVICE_CHECK, type UsbDeviceOutput } from "./common.js";

/**
 * Is a token or card reader plugged in? Read at the USB level, so it works even when
 * no driver is installed: that is what tells "plugged in but no driver" apart from
 * "nothing plugged in". Finding nothing is not yet a verdict (a token may still
 * answer through a module, e.g. behind a virtual reader); token.present gives it.
 */
export const usbDeviceCheck = defineCheck({
  id: USB_DEVICE_CHECK,
  group: "token",
  covers: ["EIMZA-DEVICE"],
  title: "token.title.usbDevice",
  budgetFactor: 2,
  readsWindowsInventory: true,
  codes: {
    USB_TOKEN_FOUND: { status: "pass" },
    USB_DEVICE_PROBLEM: { status: "warn", remedy: ["token.remedy.installDriverGeneric", "token.remedy.replug"] },
    NO_USB_DEVICE: { status: "info", remedy: ["token.remedy.plugToken"] },
    USB_LIST_UNAVAILABLE: { status: "error" },
  },
  async run(ctx) {
    const scan = await listUsbDevices(ctx.host, { timeoutMs: Math.max(500, ctx.budgetMs - 500), signal: ctx.signal });
    if (!scan.ok) {
      // The list was not read: "could not check" (exit 2), never a skip.
      return {
        code: "USB_LIST_UNAVAILABLE",
        message: { key: "token.usb.unavailable", values: { source: scan.source, reason: scan.reason } },
        data: { source: scan.source, reason: scan.reason },
        output: { listed: false, devices: [] },
      };
    }
    const matches = await matchUsbDevices(scan.devices);
    const devices = matches.map((m) => ({
      name: m.name,
      kind: m.kind,
      vendorId: m.device.vendorId,
      productId: m.device.productId,
      driver: m.driver,
      problemCode: m.device.problemCode,
      matchedBy: m.matchedBy,
    }));
    const data = { source: scan.source, usbDevicesSeen: scan.devices.length, devices };
    const output: UsbDeviceOutput = {
      listed: true,
      devices: devices.map(({ matchedBy: _m, ...d }) => d),
    };
    if (devices.length === 0) {
      return { code: "NO_USB_DEVICE", message: { key: "token.usb.none" }, data, output };
    }
    const list = devices.map((d) => `${d.name} (${d.vendorId}:${d.productId})`).join(", ");
    // Windows Device Manager's problem code: 28 = no driver installed, others = driver trouble.
    const troubled = devices.find((d) => d.problemCode !== undefined && d.problemCode !== 0);
    if (troubled) {
      return {
        code: "USB_DEVICE_PROBLEM",
        message: {
          key: troubled.problemCode === 28 ? "token.usb.noDriverCode28" : "token.usb.problemCode",
          values: { device: troubled.name, code: troubled.problemCode! },
        },
        remedy: [{ key: "token.remedy.installDriverForDevice", values: { device: troubled.name } }, { key: "token.remedy.replug" }],
        data,
        output,
      };
    }
    return { code: "USB_TOKEN_FOUND", message: { key: "token.usb.found", values: { devices: list } }, data, output };
  },
});
