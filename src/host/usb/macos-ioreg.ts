import type { Host } from "../host.js";
import type { UsbDevice, UsbScan } from "./types.js";

/**
 * macOS: `ioreg -p IOUSB -l -w 0` prints the USB plane of the I/O Registry, one
 * "+-o Name@location  <class IOUSBHostDevice, ...>" line per device followed by its
 * properties as `"key" = value` lines between braces (numbers in decimal, strings in
 * quotes). system_profiler SPUSBDataType no longer lists devices on recent macOS, so
 * ioreg is the source.
 */
export async function listUsbDevicesMac(host: Host, o: { timeoutMs: number; signal?: AbortSignal }): Promise<UsbScan> {
  const source = "ioreg -p IOUSB";
  const r = await host.exec("ioreg", ["-p", "IOUSB", "-l", "-w", "0"], o);
  if (r.notFound) return { ok: false, source, reason: "ioreg not found" };
  if (r.timedOut) return { ok: false, source, reason: `ioreg did not answer within ${o.timeoutMs} ms` };
  if (r.exitCode !== 0) return { ok: false, source, reason: (r.stderr.trim().split("\n")[0] ?? "").slice(0, 300) };
  return { ok: true, source, devices: parseIoregUsb(r.stdout) };
}

export function parseIoregUsb(text: string): UsbDevice[] {
  const devices: UsbDevice[] = [];
  let props: Map<string, string> | undefined;
  const flush = () => {
    if (!props) return;
    const vid = Number(props.get("idVendor"));
    const pid = Number(props.get("idProduct"));
    if (Number.isInteger(vid) && Number.isInteger(pid) && props.has("idVendor") && props.has("idProduct")) {
      const cls = props.get("bInterfaceClass") ?? props.get("bDeviceClass");
      devices.push({
        vendorId: vid.toString(16).padStart(4, "0"),
        productId: pid.toString(16).padStart(4, "0"),
        name: props.get("USB Product Name") ?? props.get("kUSBProductString"),
        manufacturer: props.get("USB Vendor Name") ?? props.get("kUSBVendorString"),
        interfaceClasses: cls !== undefined && Number(cls) !== 0 ? [Number(cls)] : [],
      });
    }
    props = undefined;
  };
  for (const raw of text.split("\n")) {
    const line = raw.replace(/^[\s|]*/, "");
    if (line.startsWith("+-o ")) {
      flush();
      // Only devices carry idVendor; hubs and controllers without it are dropped in flush().
      props = new Map();
      continue;
    }
    const kv = /^"([^"]+)" = (.*)$/.exec(line);
    if (kv && props) props.set(kv[1]!, unquote(kv[2]!.trim()));
  }
  flush();
  return devices;
}

function unquote(v: string): string {
  return v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v;
}
