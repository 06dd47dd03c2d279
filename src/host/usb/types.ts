/** A USB device as the operating system lists it, whether or not a driver took it. */
export interface UsbDevice {
  /** Four lower-case hex digits. */
  vendorId: string;
  productId: string;
  /** The product string, or the Windows device name. */
  name?: string;
  manufacturer?: string;
  /** bInterfaceClass of each interface; 0x0b = smart card (CCID). */
  interfaceClasses: number[];
  /** Windows Device Manager problem code (ConfigManagerErrorCode); 28 = no driver installed. */
  problemCode?: number;
}

export type UsbScan =
  | { ok: true; source: string; devices: UsbDevice[] }
  /** The USB list could not be read (no sysfs in a container, PowerShell missing, ...). */
  | { ok: false; source: string; reason: string };

/** USB interface class of smart-card readers (CCID), from the USB-IF class codes. */
export const USB_CLASS_SMART_CARD = 0x0b;
