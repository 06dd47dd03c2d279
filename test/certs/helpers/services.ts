import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import { createServer as createTcpServer } from "node:net";
import { readFileSync } from "node:fs";

/** A loopback port free right now, for a service started later. */
export async function freePort(): Promise<number> {
  return (await freePorts(1))[0]!;
}

/**
 * Loopback ports free right now, all different: each is held until every one is taken
 * (asked one after the other, a port just given back can be handed out again, and two
 * services of a test then shared one).
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createTcpServer>>((resolve, reject) => {
          const s = createTcpServer();
          s.once("error", reject);
          s.listen(0, "127.0.0.1", () => resolve(s));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  return ports;
}

/**
 * A loopback port where nothing listens and nothing will: 9 (discard) is below the
 * ports the system hands out for port 0, so no test's server can take it, as one did a
 * "closed" port that freePort had given back.
 */
export const CLOSED_PORT = 9;

/** Serves files by path on 127.0.0.1; `dateHeader` overrides the Date header (for the clock check). */
export async function startFileServer(
  routes: Record<string, () => Buffer>,
  opts: { dateHeader?: () => string } = {},
): Promise<{ server: Server; port: number; close(): Promise<void> }> {
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
export async function startOcspResponder(o: {
  port: number;
  index: string;
  ca: string;
  signer: string;
  key: string;
  cwd: string;
}): Promise<{ child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(
    "openssl",
    ["ocsp", "-port", String(o.port), "-index", o.index, "-CA", o.ca, "-rsigner", o.signer, "-rkey", o.key, "-nmin", "10"],
    {
      cwd: o.cwd,
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
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
