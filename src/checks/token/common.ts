import { checkHandle } from "../../core/define-check.js";
import type { Msg, MsgValue, Status } from "../../core/types.js";
import { pii } from "../../core/pii.js";
import type { ModuleProbe } from "../../host/pkcs11/probe.js";
import type { ProbeSlot, ProbeToken } from "../../host/pkcs11/protocol.js";
import { CKF_TOKEN_INITIALIZED } from "../../host/pkcs11/constants.js";
import type { DriverFamily } from "./drivers.js";

/** Handles of the token group's checks, typed with what each hands over (token.certificates: src/core/handover.ts). */
export const USB_DEVICE_CHECK = checkHandle<UsbDeviceOutput>("token.usb-device");
export const SMARTCARD_SERVICE_CHECK = checkHandle<undefined>("token.smartcard-service");
export const MODULE_CHECK = checkHandle<ModuleOutput>("token.module");
export const PRESENT_CHECK = checkHandle<PresentOutput>("token.present");
export const PIN_STATE_CHECK = checkHandle<undefined>("token.pin-state");
export const LOGIN_CHECK = checkHandle<undefined>("token.login");

/** token.usb-device hands this on: the tokens and readers seen on USB. */
export interface UsbDeviceOutput {
  /** Whether the USB list could be read at all. */
  listed: boolean;
  devices: Array<{
    name: string;
    kind: "token" | "reader";
    vendorId: string;
    productId: string;
    driver?: DriverFamily;
    problemCode?: number;
  }>;
}

/** token.module hands this on: every module probed, with what it answered. */
export interface ModuleOutput {
  probes: ModuleProbe[];
}

/** One initialised token in one slot of one module. */
export interface FoundToken {
  module: string;
  slot: ProbeSlot;
  token: ProbeToken;
}

/** token.present hands this on. */
export interface PresentOutput {
  tokens: FoundToken[];
}

export function baseName(p: string): string {
  return p.split(/[\\/]/).pop() || p;
}

/** Slots with an initialised token: a slot without one (or with a blank token) is no token. */
export function initialisedTokens(probes: readonly ModuleProbe[]): FoundToken[] {
  const out: FoundToken[] = [];
  for (const p of probes) {
    if (p.kind !== "ok") continue;
    for (const slot of p.slots) {
      if (slot.token && (slot.token.flags & CKF_TOKEN_INITIALIZED) !== 0) out.push({ module: p.module, slot, token: slot.token });
    }
  }
  return out;
}

/**
 * How a token is named in messages: its label, or its model when the label is blank.
 * A label is often the holder's name (issuers write it so), hence personal data.
 */
export function tokenName(t: FoundToken): MsgValue {
  return t.token.label ? pii(t.token.label, "name") : t.token.model || `slot ${t.slot.slotId}`;
}

const SEVERITY: Readonly<Record<Status, number>> = {
  pass: 0,
  info: 0,
  skip: 1,
  warn: 2,
  timeout: 3,
  error: 3,
  fail: 4,
};

/** The more serious of two statuses. */
export function worse(a: Status, b: Status): Status {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

export function severity(s: Status): number {
  return SEVERITY[s];
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The same step once: several tokens or modules often call for one remedy. */
export function dedupeMsgs(msgs: Msg[]): Msg[] {
  const seen = new Set<string>();
  return msgs.filter((m) => {
    const k = JSON.stringify(m);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
