import { describe, expect, it } from "vitest";
import dgram from "node:dgram";
import net from "node:net";
import { resolveName, tcpConnect, probeLocal } from "../../src/host/net/index.js";

/** A DNS server that receives every query and never answers: a dead network's DNS. */
async function silentDnsServer(): Promise<{ address: string; close(): void; queries(): number }> {
  const sock = dgram.createSocket("udp4");
  let n = 0;
  sock.on("message", () => n++);
  await new Promise<void>((r) => sock.bind(0, "127.0.0.1", r));
  return { address: `127.0.0.1:${sock.address().port}`, close: () => sock.close(), queries: () => n };
}

describe("network probes end at their deadline or when aborted, never hang", () => {
  it("a DNS server that never answers: the lookup ends as a timeout after asking it", async () => {
    const dns = await silentDnsServer();
    try {
      const r = await resolveName("www.e-gov.az", { timeoutMs: 600, servers: [dns.address] });
      expect(r.ok).toBe(false);
      expect(r.failure).toBe("timeout");
      expect(dns.queries()).toBeGreaterThan(0);
    } finally {
      dns.close();
    }
  });

  it("the check's abort signal cancels a pending DNS lookup", async () => {
    const dns = await silentDnsServer();
    try {
      const ac = new AbortController();
      const pending = resolveName("www.e-gov.az", { timeoutMs: 60_000, servers: [dns.address], signal: ac.signal });
      setTimeout(() => ac.abort(), 50);
      const r = await pending;
      expect(r.failure).toBe("aborted");
    } finally {
      dns.close();
    }
  });

  it("IP literals need no DNS", async () => {
    expect(await resolveName("127.0.0.1", { timeoutMs: 100 })).toMatchObject({ ok: true, addresses: ["127.0.0.1"] });
  });

  it("the abort signal stops a connection attempt and a local probe", async () => {
    const held: net.Socket[] = [];
    const server = net.createServer((s) => held.push(s));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const ac = new AbortController();
      const probe = probeLocal(port, "http", { timeoutMs: 60_000, signal: ac.signal });
      setTimeout(() => ac.abort(), 50);
      expect(await probe).toMatchObject({ answered: false, failure: "aborted" });
      const aborted = new AbortController();
      aborted.abort();
      expect(await tcpConnect("127.0.0.1", port, { timeoutMs: 60_000, signal: aborted.signal })).toMatchObject({
        ok: false,
        failure: "aborted",
      });
    } finally {
      for (const s of held) s.destroy();
      server.close();
    }
  });
});
