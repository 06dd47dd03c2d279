import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { createNodeHost } from "../../src/host/node-host.js";
import type { ExecResult, Host } from "../../src/host/host.js";
import { listUsbDevicesLinux } from "../../src/host/usb/linux-sysfs.js";
import { parseWindowsPnpJson } from "../../src/host/usb/windows-pnp.js";
import { decodedPowerShell, inventoryOutput, pnpSection } from "../windows/formats.js";
import { parseIoregUsb } from "../../src/host/usb/macos-ioreg.js";
import { matchUsbDevices } from "../../src/checks/token/usb-catalogue.js";
import { usbDeviceCheck } from "../../src/checks/token/usb-device.js";
import { runChecks } from "../../src/core/runner.js";
import { runOptions } from "../helpers/options.js";
import { tempDir } from "../helpers/tmp.js";
import { EPASS2003, fakeSysfs, MOUSE, ROOT_HUB, UNKNOWN_CCID } from "./sysfs.js";

const dir = tempDir("gc-usb-");
const nodeHost = createNodeHost({ offline: true });

describe("Linux sysfs USB listing", () => {
  it("lists plugged-in devices with their interface classes, leaving out root hubs", async () => {
    const root = fakeSysfs(join(dir, "sys1"), [ROOT_HUB, EPASS2003, MOUSE, UNKNOWN_CCID]);
    const scan = await listUsbDevicesLinux(nodeHost, root);
    expect(scan.ok).toBe(true);
    if (!scan.ok) return;
    expect(scan.devices.map((d) => [d.vendorId, d.productId, d.name, d.interfaceClasses])).toEqual(
      expect.arrayContaining([
        ["096e", "0807", "USB Key", [0x0b]],
        ["046d", "c077", "USB Optical Mouse", [0x03]],
        ["abcd", "1234", "Some Reader", [0x0b]],
      ]),
    );
    expect(scan.devices).toHaveLength(3);
  });

  it("says the list is unavailable where there is no sysfs (containers)", async () => {
    const scan = await listUsbDevicesLinux(nodeHost, join(dir, "does-not-exist"));
    expect(scan.ok).toBe(false);
  });

  it("recognises tokens by the catalogue and unknown readers by the smart-card class, not mice", async () => {
    const root = fakeSysfs(join(dir, "sys2"), [ROOT_HUB, EPASS2003, MOUSE, UNKNOWN_CCID]);
    const scan = await listUsbDevicesLinux(nodeHost, root);
    if (!scan.ok) throw new Error(scan.reason);
    const matches = await matchUsbDevices(scan.devices);
    expect(matches.map((m) => [m.name, m.kind, m.matchedBy]).sort()).toEqual([
      ["Feitian ePass2003", "token", "catalogue"],
      ["Some Reader", "reader", "ccid-class"],
    ]);
  });

  it("recognises a reader from the CCID driver's list by its ids alone", async () => {
    const matches = await matchUsbDevices([{ vendorId: "046a", productId: "003e", interfaceClasses: [] }]);
    expect(matches).toEqual([expect.objectContaining({ name: "Cherry GmbH SmartTerminal ST-2xxx", matchedBy: "ccid-list" })]);
  });
});

// Win32_PnPEntity as `ConvertTo-Json -Compress` prints it: DeviceID is the device instance
// path (USB\VID_v(4)&PID_d(4)\<instance>, interfaces of composite devices with &MI_z(2)),
// CompatibleID the USB\Class_c(2)&SubClass_s(2)&Prot_p(2) forms (Microsoft, "Standard USB
// identifiers"), ConfigManagerErrorCode 28 = drivers not installed.
const WINDOWS_ARRAY = JSON.stringify([
  {
    Name: "Unknown device",
    DeviceID: "USB\\VID_096E&PID_0807\\5&2A1B3C4D&0&2",
    Manufacturer: null,
    CompatibleID: ["USB\\Class_0B&SubClass_00&Prot_00", "USB\\Class_0B&SubClass_00", "USB\\Class_0B"],
    ConfigManagerErrorCode: 28,
    Status: "Error",
  },
  {
    Name: "USB Composite Device",
    DeviceID: "USB\\VID_08E6&PID_3437\\6&11AA22BB&0&1",
    Manufacturer: "(Standard USB Host Controller)",
    CompatibleID: ["USB\\COMPOSITE", "USB\\DevClass_00"],
    ConfigManagerErrorCode: 0,
    Status: "OK",
  },
  {
    Name: "Microsoft Usbccid Smartcard Reader (WUDF)",
    DeviceID: "USB\\VID_08E6&PID_3437&MI_00\\7&3C4D5E6F&0&0000",
    Manufacturer: "Microsoft",
    CompatibleID: ["USB\\Class_0B&SubClass_00&Prot_00", "USB\\Class_0B&SubClass_00", "USB\\Class_0B"],
    ConfigManagerErrorCode: 0,
    Status: "OK",
  },
  {
    Name: "USB Root Hub (USB 3.0)",
    DeviceID: "USB\\ROOT_HUB30\\4&1D2E3F4A&0&0",
    Manufacturer: "(Standard USB HUBs)",
    CompatibleID: null,
    ConfigManagerErrorCode: 0,
    Status: "OK",
  },
]);

