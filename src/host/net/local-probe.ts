import http from "node:http";
import https from "node:https";
import { randomBytes } from "node:crypto";
import { startDeadline } from "./deadline.js";

export type LocalProbeKind = "http" | "https" | "ws" | "wss";

export interface LocalProbeResult {
  kind: LocalProbeKind;
  port: number;
  /** Something spoke the protocol back (any HTTP status; for ws/wss a 101 upgrade). */
  answered: boolean;
  status?: number;
  /** ws/wss: the server switched protocols. */
  upgraded?: boolean;
  failure?: "refused" | "timeout" | "aborted" | "protocol" | "other";
  errorCode?: string;
  durationMs: number;
}

/**
 * Probes a port on 127.0.0.1 the way a web page talks to a local signer program:
 * plain HTTP, HTTPS (the signer's own self-signed certificate is accepted: it is a
 * local program, and the question is only whether it answers), or a WebSocket
 * upgrade over either. Only loopback is ever contacted, so it works under --offline.
 */
export function probeLocal(
  port: number,
  kind: LocalProbeKind,
  opts: {
    timeoutMs: number;
    signal?: AbortSignal;
    path?: string /** Loopback address: 127.0.0.1 unless the program listens on ::1 only. */;
    address?: string;
  },
): Promise<LocalProbeResult> {
  const started = performance.now();
  const secure = kind === "https" || kind === "wss";
  const ws = kind === "ws" || kind === "wss";
  return new Promise((resolve) => {
    let done = false;
    const address = opts.address === "::1" ? "::1" : "127.0.0.1";
    const headers: Record<string, string> = { Host: address === "::1" ? `[::1]:${port}` : `127.0.0.1:${port}`, Connection: "close" };
    if (ws) {
      headers.Connection = "Upgrade";
      headers.Upgrade = "websocket";
      headers["Sec-WebSocket-Version"] = "13";
      headers["Sec-WebSocket-Key"] = randomBytes(16).toString("base64");
    }
    const options: https.RequestOptions = {
      host: address,
      port,
      path: opts.path ?? "/",
      method: "GET",
      headers,
      agent: false,
      rejectUnauthorized: false,
    };
    const req = secure ? https.request(options) : http.request(options);
    const deadline = startDeadline(opts.timeoutMs, opts.signal);
    const finish = (r: Omit<LocalProbeResult, "durationMs" | "kind" | "port">) => {
      if (done) return;
      done = true;
      deadline.clear();
      req.destroy();
      resolve({ kind, port, ...r, durationMs: Math.round(performance.now() - started) });
    };
    deadline.onExpire((why) => finish({ answered: false, failure: why === "timeout" ? "timeout" : "aborted" }));
    req.on("upgrade", (res, socket) => {
      socket.destroy();
      finish({ answered: true, status: res.statusCode, upgraded: res.statusCode === 101 });
    });
    req.on("response", (res) => {
      res.resume();
      // A plain HTTP answer to an upgrade request: the port speaks HTTP, not WebSocket.
      finish({ answered: !ws, status: res.statusCode, upgraded: ws ? false : undefined, failure: ws ? "protocol" : undefined });
    });
    req.on("error", (e: NodeJS.ErrnoException) => {
      const refused = e.code === "ECONNREFUSED";
      // A reset or a garbled reply means the port is open but speaks something else
      // (e.g. HTTPS probed as HTTP).
      const protocol = e.code === "ECONNRESET" || e.code === "HPE_INVALID_CONSTANT" || /ssl|tls|wrong version/i.test(e.message);
      finish({ answered: false, failure: refused ? "refused" : protocol ? "protocol" : "other", errorCode: e.code ?? e.message });
    });
    req.end();
  });
}
