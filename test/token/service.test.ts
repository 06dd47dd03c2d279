import { describe, expect, it } from "vitest";
import { createNodeHost } from "../../src/host/node-host.js";
import type { ExecResult, Host } from "../../src/host/host.js";
import { runChecks } from "../../src/core/runner.js";
import { summarize } from "../../src/core/exit-code.js";
import { usbDeviceCheck } from "../../src/checks/token/usb-device.js";
import { smartcardServiceCheck } from "../../src/checks/token/smartcard-service.js";
import { runOptions } from "../helpers/options.js";
import { inventoryOutput, pnpSection } from "../windows/formats.js";

// The host cannot run Windows' sc.exe / PowerShell or a systemd here: these hosts answer
// with outputs in the tools' documented formats (sc.exe query/qc, systemctl is-active,
// Win32_PnPEntity as ConvertTo-Json).
const base = createNodeHost({ offline: true });
const result = (stdout: string, exitCode = 0): ExecResult => ({
  exitCode,
  signal: null,
  stdout,
  stderr: "",
  timedOut: false,
  truncated: false,
  notFound: false,
  durationMs: 3,
});

const scQuery = (state: string) => `
SERVICE_NAME: SCardSvr
        TYPE               : 20  WIN32_SHARE_PROCESS
        STATE              : ${state}
                                (NOT_STOPPABLE, NOT_PAUSABLE, IGNORES_SHUTDOWN)
        WIN32_EXIT_CODE    : 1077  (0x435)
        SERVICE_EXIT_CODE  : 0  (0x0)
        CHECKPOINT         : 0x0
        WAIT_HINT          : 0x0
`;
const scQc = (start: string) => `[SC] QueryServiceConfig SUCCESS

SERVICE_NAME: SCardSvr
        TYPE               : 20  WIN32_SHARE_PROCESS
        START_TYPE         : ${start}
        ERROR_CONTROL      : 1   NORMAL
        BINARY_PATH_NAME   : C:\\Windows\\system32\\svchost.exe -k LocalServiceAndNoImpersonation -p
        LOAD_ORDER_GROUP   :
        TAG                : 0
        DISPLAY_NAME       : Smart Card
        DEPENDENCIES       :
        SERVICE_START_NAME : NT AUTHORITY\\LocalService
`;
const EPASS_PNP = JSON.stringify({
  Name: "Microsoft Usbccid Smartcard Reader (WUDF)",
  DeviceID: "USB\\VID_096E&PID_0807\\5&2A1B3C4D&0&2",
  CompatibleID: ["USB\\Class_0B&SubClass_00&Prot_00", "USB\\Class_0B&SubClass_00", "USB\\Class_0B"],
  ConfigManagerErrorCode: 0,
});

function windows(o: { pnp: string; state: string; start: string }): Host {
  return {
    ...base,
    platform: { ...base.platform, os: "win32" },
    exec: async (cmd, args) => {
      if (cmd === "powershell.exe") return result(inventoryOutput({ pnp: pnpSection(o.pnp ? [JSON.parse(o.pnp)] : []) }));
      if (cmd === "sc.exe" && args[0] === "query") return result(scQuery(o.state));
      if (cmd === "sc.exe" && args[0] === "qc") return result(scQc(o.start));
      throw new Error(`unexpected ${cmd}`);
    },
  };
}

async function service(h: Host) {
  const results = await runChecks([usbDeviceCheck, smartcardServiceCheck], { host: h, options: runOptions() });
  const r = results.find((x) => x.id === "token.smartcard-service")!;
  return [r.status, r.code];
}

describe("the smart-card service on Windows (SCardSvr)", () => {
  it("running passes", async () => {
    expect(await service(windows({ pnp: EPASS_PNP, state: "4  RUNNING", start: "3   DEMAND_START" }))).toEqual(["pass", "PCSC_RUNNING"]);
  });
  it("stopped with a token plugged in fails", async () => {
    expect(await service(windows({ pnp: EPASS_PNP, state: "1  STOPPED", start: "3   DEMAND_START" }))).toEqual(["fail", "PCSC_STOPPED"]);
  });
  it("stopped with nothing plugged in is only information: Windows starts it on demand", async () => {
    expect(await service(windows({ pnp: "", state: "1  STOPPED", start: "3   DEMAND_START" }))).toEqual(["info", "PCSC_IDLE"]);
  });
  it("sc.exe printing nothing is could-not-check (error, exit 2), not a skip", async () => {
    const h: Host = { ...windows({ pnp: "", state: "", start: "" }), exec: async () => result("", 1) };
    const results = await runChecks([usbDeviceCheck, smartcardServiceCheck], { host: h, options: runOptions() });
    expect(results.map((r) => [r.id, r.status, r.code])).toEqual([
      ["token.usb-device", "error", "USB_LIST_UNAVAILABLE"],
      ["token.smartcard-service", "error", "PCSC_STATE_UNKNOWN"],
    ]);
    expect(summarize(results, false)).toMatchObject({ skip: 0, error: 2, exitCode: 2 });
  });
  it("disabled fails even with nothing plugged in", async () => {
    expect(await service(windows({ pnp: "", state: "1  STOPPED", start: "4   DISABLED" }))).toEqual(["fail", "PCSC_DISABLED"]);
  });
});

describe("the smart-card service on Linux (pcscd)", () => {
  const linux = (isActive: string, code: number, pcscdInstalled: boolean): Host => ({
    ...base,
    platform: { ...base.platform, os: "linux" },
    exec: async (cmd) => (cmd === "systemctl" ? result(isActive, code) : result("")),
    fs: { ...base.fs, exists: async (p) => pcscdInstalled && p === "/usr/sbin/pcscd" },
  });
  it("an active socket unit passes", async () => {
    expect(await service(linux("active\ninactive\n", 0, true))).toEqual(["pass", "PCSC_RUNNING"]);
  });
  it("inactive units with pcscd installed: it will not start on demand", async () => {
    expect(await service(linux("inactive\ninactive\n", 3, true))).toEqual(["warn", "PCSC_INACTIVE"]);
  });
  it("inactive units without pcscd: not installed", async () => {
    expect(await service(linux("inactive\ninactive\n", 3, false))).toEqual(["warn", "PCSC_NOT_INSTALLED"]);
  });
  it("without a pcscd program systemctl is not even started", async () => {
    const started: string[] = [];
    const h = linux("active\n", 0, false);
    expect(await service({ ...h, exec: async (cmd, a, o) => (started.push(cmd), h.exec(cmd, a, o)) })).toEqual([
      "warn",
      "PCSC_NOT_INSTALLED",
    ]);
    expect(started).toEqual([]);
  });
});
