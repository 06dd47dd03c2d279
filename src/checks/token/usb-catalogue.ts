import type { UsbDevice } from "../../host/usb/types.js";
import { USB_CLASS_SMART_CARD } from "../../host/usb/types.js";
import type { DriverFamily } from "./drivers.js";

/**
 * USB tokens and readers an E-İmza user may have, by USB vendor:product id (product
 * undefined = every product of the vendor), with the driver family that serves it.
 * Sources: the CCID driver's reader list (LudovicRousseau/CCID
 * readers/supported_readers.txt, commit 5de6a966, see src/data/ccid-readers.ts) for the
 * ids and names marked "ccid"; the USB ID Repository (linux-usb.org usb.ids) for
 * vendor ids 0529 (Aladdin Knowledge Systems), 08e6 (Gemalto), 096e (Feitian),
 * 0a89 (Aktiv), 24dc (Aladdin R.D.), 25dd (Bit4id), 072f (Advanced Card Systems),
 * 076b (OmniKey). Extend it when new tokens appear: order matters, first match wins.
 */
export interface KnownUsbDevice {
  vendorId: string;
  productId?: string;
  name: string;
  kind: "token" | "reader";
  driver?: DriverFamily;
  source: "ccid" | "usb.ids";
}

export const KNOWN_USB_DEVICES: readonly KnownUsbDevice[] = [
  { vendorId: "096e", productId: "0807", name: "Feitian ePass2003", kind: "token", driver: "feitian", source: "ccid" },
  { vendorId: "096e", productId: "080a", name: "Feitian ePass2003 Auto", kind: "token", driver: "feitian", source: "ccid" },
  { vendorId: "096e", productId: "080f", name: "Feitian eJAVA Token", kind: "token", driver: "feitian", source: "ccid" },
  { vendorId: "0529", productId: "0620", name: "SafeNet eToken 5100/5110", kind: "token", driver: "safenet", source: "ccid" },
  { vendorId: "0529", productId: "0602", name: "SafeNet eToken 7300", kind: "token", driver: "safenet", source: "ccid" },
  { vendorId: "0529", name: "SafeNet (Aladdin) eToken", kind: "token", driver: "safenet", source: "usb.ids" },
  { vendorId: "08e6", productId: "34cc", name: "SafeNet eToken 5300", kind: "token", driver: "safenet", source: "ccid" },
  { vendorId: "08e6", productId: "34ce", name: "SafeNet eToken 5300 C", kind: "token", driver: "safenet", source: "ccid" },
  { vendorId: "08e6", productId: "34cf", name: "SafeNet eToken 5110+ FIPS", kind: "token", driver: "safenet", source: "ccid" },
  { vendorId: "08e6", productId: "34d2", name: "SafeNet eToken 5110", kind: "token", driver: "safenet", source: "usb.ids" },
  { vendorId: "08e6", productId: "3437", name: "Gemalto PC Twin Reader", kind: "reader", driver: "idprime", source: "ccid" },
  { vendorId: "08e6", productId: "3478", name: "Gemalto GemPC Pinpad Reader", kind: "reader", driver: "idprime", source: "ccid" },
  { vendorId: "08e6", name: "Gemalto / Thales device", kind: "reader", driver: "idprime", source: "usb.ids" },
  { vendorId: "0a89", name: "Rutoken", kind: "token", driver: "rutoken", source: "usb.ids" },
  { vendorId: "24dc", name: "JaCarta", kind: "token", driver: "jacarta", source: "usb.ids" },
  { vendorId: "25dd", name: "Bit4id", kind: "token", driver: "bit4id", source: "usb.ids" },
  { vendorId: "096e", name: "Feitian device", kind: "token", driver: "feitian", source: "usb.ids" },
  { vendorId: "072f", name: "ACS card reader", kind: "reader", source: "usb.ids" },
  { vendorId: "076b", name: "HID OMNIKEY card reader", kind: "reader", source: "usb.ids" },
];

export interface UsbMatch {
  device: UsbDevice;
  name: string;
  kind: "token" | "reader";
  driver?: DriverFamily;
  /** How it was recognised. */
  matchedBy: "catalogue" | "ccid-list" | "ccid-class";
}

/**
 * The plugged-in devices that are tokens or card readers: first by the catalogue
 * above, then by the CCID reader list, then by the smart-card interface class.
 */
export async function matchUsbDevices(devices: readonly UsbDevice[]): Promise<UsbMatch[]> {
  // The CCID list is large; it is loaded only when a USB scan has something to match.
  const { CCID_READERS } = await import("../../data/ccid-readers.js");
  const out: UsbMatch[] = [];
  for (const d of devices) {
    const known =
      KNOWN_USB_DEVICES.find((k) => k.vendorId === d.vendorId && k.productId === d.productId) ??
      KNOWN_USB_DEVICES.find((k) => k.vendorId === d.vendorId && k.productId === undefined);
    if (known) {
      out.push({
        device: d,
        name: known.productId ? known.name : (d.name ?? known.name),
        kind: known.kind,
        driver: known.driver,
        matchedBy: "catalogue",
      });
      continue;
    }
    const ccid = CCID_READERS.find(([v, p]) => v === d.vendorId && p === d.productId);
    if (ccid) {
      out.push({ device: d, name: ccid[2], kind: "reader", matchedBy: "ccid-list" });
      continue;
    }
    if (d.interfaceClasses.includes(USB_CLASS_SMART_CARD)) {
      out.push({ device: d, name: d.name ?? `${d.vendorId}:${d.productId}`, kind: "reader", matchedBy: "ccid-class" });
    }
  }
  return out;
}

/**
 * Is a PKCS#11 slot (a PC/SC reader, as OpenSC and most vendor modules list them) a
 * real card reader? PC/SC names a reader by the name its driver gives it plus
 * interface/serial and "00 00" (pcsc-lite: the CCID driver's names, the same as in
 * supported_readers.txt; Windows: the device's friendly name, for the inbox CCID driver
 * "Microsoft Usbccid Smartcard Reader (WUDF)"). A virtual reader a token driver makes
 * (SafeNet's) or a test slot is none of these: an empty one is no sign of a card reader.
 */
export async function isKnownCardReaderName(description: string): Promise<boolean> {
  const d = description.trim().toLowerCase();
  if (d === "") return false;
  if (/\busbccid smartcard reader\b/.test(d)) return true;
  const { CCID_READERS } = await import("../../data/ccid-readers.js");
  const tokenIds = new Set(KNOWN_USB_DEVICES.filter((k) => k.kind === "token" && k.productId).map((k) => `${k.vendorId}:${k.productId}`));
  const names = [
    ...KNOWN_USB_DEVICES.filter((k) => k.kind === "reader" && k.productId).map((k) => k.name),
    ...CCID_READERS.filter(([v, p]) => !tokenIds.has(`${v}:${p}`)).map(([, , name]) => name),
  ];
  return names.some((n) => d.startsWith(n.toLowerCase()));
}
