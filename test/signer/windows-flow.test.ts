import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import type net from "node:net";
import { createNodeHost } from "../../src/host/node-host.js";
import type { ExecResult, Host } from "../../src/host/host.js";
import { runChecks } from "../../src/core/runner.js";
import { signerChecks } from "../../src/checks/signer/index.js";
import { runOptions } from "../helpers/options.js";

/**
 * The Windows path through the signer checks: PowerShell cannot run here, so the host
 * answers its commands with output in the documented ConvertTo-Json format, while the
 * port the "signer" listens on is a real loopback server that the check really probes.
 */
function windowsHost(outputs: { apps: string; processes: string; listen: (port: number) => string }, port: number): Host {
  const real = createNodeHost({ offline: true });
  const ok = (stdout: string): ExecResult => ({
    exitCode: 0, signal: null, stdout, stderr: "", timedOut: false, truncated: false, notFound: false, durationMs: 1,
  });
  return {
    ...real,
    platform: { ...real.platform, os: "win32" },
    async exec(command, args) {
      const script = args.join(" ");
      if (command !== "powershell.exe") return { ...ok(""), exitCode: null, notFound: true };
      if (script.includes("Uninstall")) return ok(outputs.apps);
      if (script.includes("Win32_Process")) return ok(outputs.processes);
      if (script.includes("Get-NetTCPConnection")) return ok(outputs.listen(port));
      return { ...ok(""), exitCode: 1 };
    },
  };
}

const APPS = JSON.stringify([
  { DisplayName: "Google Chrome", DisplayVersion: "131.0.6778.86", Publisher: "Google LLC", InstallLocation: null,
    PSParentPath: "Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall" },
  { DisplayName: "SIMA Imzalayici", DisplayVersion: "2.1.0", Publisher: null, InstallLocation: "C:\\Program Files (x86)\\SIMA\\",
    PSParentPath: "Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\Software\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall" },
]);
const PROCS_RUNNING =
  '[{"ProcessId":4,"Name":"System","ExecutablePath":null},{"ProcessId":7312,"Name":"SimaImzalayici.exe","ExecutablePath":"C:\\\\Program Files (x86)\\\\SIMA\\\\SimaImzalayici.exe"}]';
const PROCS_IDLE = '[{"ProcessId":4,"Name":"System","ExecutablePath":null}]';
const listenJson = (port: number) =>
  `[{"LocalAddress":"0.0.0.0","LocalPort":135,"OwningProcess":1040},{"LocalAddress":"127.0.0.1","LocalPort":${port},"OwningProcess":7312}]`;

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
    expect(r["signer.running"]!.code).toBe("SIGNER_RUNNING");
    expect(r["signer.answering"]!.code).toBe("SIGNER_ANSWERING");
    expect(r["signer.answering"]!.data.ports).toEqual([expect.objectContaining({ port, answers: ["http"] })]);
  });

  it("registered but not running: the start-it-first remedy", async () => {
    const r = await run(windowsHost({ apps: APPS, processes: PROCS_IDLE, listen: listenJson }, port));
    expect(r["signer.running"]!.code).toBe("SIGNER_NOT_RUNNING");
    expect(r["signer.answering"]!.status).toBe("skip");
  });

  it("PowerShell and tasklist both unavailable: could not check, never a verdict", async () => {
    const host = windowsHost({ apps: APPS, processes: PROCS_IDLE, listen: listenJson }, port);
    const broken: Host = { ...host, exec: async () => ({ exitCode: null, signal: null, stdout: "", stderr: "", timedOut: false, truncated: false, notFound: true, durationMs: 0 }) };
    const r = await run(broken);
    expect(r["signer.installed"]!.status).toBe("error");
    expect(r["signer.installed"]!.code).toBe("SIGNER_INSTALL_UNKNOWN");
    expect(r["signer.running"]!.status).toBe("skip");
  });
});
