import type { Host } from "../host.js";

/**
 * The PC/SC smart-card service that card readers and most tokens are reached
 * through: pcscd on Linux (socket-activated by systemd on most distributions),
 * "Smart Card" (SCardSvr) on Windows. macOS has it built in.
 */
export type PcscState =
  | { state: "running"; how: string }
  | { state: "stopped"; how: string; disabled?: boolean }
  | { state: "not-installed"; how: string }
  | { state: "unknown"; how: string; reason: string };

interface Bounds {
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Where pcscd keeps its socket (pcsc-lite's PCSCLITE_CSOCK_NAME default). */
export const PCSCD_SOCKET = "/run/pcscd/pcscd.comm";
const PCSCD_BINARIES = ["/usr/sbin/pcscd", "/usr/bin/pcscd", "/sbin/pcscd"];

export async function pcscdStateLinux(host: Host, o: Bounds): Promise<PcscState> {
  // No pcscd program: nothing for systemctl to say, and a process start saved.
  if (!(await anyExists(host, PCSCD_BINARIES))) return { state: "not-installed", how: "files" };
  const r = await host.exec("systemctl", ["is-active", "pcscd.socket", "pcscd.service"], o);
  if (!r.notFound && !r.timedOut) {
    // One line per unit: "active", "inactive", "failed", ... (systemctl(1) is-active).
    const states = r.stdout
      .trim()
      .split("\n")
      .map((s) => s.trim());
    if (states.includes("active")) return { state: "running", how: "systemctl" };
    if (states.length > 0 && states.every((s) => s !== "")) {
      const installed = await anyExists(host, PCSCD_BINARIES);
      if (!installed) return { state: "not-installed", how: "systemctl" };
      return { state: "stopped", how: "systemctl" };
    }
  }
  // Without systemd (containers, other init systems): the socket tells.
  if (await host.fs.exists(PCSCD_SOCKET)) return { state: "running", how: PCSCD_SOCKET };
  if (!(await anyExists(host, PCSCD_BINARIES))) return { state: "not-installed", how: "files" };
  return { state: "unknown", how: "files", reason: "systemctl not available and no pcscd socket" };
}

/**
 * `sc.exe query SCardSvr` prints "STATE : 4  RUNNING" (1 = STOPPED, 2 = START_PENDING,
 * 3 = STOP_PENDING); the number is not translated on localised Windows. Error 1060
 * means the service does not exist. `sc.exe qc` gives "START_TYPE : 4 DISABLED".
 */
export async function scardSvrStateWindows(host: Host, o: Bounds): Promise<PcscState> {
  const how = "sc.exe query SCardSvr";
  const r = await host.exec("sc.exe", ["query", "SCardSvr"], o);
  if (r.notFound) return { state: "unknown", how, reason: "sc.exe not found" };
  if (r.timedOut) return { state: "unknown", how, reason: `sc.exe did not answer within ${o.timeoutMs} ms` };
  return parseScQuery(r.stdout, r.exitCode, await startTypeDisabled(host, o));
}

export function parseScQuery(stdout: string, exitCode: number | null, disabled: boolean): PcscState {
  const how = "sc.exe query SCardSvr";
  if (exitCode === 1060 || /\b1060\b/.test(stdout)) return { state: "not-installed", how };
  const m = /STATE\s*:\s*(\d+)/.exec(stdout);
  // Wine's sc.exe exits 1 and prints nothing for a service it does not know.
  if (!m)
    return {
      state: "unknown",
      how,
      reason: (stdout.trim().split("\n")[0] ?? "").trim().slice(0, 200) || `sc.exe exit ${exitCode} with no output`,
    };
  const n = Number(m[1]);
  if (n === 4 || n === 2) return { state: "running", how };
  return { state: "stopped", how, disabled };
}

async function startTypeDisabled(host: Host, o: Bounds): Promise<boolean> {
  const r = await host.exec("sc.exe", ["qc", "SCardSvr"], o);
  return /START_TYPE\s*:\s*4\b/.test(r.stdout);
}

async function anyExists(host: Host, paths: readonly string[]): Promise<boolean> {
  for (const p of paths) if (await host.fs.exists(p)) return true;
  return false;
}
