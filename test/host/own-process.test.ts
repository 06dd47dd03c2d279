import { describe, expect, it } from "vitest";
import { createNodeHost } from "../../src/host/node-host.js";
import type { Host } from "../../src/host/host.js";
import { listProcesses } from "../../src/host/processes/index.js";

describe("a process list always holds the program reading it", () => {
  const real = createNodeHost({ offline: true });

  it("the real /proc of this machine lists this test process", async () => {
    const list = await listProcesses(real, { timeoutMs: 10_000 });
    expect(list.some((p) => p.pid === process.pid)).toBe(true);
  });

  it("a /proc without this process (another PID namespace, a masked /proc) is could-not-check", async () => {
    const foreign: Host = {
      ...real,
      fs: {
        ...real.fs,
        list: async (p) => (p === "/proc" ? ["1", "self"] : []),
        readText: async (p) =>
          p === "/proc/1/comm" ? "init\n" : p === "/proc/1/cmdline" ? "/sbin/init\0" : Promise.reject(new Error("ENOENT")),
      },
    };
    await expect(listProcesses(foreign, { timeoutMs: 1000 })).rejects.toThrow(/not this program's own/);
    const empty: Host = { ...real, fs: { ...real.fs, list: async () => [] } };
    await expect(listProcesses(empty, { timeoutMs: 1000 })).rejects.toThrow(/no process at all/);
  });
});
