import type { CheckDefinition } from "../../core/types.js";
import { usbDeviceCheck } from "./usb-device.js";
import { smartcardServiceCheck } from "./smartcard-service.js";
import { moduleCheck } from "./module.js";
import { presentCheck } from "./present.js";
import { pinStateCheck } from "./pin-state.js";
import { certificatesCheck } from "./certificates.js";
import { loginCheck } from "./login.js";

/**
 * The token group's checks, in the order they are shown: the device on USB and the
 * smart-card service, the driver (PKCS#11 modules, each probed in a child process),
 * the token in its slot, its PIN state and certificates read without login, and the
 * login itself only when --login asks for it.
 */
export const tokenChecks: CheckDefinition[] = [
  usbDeviceCheck,
  smartcardServiceCheck,
  moduleCheck,
  presentCheck,
  pinStateCheck,
  certificatesCheck,
  loginCheck,
];
