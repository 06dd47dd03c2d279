import net from "node:net";
import { startDeadline } from "./deadline.js";

export interface ConnectResult {
  ok: boolean;
  /**
   * "refused" (nothing listens or a firewall rejects), "timeout" (no answer at all:
   * a firewall drops the packets or there is no route), "unreachable" (no network /
   * no route to the host), "aborted", "other".
   */
  failure?: "refused" | "timeout" | "unreachable" | "aborted" | "other";
  errorCode?: string;
  durationMs: number;
}

/** Opens (and closes again) a TCP connection with a hard deadline. */
export function tcpConnect(address: string, port: number, opts: { timeoutMs: number; signal?: AbortSignal }): Promise<ConnectResult> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let done = false;
    const socket = net.connect({ host: address, port });
    const deadline = startDeadline(opts.timeoutMs, opts.signal);
    const finish = (r: Omit<ConnectResult, "durationMs">) => {
      if (done) return;
      done = true;
      deadline.clear();
      socket.destroy();
      resolve({ ...r, durationMs: took() });
    };
    deadline.onExpire((why) => finish({ ok: false, failure: why === "timeout" ? "timeout" : "aborted" }));
    socket.once("connect", () => finish({ ok: true }));
    socket.once("error", (e: NodeJS.ErrnoException) => finish({ ok: false, failure: classifyConnectError(e.code), errorCode: e.code }));
  });
}

export function classifyConnectError(code: string | undefined): NonNullable<ConnectResult["failure"]> {
  switch (code) {
    case "ECONNREFUSED":
    case "ECONNRESET":
      return "refused";
    case "ETIMEDOUT":
      return "timeout";
    case "ENETUNREACH":
    case "EHOSTUNREACH":
    case "ENETDOWN":
    case "EHOSTDOWN":
    case "EADDRNOTAVAIL":
      return "unreachable";
    default:
      return "other";
  }
}