describe("Windows PnP USB listing", () => {
  it("parses the JSON array, folds composite interfaces and keeps problem code 28", () => {
    const devices = parseWindowsPnpJson(WINDOWS_ARRAY);
    expect(devices).toEqual([
      { vendorId: "096e", productId: "0807", name: "Unknown device", manufacturer: undefined, interfaceClasses: [0x0b], problemCode: 28 },
      {
        vendorId: "08e6",
        productId: "3437",
        name: "USB Composite Device",
        manufacturer: "(Standard USB Host Controller)",
        interfaceClasses: [0x0b],
        problemCode: 0,
      },
    ]);
  });

  it("parses the single object ConvertTo-Json prints when only one device matches, and empty output", () => {
    const one = JSON.stringify({
      Name: "eToken",
      DeviceID: "USB\\VID_0529&PID_0620\\5&1&0&1",
      CompatibleID: "USB\\Class_0B",
      ConfigManagerErrorCode: 0,
    });
    expect(parseWindowsPnpJson("\uFEFF" + one + "\r\n")).toEqual([
      { vendorId: "0529", productId: "0620", name: "eToken", manufacturer: undefined, interfaceClasses: [0x0b], problemCode: 0 },
    ]);
    expect(parseWindowsPnpJson("")).toEqual([]);
  });

  it("makes the USB check tell a token with no driver (code 28) apart", async () => {
    const calls: string[][] = [];
    const winHost: Host = {
      ...nodeHost,
      platform: { ...nodeHost.platform, os: "win32" },
      exec: async (cmd, args): Promise<ExecResult> => {
        calls.push([cmd, ...args]);
        const stdout = inventoryOutput({ pnp: pnpSection(JSON.parse(WINDOWS_ARRAY) as unknown[]) });
        return { exitCode: 0, signal: null, stdout, stderr: "", timedOut: false, truncated: false, notFound: false, durationMs: 5 };
      },
    };
    const [r] = await runChecks([usbDeviceCheck], { host: winHost, options: runOptions() });
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBe("powershell.exe");
    expect(decodedPowerShell(calls[0]!)).toContain("Win32_PnPEntity");
    expect([r!.status, r!.code, r!.message.key]).toEqual(["warn", "USB_DEVICE_PROBLEM", "token.usb.noDriverCode28"]);
    expect(r!.message.values).toEqual({ device: "Feitian ePass2003", code: 28 });
  });

  it("an empty PnP list (Wine's stub PowerShell, or a failed query) means the list was not read, not 'no token'", async () => {
    for (const stdout of ["", inventoryOutput({ pnp: pnpSection([], 0) }), inventoryOutput({ pnp: { error: "Invalid class" } })]) {
      const winHost: Host = {
        ...nodeHost,
        platform: { ...nodeHost.platform, os: "win32" },
        exec: async (): Promise<ExecResult> => ({
          exitCode: 0,
          signal: null,
          stdout,
          stderr: "",
          timedOut: false,
          truncated: false,
          notFound: false,
          durationMs: 5,
        }),
      };
      const [r] = await runChecks([usbDeviceCheck], { host: winHost, options: runOptions() });
      expect([r!.status, r!.code]).toEqual(["error", "USB_LIST_UNAVAILABLE"]);
    }
  });
});

// `ioreg -p IOUSB -l -w 0`: one "+-o Name@location  <class ...>" line per registry entry,
// then its properties between braces as "key" = value (numbers in decimal).
const IOREG = `+-o Root  <class IORegistryEntry, id 0x100000100, retain 30>
  +-o AppleT8103USBXHCI@00000000  <class AppleT8103USBXHCI, id 0x1000002f3, registered, matched, active, busy 0 (0 ms), retain 61>
  | {
  |   "IOClass" = "AppleT8103USBXHCI"
  |   "locationID" = 0
  | }
  | 
  +-o AppleT8103USBXHCI@01000000  <class AppleT8103USBXHCI, id 0x1000002f9, registered, matched, active, busy 0 (0 ms), retain 63>
    +-o USB Key@01100000  <class IOUSBHostDevice, id 0x100000c3a, registered, matched, active, busy 0 (0 ms), retain 22>
    | {
    |   "sessionID" = 3262893717389
    |   "USBSpeed" = 1
    |   "idProduct" = 2055
    |   "bDeviceClass" = 0
    |   "bcdDevice" = 256
    |   "USB Product Name" = "USB Key"
    |   "locationID" = 17825792
    |   "kUSBProductString" = "USB Key"
    |   "USB Vendor Name" = "FS"
    |   "idVendor" = 2414
    | }
    | 
    +-o USB Optical Mouse@01200000  <class IOUSBHostDevice, id 0x100000c50, registered, matched, active, busy 0 (0 ms), retain 24>
      {
        "idProduct" = 49271
        "USB Product Name" = "USB Optical Mouse"
        "bDeviceClass" = 0
        "USB Vendor Name" = "Logitech"
        "idVendor" = 1133
      }
`;

describe("macOS ioreg USB listing", () => {
  it("parses devices with decimal ids and leaves out controllers", async () => {
    const devices = parseIoregUsb(IOREG);
    expect(devices.map((d) => [d.vendorId, d.productId, d.name, d.manufacturer])).toEqual([
      ["096e", "0807", "USB Key", "FS"],
      ["046d", "c077", "USB Optical Mouse", "Logitech"],
    ]);
    const matches = await matchUsbDevices(devices);
    expect(matches.map((m) => m.name)).toEqual(["Feitian ePass2003"]);
  });
});
