import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpHost } from "../../src/host/http.js";
import { HttpTimeoutError, OfflineError } from "../../src/host/host.js";

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/ok") {
      res.setHeader("Date", "Wed, 25 Nov 2026 12:00:00 GMT");
      res.end("hello");
    } else if (req.url === "/slow") {
      res.writeHead(200);
      res.write("partial");
      // never ends: the deadline must cover the body too
    } else if (req.url === "/big") {
      res.end(Buffer.alloc(10_000));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("createHttpHost", () => {
  const http = createHttpHost(false);

  it("returns status, headers and body from a loopback server", async () => {
    const r = await http.request(`${base}/ok`, { timeoutMs: 2000 });
    expect(r.status).toBe(200);
    expect(r.body.toString()).toBe("hello");
    expect(r.headers.date).toBe("Wed, 25 Nov 2026 12:00:00 GMT");
  });

  it("gives up at the deadline even while the body is still coming", async () => {
    const started = Date.now();
    await expect(http.request(`${base}/slow`, { timeoutMs: 300 })).rejects.toBeInstanceOf(HttpTimeoutError);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("refuses a body over the cap", async () => {
    await expect(http.request(`${base}/big`, { timeoutMs: 2000, maxBytes: 1000 })).rejects.toThrow(/larger than 1000/);
  });

  it("fails fast on a closed port", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    await expect(http.request(`http://127.0.0.1:${port}/`, { timeoutMs: 2000 })).rejects.toThrow(/ECONNREFUSED/);
  });

  it("never touches the network under --offline", async () => {
    const offline = createHttpHost(true);
    await expect(offline.request(`${base}/ok`, { timeoutMs: 2000 })).rejects.toBeInstanceOf(OfflineError);
  });
});
