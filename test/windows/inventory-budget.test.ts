import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ExecOptions, Host } from "../../src/host/host.js";
import { createNodeHost } from "../../src/host/node-host.js";
import { runProcess } from "../../src/host/process.js";
import { windowsInventory, WINDOWS_INVENTORY_MIN_MS } from "../../src/host/windows/inventory.js";
import { runChecks } from "../../src/core/runner.js";
import { usbDeviceCheck } from "../../src/checks/token/usb-device.js";
import { runCheckCommand } from "../../src/commands/run-checks.js";
import type { CheckCommand } from "../../src/commands/command.js";
import { t } from "../../src/i18n/catalog.js";
import { runOptions } from "../helpers/options.js";
import { tempDir } from "../helpers/tmp.js";
import { inventoryOutput, pnpSection, SELF_PROCESS } from "./formats.js";

/**
 * The one PowerShell inventory of a run (issue #18.11). A cold Windows PowerShell start
 * with CIM queries takes seconds; with a 5 s budget USB, stores and signer all became
 * "could not check". Here powershell.exe is a real slow process behind the host's
 * process seam: a Node script that waits, then prints the inventory's JSON.
 */

const dir = tempDir("gc-inventory-budget-");

/** A "PowerShell" that answers after `delayMs` with an inventory listing no USB device. */
function slowPowerShell(delayMs: number): string {
  const script = join(dir, `powershell-${delayMs}.cjs`);
  const out = inventoryOutput({ processes: [SELF_PROCESS], listening: [], pnp: pnpSection([]), certs: [] });
  writeFileSync(script, `setTimeout(() => process.stdout.write(${JSON.stringify(out)}), ${delayMs});\n`);
  return script;
}

/**
 * This machine as Windows, every program run for real: powershell.exe is the slow
 * script, anything else is not found. `maxDeadlineMs` shortens every deadline the host
 * is given (a PowerShell that outlasts its budget, without waiting 20 s for it).
 */
function windowsHost(script: string, maxDeadlineMs?: number): Host {
  const real = createNodeHost({ offline: true });
  return {
    ...real,
    platform: { ...real.platform, os: "win32" },
    exec(cmd: string, args: readonly string[], o: ExecOptions = {}) {
      const opts = maxDeadlineMs ? { ...o, timeoutMs: Math.min(o.timeoutMs ?? 10_000, maxDeadlineMs) } : o;
      return cmd === "powershell.exe"
        ? runProcess(process.execPath, [script], opts)
        : runProcess(`gc-no-such-program-${cmd}`, [...args], opts);
    },
  };
}

describe("the Windows inventory's own budget", () => {
  it("is 20 s at least, whatever the per-check budget", () => {
    expect(WINDOWS_INVENTORY_MIN_MS).toBe(20_000);
  });

  it("a PowerShell slower than --timeout still answers the inventory", async () => {
    const inv = await windowsInventory(windowsHost(slowPowerShell(2500)), { timeoutMs: 1000 });
    expect([inv.processes.ok, inv.pnp.ok, inv.certs.ok, inv.listening.ok]).toEqual([true, true, true, true]);
  });

  it("a check that reads it waits for it past its own budget on Windows", async () => {
    const [usb] = await runChecks([usbDeviceCheck], { host: windowsHost(slowPowerShell(2500)), options: runOptions({ timeoutMs: 1000 }) });
    expect([usb!.status, usb!.code]).toEqual(["info", "NO_USB_DEVICE"]);
  });
});

describe("a run whose inventory ran out of time", () => {
  it("says so on each check that needed it, and suggests --timeout", async () => {
    let out = "";
    const cmd: CheckCommand = { name: "token", description: "cli.cmd.token", options: [], groups: () => ["token"] };
    const options = runOptions({ timeoutMs: 1000 });
    await runCheckCommand(
      cmd,
      {
        host: windowsHost(slowPowerShell(5000), 300),
        options,
        json: true,
        io: { stdout: (s) => (out += s), stderr: () => {}, isTTY: false, env: {} },
      },
      { version: "test", noColor: true },
    );
    const usb = (
      JSON.parse(out) as { checks: Array<{ id: string; status: string; remedy: string[]; data: Record<string, unknown> }> }
    ).checks.find((c) => c.id === "token.usb-device")!;
    // Facts that could not be read are "could not check" (#19.15), counted for exit 2.
    expect(usb.status).toBe("error");
    expect(usb.data.windowsInventoryTimedOut).toBe(true);
    // The first caller's deadline (20 s at least) bounds the one process: here the check's, 21.5 s.
    const seconds = Math.round(Number(/within (\d+) ms/.exec(String(usb.data.reason))![1]) / 1000);
    expect(seconds).toBeGreaterThanOrEqual(20);
    expect(usb.remedy).toContain(t("en", "engine.inventoryTimedOut", { seconds }));
    expect(usb.remedy.join("\n")).toContain("--timeout 60000");
  }, 30_000);
});
