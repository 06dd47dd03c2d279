import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import type net from "node:net";
import { createNodeHost } from "../../src/host/node-host.js";
import type { ExecResult, Host } from "../../src/host/host.js";
import { runChecks } from "../../src/core/runner.js";
import { signerChecks } from "../../src/checks/signer/index.js";
import { runOptions } from "../helpers/options.js";
import { inventoryOutput, regQueryOutput, REG_MISSING_STDERR, SELF_PROCESS } from "../windows/formats.js";

/**
 * The Windows path through the signer checks: reg.exe and PowerShell cannot run here,
 * so the host answers with output in their exact formats (reg query's, and the one
 * inventory JSON), while the port the "signer" listens on is a real loopback server
 * that the check really probes.
 */
const UNINSTALL = "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall";
function windowsHost(
  outputs: { apps: { hklm64: string; hklm32: string }; processes: unknown[]; listen: (port: number) => unknown[] },
  port: number,
): Host & { calls: string[] } {
  const real = createNodeHost({ offline: true });
  const ok = (stdout: string): ExecResult => ({
    exitCode: 0,
    signal: null,
    stdout,
    stderr: "",
    timedOut: false,
    truncated: false,
    notFound: false,
    durationMs: 1,
  });
  const calls: string[] = [];
  return {
    ...real,
    calls,
    platform: { ...real.platform, os: "win32" },
    async exec(command, args) {
      calls.push(command);
      if (command === "reg.exe" && args[1]!.endsWith(UNINSTALL)) {
        if (args[1]!.startsWith("HKCU")) return { ...ok(""), exitCode: 1, stderr: REG_MISSING_STDERR };
        return ok(args.includes("/reg:32") ? outputs.apps.hklm32 : outputs.apps.hklm64);
      }
      if (command === "powershell.exe") return ok(inventoryOutput({ processes: outputs.processes, listening: outputs.listen(port) }));
      return { ...ok(""), exitCode: null, notFound: true };
    },
  };
}

const APPS = {
  hklm64: regQueryOutput([
    { path: `HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall`, values: [] },
    {
      path: `HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Google Chrome`,
      values: [
        ["DisplayName", "REG_SZ", "Google Chrome"],
        ["DisplayVersion", "REG_SZ", "131.0.6778.86"],
        ["Publisher", "REG_SZ", "Google LLC"],
        ["VersionMajor", "REG_DWORD", "0x83"],
      ],
    },
  ]),
  hklm32: regQueryOutput([
    { path: `HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall`, values: [] },
    {
      path: `HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\KB2565063`,
      values: [["SystemComponent", "REG_DWORD", "0x1"]],
    },
    {
      path: `HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{5A1B2C3D-SIMA}`,
      // Non-ASCII folded by the console code page, as reg.exe prints it to a pipe.
      values: [
        ["DisplayName", "REG_SZ", "SIMA Imzalayici"],
        ["DisplayVersion", "REG_SZ", "2.1.0"],
        ["InstallLocation", "REG_SZ", "C:\\Program Files (x86)\\SIMA\\"],
      ],
    },
  ]),
};
const PROCS_RUNNING = [
  { ProcessId: 4, Name: "System", ExecutablePath: null },
  SELF_PROCESS,
  { ProcessId: 7312, Name: "SimaImzalayici.exe", ExecutablePath: "C:\\Program Files (x86)\\SIMA\\SimaImzalayici.exe" },
];
const PROCS_IDLE = [{ ProcessId: 4, Name: "System", ExecutablePath: null }, SELF_PROCESS];
const listenJson = (port: number) => [
  { LocalAddress: "0.0.0.0", LocalPort: 135, OwningProcess: 1040 },
  { LocalAddress: "127.0.0.1", LocalPort: port, OwningProcess: 7312 },
];

