import { join } from "node:path";
import { REPO_ROOT } from "../helpers/cli.js";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { KNOWN_USB_DEVICES } from "../../src/checks/token/usb-catalogue.js";
import { CCID_READERS } from "../../src/data/ccid-readers.js";
import { cataloguePaths, MODULE_CATALOGUE } from "../../src/checks/token/module-catalogue.js";
import { DRIVER_PRODUCTS } from "../../src/checks/token/drivers.js";

describe("the token catalogues", () => {
  it("has, for every driver a known device needs, a module path on Windows, Linux and macOS", () => {
    const families = new Set(KNOWN_USB_DEVICES.map((d) => d.driver).filter((f) => f !== undefined));
    for (const family of families) {
      for (const os of ["win32", "linux", "darwin"] as const) {
        expect(
          MODULE_CATALOGUE.some((e) => e.family === family && e.os === os),
          `${family} on ${os}`,
        ).toBe(true);
      }
      expect(DRIVER_PRODUCTS[family!]).toBeTruthy();
    }
  });

  it("names the issue's tokens and readers by their USB ids", () => {
    const ids = new Set(KNOWN_USB_DEVICES.map((d) => `${d.vendorId}:${d.productId ?? "*"}`));
    for (const id of [
      "096e:0807",
      "096e:080a",
      "0529:0620",
      "0529:0602",
      "08e6:34cc",
      "08e6:34cf",
      "08e6:34d2",
      "08e6:3437",
      "08e6:3478",
      "0a89:*",
      "24dc:*",
      "25dd:*",
      "072f:*",
      "076b:*",
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  // The table is generated from data/ccid-readers.tsv (scripts/gen-data.mjs); this reads the TSV on its own.
  const SOURCE = join(REPO_ROOT, "data/ccid-readers.tsv");
  it("carries every supported and shouldwork reader of the CCID list it was generated from", () => {
    const tsv = readFileSync(SOURCE, "utf8").split("\n").slice(1);
    const wanted = new Set(
      tsv
        .map((l) => l.split("\t"))
        .filter((f) => f[3] === "supported" || f[3] === "shouldwork")
        .map((f) => `${f[0]!.toLowerCase()}:${f[1]!.toLowerCase()}`),
    );
    expect(new Set(CCID_READERS.map(([v, p]) => `${v}:${p}`))).toEqual(wanted);
  });

  it("is exactly what scripts/gen-data.mjs makes of data/ (nobody edited the generated file)", () => {
    const r = spawnSync(process.execPath, [join(REPO_ROOT, "scripts/gen-data.mjs"), "--check"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("expands the Windows folders from the environment", () => {
    const paths = cataloguePaths("win32", { SystemRoot: "D:\\Win", ProgramFiles: "D:\\Programs" }).map((c) => c.path);
    expect(paths).toContain("D:\\Win\\System32\\eTPKCS11.dll");
    expect(paths).toContain("D:\\Programs\\OpenSC Project\\OpenSC\\pkcs11\\opensc-pkcs11.dll");
    expect(paths.every((p) => !p.includes("%"))).toBe(true);
  });
});
