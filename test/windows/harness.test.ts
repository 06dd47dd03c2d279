import { beforeAll, describe, expect, it } from "vitest";
import { PREPARE_TIMEOUT_MS, prepareWine, runCliUnderWine, runUnderWine, WINE_REQUIRED } from "./wine.js";

describe.skipIf(!WINE_REQUIRED)("the Wine harness (Windows node.exe, win32 install)", () => {
  beforeAll(async () => {
    await prepareWine();
  }, PREPARE_TIMEOUT_MS);

  it("runs Windows node.exe as Windows 10 x64, with the package's win32 native parts only", async () => {
    const s = await prepareWine();
    const r = await runUnderWine(s.nodeExe, [
      "-e",
      "const fs=require('fs');process.stdout.write(JSON.stringify({p:process.platform,a:process.arch,r:require('os').release(),k:fs.readdirSync('node_modules/@koromix')}))",
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ p: "win32", a: "x64", r: expect.stringMatching(/^10\./), k: ["koffi-win32-x64"] });
  }, 200_000);

  it("runs the CLI with files for stdio and returns its exit code and output", async () => {
    const r = await runCliUnderWine(["--version"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  }, 200_000);
});