describe("signer checks on Windows outputs", () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    server = http.createServer((_req, res) => res.end("{}"));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => server.close());

  const run = async (host: Host) => {
    const results = await runChecks(signerChecks, { host, options: runOptions({ timeoutMs: 3000 }) });
    return Object.fromEntries(results.map((r) => [r.id, r]));
  };

  it("registered in WOW6432Node, running, answering on the port Get-NetTCPConnection names", async () => {
    const r = await run(windowsHost({ apps: APPS, processes: PROCS_RUNNING, listen: listenJson }, port));
    expect(r["signer.installed"]!.code).toBe("SIGNER_INSTALLED");
    expect(r["signer.installed"]!.data.programs).toEqual([
      expect.objectContaining({ name: "SIMA Imzalayici", source: "registry:HKLM32", signer: "sima-imzalayici" }),
    ]);
    // The name reg.exe best-fitted to ASCII is shown as the program is called.
    expect(r["signer.installed"]!.message.values?.name).toBe("SİMA İmzalayıcı");
    expect(r["signer.running"]!.code).toBe("SIGNER_RUNNING");
    expect(r["signer.answering"]!.code).toBe("SIGNER_ANSWERING");
    expect(r["signer.answering"]!.data.ports).toEqual([expect.objectContaining({ port, answers: ["http"] })]);
  });

  it("a program with the signer's name outside its InstallLocation (Downloads) is not the signer running; the one inside is", async () => {
    const stray = { ProcessId: 5120, Name: "SimaImzalayici.exe", ExecutablePath: "C:\\Users\\Aysel\\Downloads\\SimaImzalayici.exe" };
    const onlyStray = await run(windowsHost({ apps: APPS, processes: [...PROCS_IDLE, stray], listen: listenJson }, port));
    expect(onlyStray["signer.running"]!.code).toBe("SIGNER_NOT_RUNNING");
    expect(onlyStray["signer.running"]!.data.notTheInstalledProgram).toEqual([expect.objectContaining({ pid: 5120 })]);
    // The path is compared without case, as Windows does.
    const upper = { ProcessId: 7313, Name: "SimaImzalayici.exe", ExecutablePath: "C:\\PROGRAM FILES (X86)\\SIMA\\SimaImzalayici.exe" };
    const both = await run(windowsHost({ apps: APPS, processes: [...PROCS_IDLE, stray, upper], listen: listenJson }, port));
    expect(both["signer.running"]!.code).toBe("SIGNER_RUNNING");
    expect(both["signer.running"]!.data.processes).toEqual([expect.objectContaining({ pid: 7313 })]);
  });

  it("with no InstallLocation registered, an installer named after the signer is still not the signer running", async () => {
    const noLocation = { ...APPS, hklm32: APPS.hklm32.replace(/^.*InstallLocation.*$/m, "") };
    const setup = {
      ProcessId: 5121,
      Name: "SimaImzalayici_setup.exe",
      ExecutablePath: "C:\\Users\\Aysel\\Downloads\\SimaImzalayici_setup.exe",
    };
    const r = await run(windowsHost({ apps: noLocation, processes: [...PROCS_IDLE, setup], listen: listenJson }, port));
    expect(r["signer.installed"]!.code).toBe("SIGNER_INSTALLED");
    expect(r["signer.running"]!.code).toBe("SIGNER_NOT_RUNNING");
  });

  it("registered but not running: the start-it-first remedy", async () => {
    const r = await run(windowsHost({ apps: APPS, processes: PROCS_IDLE, listen: listenJson }, port));
    expect(r["signer.running"]!.code).toBe("SIGNER_NOT_RUNNING");
    expect(r["signer.answering"]!.status).toBe("skip");
  });

  it("starts PowerShell once for processes and ports together, and reads programs with reg.exe", async () => {
    const host = windowsHost({ apps: APPS, processes: PROCS_RUNNING, listen: listenJson }, port);
    await run(host);
    expect(host.calls.filter((c) => c === "powershell.exe")).toHaveLength(1);
    expect(host.calls.filter((c) => c === "reg.exe")).toHaveLength(3);
  });

  it("PowerShell and tasklist both unavailable: could not check, never a verdict", async () => {
    const host = windowsHost({ apps: APPS, processes: PROCS_IDLE, listen: listenJson }, port);
    const broken: Host = {
      ...host,
      exec: async () => ({
        exitCode: null,
        signal: null,
        stdout: "",
        stderr: "",
        timedOut: false,
        truncated: false,
        notFound: true,
        durationMs: 0,
      }),
    };
    const r = await run(broken);
    expect(r["signer.installed"]!.status).toBe("error");
    expect(r["signer.installed"]!.code).toBe("SIGNER_INSTALL_UNKNOWN");
    // Its dependant could not be checked either, and says so (#19.15), instead of a skip.
    expect([r["signer.running"]!.status, r["signer.running"]!.code]).toEqual(["error", "DEPENDENCY_NOT_CHECKED"]);
  });

  it("Wine's stubs (PowerShell, tasklist print nothing, exit 0) and an empty Uninstall list: could not check", async () => {
    const host = windowsHost({ apps: APPS, processes: PROCS_IDLE, listen: listenJson }, port);
    const empty = regQueryOutput([{ path: "HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall", values: [] }]);
    const stubs: Host = {
      ...host,
      async exec(command, args, o) {
        if (command === "reg.exe")
          return {
            exitCode: 0,
            signal: null,
            stdout: empty,
            stderr: "",
            timedOut: false,
            truncated: false,
            notFound: false,
            durationMs: 1,
          };
        if (command === "powershell.exe" || command === "tasklist.exe")
          return { exitCode: 0, signal: null, stdout: "", stderr: "", timedOut: false, truncated: false, notFound: false, durationMs: 1 };
        return host.exec(command, args, o);
      },
    };
    const r = await run(stubs);
    expect(r["signer.installed"]).toMatchObject({ status: "error", code: "SIGNER_INSTALL_UNKNOWN" });
  });

  it("a process list without this program's own process is not evidence that the signer is not running", async () => {
    const r = await run(
      windowsHost({ apps: APPS, processes: [{ ProcessId: 4, Name: "System", ExecutablePath: null }], listen: listenJson }, port),
    );
    expect(r["signer.installed"]!.code).toBe("SIGNER_INSTALLED");
    expect(r["signer.running"]).toMatchObject({ status: "error", code: "SIGNER_PROCESSES_UNKNOWN" });
  });

  it("one registry view unreadable: a signer found in the others still counts, its absence does not", async () => {
    const host = windowsHost({ apps: APPS, processes: PROCS_IDLE, listen: listenJson }, port);
    const view32Hangs = (apps: typeof APPS): Host => ({
      ...host,
      async exec(command, args, o) {
        if (command === "reg.exe" && args.includes("/reg:32"))
          return { exitCode: null, signal: null, stdout: "", stderr: "", timedOut: true, truncated: false, notFound: false, durationMs: 1 };
        return windowsHost({ apps, processes: PROCS_IDLE, listen: listenJson }, port).exec(command, args, o);
      },
    });
    const swapped = { hklm64: APPS.hklm32.replace(/WOW6432Node\\/g, ""), hklm32: APPS.hklm64 };
    expect((await run(view32Hangs(swapped)))["signer.installed"]!.code).toBe("SIGNER_INSTALLED");
    expect((await run(view32Hangs(APPS)))["signer.installed"]).toMatchObject({ status: "error", code: "SIGNER_INSTALL_UNKNOWN" });
  });
});
