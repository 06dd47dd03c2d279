import { describe, expect, it } from "vitest";
import { inBatches } from "../../src/host/batches.js";
import { whichOnPath } from "../../src/host/browsers/linux.js";
import { createNodeHost } from "../../src/host/node-host.js";
import type { FileStat, Host } from "../../src/host/host.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("inBatches", () => {
  it("answers in the items' order whatever order the work ends in, with at most a batch in flight", async () => {
    let inFlight = 0;
    let most = 0;
    const items = Array.from({ length: 10 }, (_, i) => i);
    const out = await inBatches(
      items,
      async (i) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await sleep(10 - i); // later items end first
        inFlight--;
        return i * 2;
      },
      4,
    );
    expect(out).toEqual(items.map((i) => i * 2));
    expect(most).toBe(4);
  });

  it("passes a failure on", async () => {
    await expect(inBatches([1, 2], async (i) => (i === 2 ? Promise.reject(new Error("no")) : i))).rejects.toThrow("no");
  });
});

describe("whichOnPath looks in every PATH folder at once", () => {
  /** A host whose files answer after a delay per folder: the later folder answers first. */
  function hostWith(files: Record<string, number>): Host {
    const real = createNodeHost({ offline: true, env: { PATH: "/first:/second:/third" } });
    const stat = async (path: string): Promise<FileStat | undefined> => {
      const delay = files[path];
      if (delay === undefined) return undefined;
      await sleep(delay);
      return { isFile: true, isDirectory: false, isSymbolicLink: false, size: 1, mtime: new Date() };
    };
    return { ...real, fs: { ...real.fs, stat } };
  }

  it("and still names the first folder in PATH order that has the command", async () => {
    const host = hostWith({ "/second/opera": 30, "/third/opera": 1 });
    expect(await whichOnPath(host, "opera")).toBe("/second/opera");
  });

  it("and says nothing when no folder has it", async () => {
    expect(await whichOnPath(hostWith({}), "opera")).toBeUndefined();
  });
});
