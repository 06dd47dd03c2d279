import { defineCheck } from "../../core/define-check.js";
import type { Msg } from "../../core/types.js";
import { pii } from "../../core/pii.js";
import { tokenFlagNames } from "../../host/pkcs11/constants.js";
import { driverRemedy } from "./module.js";
import { isKnownCardReaderName } from "./usb-catalogue.js";
import { baseName, initialisedTokens, MODULE_CHECK, PRESENT_CHECK, tokenName, USB_DEVICE_CHECK, type ModuleOutput } from "./common.js";

/**
 * Is a token present in a slot and initialised? This is where "nothing plugged in"
 * is said, once: the checks after it are skipped pointing here. A device seen on USB
 * that no module shows as a token is told apart: then the driver is the problem.
 */
export const presentCheck = defineCheck({
  id: PRESENT_CHECK,
  group: "token",
  covers: ["EIMZA-DEVICE", "EIMZA-READY-BEFORE-LOGIN"],
  title: "token.title.present",
  dependsOn: [MODULE_CHECK],
  uses: [USB_DEVICE_CHECK],
  codes: {
    TOKEN_PRESENT: { status: "pass" },
    NOTHING_PLUGGED_IN: { status: "fail", remedy: ["token.remedy.plugToken", "token.remedy.replug"] },
    TOKEN_NOT_SEEN_BY_DRIVER: {
      status: "fail",
      remedy: ["token.remedy.installDriverGeneric", "token.remedy.replug", "token.remedy.checkService"],
      helperSteps: ["token.remedy.checkService"],
    },
    NO_CARD_IN_READER: { status: "fail", remedy: ["token.remedy.insertCard"] },
    TOKEN_NOT_INITIALIZED: { status: "fail", remedy: ["token.remedy.call157Token"] },
    TOKEN_UNREADABLE: { status: "fail", remedy: ["token.remedy.replug", "token.remedy.installDriverGeneric"] },
  },
  async run(ctx) {
    const probes = ctx.dep(MODULE_CHECK)?.probes ?? [];
    const usb = ctx.dep(USB_DEVICE_CHECK);
    const tokens = initialisedTokens(probes);
    const slots = probes.flatMap((p) => (p.kind === "ok" ? p.slots.map((s) => ({ module: p.module, slot: s })) : []));
    const data = {
      tokens: tokens.map((t) => ({
        module: t.module,
        slotId: t.slot.slotId,
        slot: t.slot.description,
        label: pii(t.token.label, "name"),
        manufacturer: t.token.manufacturer,
        model: t.token.model,
        serial: pii(t.token.serial, "serial"),
        flags: tokenFlagNames(t.token.flags),
      })),
      slots: slots.map((s) => ({
        module: s.module,
        slotId: s.slot.slotId,
        description: s.slot.description,
        tokenPresent: s.slot.tokenPresent,
        tokenError: s.slot.tokenError,
      })),
    };
    if (tokens.length > 0) {
      const details = (t: (typeof tokens)[number]) =>
        `${[t.token.manufacturer, t.token.model].filter(Boolean).join(" ")}, ${baseName(t.module)}`;
      // One token is named by its label; several by model and module (labels are in data).
      const message: Msg =
        tokens.length === 1
          ? { key: "token.present.one", values: { token: tokenName(tokens[0]!), details: details(tokens[0]!) } }
          : { key: "token.present.many", values: { count: tokens.length, tokens: tokens.map(details).join("; ") } };
      return {
        code: "TOKEN_PRESENT",
        message,
        data,
        output: { tokens },
      };
    }
    const blank = slots.find((s) => s.slot.token);
    if (blank) {
      return {
        code: "TOKEN_NOT_INITIALIZED",
        message: { key: "token.present.notInitialized", values: { slot: blank.slot.description, module: baseName(blank.module) } },
        remedy: [{ key: "token.remedy.call157Token" }],
        data,
      };
    }
    // The slot says a token is in it, but the driver cannot read it.
    const unreadable = slots.find((s) => s.slot.tokenError);
    if (unreadable) {
      return {
        code: "TOKEN_UNREADABLE",
        message: {
          key: "token.present.unreadable",
          values: { slot: unreadable.slot.description || unreadable.slot.slotId, error: unreadable.slot.tokenError! },
        },
        remedy: [{ key: "token.remedy.replug" }, { key: "token.remedy.reinstallDriver", values: { module: baseName(unreadable.module) } }],
        data,
      };
    }
    // A slot with nothing in it is a card reader waiting for the ID card only when a
    // card reader is seen on USB or the slot is a known card reader by its name; SafeNet's
    // virtual readers and OpenSC's list of every PC/SC reader show empty slots with
    // nothing plugged in (#19.13).
    const tokenDevice = usb?.devices.find((d) => d.kind === "token");
    const readerDevice = usb?.devices.find((d) => d.kind === "reader");
    let readerSlot: (typeof slots)[number] | undefined;
    for (const s of slots) {
      if (await isKnownCardReaderName(s.slot.description)) {
        readerSlot = s;
        break;
      }
    }
    if (!tokenDevice && slots.length > 0 && (readerDevice || readerSlot)) {
      const slot = (readerSlot ?? slots[0]!).slot;
      return {
        code: "NO_CARD_IN_READER",
        message: { key: "token.present.noCard", values: { slot: slot.description } },
        remedy: [{ key: "token.remedy.insertCard" }],
        data: { ...data, reader: readerDevice?.name ?? slot.description, readerSeenBy: readerSlot ? "slot-name" : "usb" },
      };
    }
    const device = tokenDevice ?? usb?.devices[0];
    if (device) {
      return {
        code: "TOKEN_NOT_SEEN_BY_DRIVER",
        message: { key: "token.present.notSeenByDriver", values: { device: device.name, modules: probeNames(probes) } },
        remedy: [driverRemedy(device.driver, device.name), { key: "token.remedy.replug" }, { key: "token.remedy.checkService" }],
        data: { ...data, device: device.name },
      };
    }
    return {
      code: "NOTHING_PLUGGED_IN",
      message: { key: usb?.listed ? "token.present.nothing" : "token.present.nothingNoUsb" },
      remedy: [{ key: "token.remedy.plugToken" }, { key: "token.remedy.replug" }],
      data,
    };
  },
});

function probeNames(probes: ModuleOutput["probes"]): string {
  return probes
    .filter((p) => p.kind === "ok")
    .map((p) => baseName(p.module))
    .join(", ");
}
