import { defineCheck } from "../../core/define-check.js";
import type { Msg } from "../../core/types.js";
import { pcscdStateLinux, scardSvrStateWindows, type PcscState } from "../../host/pcsc/service.js";
import { SMARTCARD_SERVICE_CHECK, USB_DEVICE_CHECK } from "./common.js";

/**
 * The PC/SC service card readers and most tokens are reached through: pcscd on
 * Linux, "Smart Card" (SCardSvr) on Windows; macOS has it built in. Windows starts
 * SCardSvr when a reader is plugged in, so there "stopped" matters only with one
 * plugged in; pcscd starts on demand only through its socket unit.
 */
export const smartcardServiceCheck = defineCheck({
  id: SMARTCARD_SERVICE_CHECK,
  group: "token",
  covers: ["EIMZA-DRIVER"],
  title: "token.title.smartcardService",
  platforms: ["linux", "win32"],
  uses: [USB_DEVICE_CHECK],
  codes: {
    PCSC_RUNNING: { status: "pass" },
    PCSC_IDLE: { status: "info" },
    PCSC_INACTIVE: { status: "warn", remedy: ["token.remedy.checkService"], helperSteps: ["token.remedy.startPcscd"] },
    PCSC_STOPPED: { status: "fail", remedy: ["token.remedy.checkService"], helperSteps: ["token.remedy.startPcscd"] },
    PCSC_DISABLED: { status: "fail", remedy: ["token.remedy.checkService"], helperSteps: ["token.remedy.startPcscd"] },
    PCSC_NOT_INSTALLED: { status: "warn", remedy: ["token.remedy.installPcscd"], helperSteps: ["token.remedy.installPcscd"] },
    PCSC_STATE_UNKNOWN: { status: "error", remedy: ["token.remedy.checkService"] },
  },
  async run(ctx) {
    const bounds = { timeoutMs: Math.max(500, Math.floor(ctx.budgetMs / 2) - 100), signal: ctx.signal };
    const windows = ctx.host.platform.os === "win32";
    const state: PcscState = windows ? await scardSvrStateWindows(ctx.host, bounds) : await pcscdStateLinux(ctx.host, bounds);
    const service = windows ? "SCardSvr" : "pcscd";
    const plugged = (ctx.dep(USB_DEVICE_CHECK)?.devices.length ?? 0) > 0;
    const data = { service, ...state };
    const startRemedy: Msg = { key: windows ? "token.remedy.startScardSvr" : "token.remedy.startPcscd" };
    switch (state.state) {
      case "running":
        return { code: "PCSC_RUNNING", message: { key: "token.service.running", values: { service } }, data };
      case "not-installed":
        return {
          code: "PCSC_NOT_INSTALLED",
          message: { key: "token.service.notInstalled", values: { service } },
          remedy: [{ key: windows ? "token.remedy.startScardSvr" : "token.remedy.installPcscd" }],
          data,
        };
      case "stopped":
        if (state.disabled) {
          return {
            code: "PCSC_DISABLED",
            message: { key: "token.service.disabled", values: { service } },
            remedy: [startRemedy],
            data,
          };
        }
        if (!plugged && windows) {
          // Windows starts SCardSvr itself when a reader arrives.
          return { code: "PCSC_IDLE", message: { key: "token.service.idle", values: { service } }, data };
        }
        if (!plugged) {
          // pcscd with its socket unit inactive will not start when a token is plugged in.
          return {
            code: "PCSC_INACTIVE",
            message: { key: "token.service.inactive", values: { service } },
            remedy: [startRemedy],
            data,
          };
        }
        return {
          code: "PCSC_STOPPED",
          message: { key: "token.service.stopped", values: { service } },
          remedy: [startRemedy],
          data,
        };
      default:
        return {
          code: "PCSC_STATE_UNKNOWN",
          message: { key: "token.service.unknown", values: { service, reason: state.reason } },
          data,
        };
    }
  },
});
