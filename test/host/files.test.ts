import { writeFileSync, symlinkSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeFiles, FileTooLargeError } from "../../src/host/files.js";
import { tempDir } from "../helpers/tmp.js";

const dir = tempDir("gc-files-");

describe("nodeFiles", () => {
  it("reads a file within the cap and refuses a larger one", async () => {
    writeFileSync(join(dir, "small"), "abc");
    writeFileSync(join(dir, "big"), Buffer.alloc(5000));
    expect((await nodeFiles.readFile(join(dir, "small"), { maxBytes: 10 })).toString()).toBe("abc");
    await expect(nodeFiles.readFile(join(dir, "big"), { maxBytes: 4096 })).rejects.toBeInstanceOf(FileTooLargeError);
  });

  it("reads special files that report size 0 (procfs) and still caps them", async () => {
    const text = await nodeFiles.readText("/proc/self/status");
    expect(text).toMatch(/^Name:/);
    await expect(nodeFiles.readFile("/proc/self/status", { maxBytes: 10 })).rejects.toBeInstanceOf(FileTooLargeError);
  });

  it("answers missing paths without throwing where the question allows it", async () => {
    expect(await nodeFiles.exists(join(dir, "nope"))).toBe(false);
    expect(await nodeFiles.stat(join(dir, "nope"))).toBeUndefined();
    expect(await nodeFiles.list(join(dir, "nope"))).toEqual([]);
    await expect(nodeFiles.readFile(join(dir, "nope"))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("follows and reports links", async () => {
    mkdirSync(join(dir, "d"));
    writeFileSync(join(dir, "d", "f"), "x");
    symlinkSync(join(dir, "d", "f"), join(dir, "link"));
    expect(await nodeFiles.stat(join(dir, "link"))).toMatchObject({ isFile: true, isSymbolicLink: true });
    expect(await nodeFiles.readLink(join(dir, "link"))).toBe(join(dir, "d", "f"));
    expect(await nodeFiles.list(join(dir, "d"))).toEqual(["f"]);
  });
});
