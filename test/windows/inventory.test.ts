import { describe, expect, it } from "vitest";
import type { ExecOptions, ExecResult, Host } from "../../src/host/host.js";
import { createNodeHost } from "../../src/host/node-host.js";
import { parseWindowsInventory, windowsInventory, WINDOWS_INVENTORY_SCRIPT } from "../../src/host/windows/inventory.js";
import { listProcesses } from "../../src/host/processes/index.js";
import { listUsbDevices } from "../../src/host/usb/index.js";
import { readWindowsStores } from "../../src/host/certstores/windows.js";
import { decodedPowerShell, inventoryOutput, pnpSection, SELF_PROCESS } from "./formats.js";

function windowsHost(answer: (cmd: string, args: readonly string[]) => Partial<ExecResult>, delayMs = 0): Host & { calls: string[] } {
  const real = createNodeHost({ offline: true });
  const calls: string[] = [];
  return {
    ...real,
    calls,
    platform: { ...real.platform, os: "win32" },
    async exec(cmd: string, args: readonly string[], _o?: ExecOptions): Promise<ExecResult> {
      calls.push(cmd);
      await new Promise((r) => setTimeout(r, delayMs));
      return {
        exitCode: 0,
        signal: null,
        stdout: "",
        stderr: "",
        timedOut: false,
        truncated: false,
        notFound: false,
        durationMs: delayMs,
        ...answer(cmd, args),
      };
    },
  };
}

describe("the one Windows inventory a run", () => {
  it("is one PowerShell script with a section for each fact only PowerShell gives", () => {
    for (const part of ["Win32_Process", "Get-NetTCPConnection", "Win32_PnPEntity", "Cert:\\", "ConvertTo-Json"])
      expect(WINDOWS_INVENTORY_SCRIPT).toContain(part);
  });

  it("concurrent checks share one PowerShell process", async () => {
    const out = inventoryOutput({ processes: [SELF_PROCESS], pnp: pnpSection([]), certs: [], listening: [] });
    const host = windowsHost(
      (cmd, args) =>
        cmd === "powershell.exe" && decodedPowerShell(args).includes("Win32_Process")
          ? { stdout: out }
          : { notFound: true, exitCode: null },
      50,
    );
    const o = { timeoutMs: 5000 };
    const [procs, usb, stores] = await Promise.all([
      listProcesses(host, o),
      listUsbDevices(host, o),
      readWindowsStores(host, o),
      windowsInventory(host, o),
    ]);
    expect(procs).toEqual([{ pid: process.pid, name: "node.exe", exe: SELF_PROCESS.ExecutablePath }]);
    expect(usb).toMatchObject({ ok: true, devices: [] });
    expect(stores[0]).toMatchObject({ ok: false });
    expect(host.calls).toEqual(["powershell.exe"]);
  });

  it("keeps a failed section to itself", () => {
    const inv = parseWindowsInventory(
      inventoryOutput({ processes: [SELF_PROCESS], listening: { error: "The term 'Get-NetTCPConnection' is not recognized" } }),
    );
    expect(inv.processes).toEqual({ ok: true, items: [SELF_PROCESS] });
    expect(inv.listening).toEqual({ ok: false, reason: "The term 'Get-NetTCPConnection' is not recognized" });
  });

  it("fails every section when PowerShell prints nothing (Wine's stub) or not JSON", () => {
    for (const out of ["", "\r\n", "Windows PowerShell\r\nCopyright (C) Microsoft Corporation."]) {
      const inv = parseWindowsInventory(out);
      expect([inv.processes.ok, inv.listening.ok, inv.pnp.ok, inv.certs.ok]).toEqual([false, false, false, false]);
    }
  });

  it("a Win32_Process list without this program falls back to tasklist, and a stub tasklist is could-not-check", async () => {
    const listWithoutUs = inventoryOutput({ processes: [{ ProcessId: 4, Name: "System", ExecutablePath: null }] });
    const tasklist = `"System Idle Process","0","Services","0","8 K"\r\n"node.exe","${process.pid}","Console","1","40,112 K"\r\n`;
    const good = windowsHost((cmd) =>
      cmd === "powershell.exe"
        ? { stdout: listWithoutUs }
        : cmd === "tasklist.exe"
          ? { stdout: tasklist }
          : { notFound: true, exitCode: null },
    );
    expect((await listProcesses(good, { timeoutMs: 1000 })).map((p) => p.pid)).toContain(process.pid);
    const stubs = windowsHost(() => ({ stdout: "" }));
    await expect(listProcesses(stubs, { timeoutMs: 1000 })).rejects.toThrow(/no process at all/);
    expect(stubs.calls).toEqual(["powershell.exe", "tasklist.exe"]);
  });
});
