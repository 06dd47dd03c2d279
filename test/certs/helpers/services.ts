import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import { createServer as createTcpServer } from "node:net";
import { readFileSync } from "node:fs";

/** A loopback port free right now (for a service started later, or for none: a closed port). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createTcpServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Serves files by path on 127.0.0.1; `dateHeader` overrides the Date header (for the clock check). */
export async function startFileServer(routes: Record<string, () => Buffer>, opts: { dateHeader?: () => string } = {}): Promise<{ server: Server; port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const route = routes[(req.url ?? "/").split("?")[0]!];
    if (opts.dateHeader) res.setHeader("Date", opts.dateHeader());
    if (!route) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const body = route();
    res.setHeader("Content-Type", "application/octet-stream");
    res.setHeader("Content-Length", body.length);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return { server, port, close: () => new Promise((r) => server.close(() => r())) };
}

export function fileRoute(path: string): () => Buffer {
  return () => readFileSync(path);
}

/** A real `openssl ocsp` responder on the port (OpenSSL 3.0 takes a bare port number), answering from the CA's index.txt. */
export async function startOcspResponder(o: { port: number; index: string; ca: string; signer: string; key: string; cwd: string }): Promise<{ child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn("openssl", ["ocsp", "-port", String(o.port), "-index", o.index, "-CA", o.ca, "-rsigner", o.signer, "-rkey", o.key, "-nmin", "10"], {
    cwd: o.cwd,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  // Ready when it says so. (Probing the port with a bare connect would wedge it: the
  // OpenSSL 3.0 responder then waits forever for a request on that empty connection.)
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`openssl ocsp did not start: ${stderr}`)), 10_000);
    child.stderr!.on("data", (b) => {
      stderr += b;
      if (stderr.includes("waiting for OCSP client connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", () => {
      clearTimeout(timer);
      reject(new Error(`openssl ocsp exited: ${stderr}`));
    });
  });
  return {
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Accepts connections and never answers: a responder that hangs. */
export async function startHangingServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<import("node:net").Socket>();
  const server = createTcpServer((s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
    s.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
