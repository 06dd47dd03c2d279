import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readLinuxPolicies } from "../../src/host/browsers/policies/linux.js";
import { createNodeHost } from "../../src/host/node-host.js";
import { tempDir } from "./helpers/stand-ins.js";

describe("Linux policy folders, read the way chromium's ConfigDirPolicyLoader reads them", () => {
  let tmp: ReturnType<typeof tempDir>;
  let roots: Array<{ browser: "chrome"; root: string }>;
  const host = createNodeHost({ offline: true });
  beforeEach(() => {
    tmp = tempDir("gc-linux-pol-");
    roots = [{ browser: "chrome", root: tmp.dir }];
    mkdirSync(path.join(tmp.dir, "managed"));
    mkdirSync(path.join(tmp.dir, "recommended"));
  });
  afterEach(() => tmp.cleanup());

  it("reads every file, not only *.json, and the last file in name order wins a policy", async () => {
    writeFileSync(path.join(tmp.dir, "managed", "a.json"), JSON.stringify({ URLBlocklist: ["e-gov.az"], DefaultCookiesSetting: 2 }));
    writeFileSync(path.join(tmp.dir, "managed", "z-policy"), JSON.stringify({ URLBlocklist: [] }));
    writeFileSync(path.join(tmp.dir, "recommended", "r.json"), JSON.stringify({ DefaultJavaScriptSetting: 2 }));
    const read = await readLinuxPolicies(host, { roots });
    expect(read.problems).toEqual([]);
    expect(read.sources).toEqual([
      {
        browser: "chrome",
        level: "mandatory",
        scope: "machine",
        where: `${tmp.dir}/managed/a.json`,
        policies: { DefaultCookiesSetting: 2 },
      },
      { browser: "chrome", level: "mandatory", scope: "machine", where: `${tmp.dir}/managed/z-policy`, policies: { URLBlocklist: [] } },
      {
        browser: "chrome",
        level: "recommended",
        scope: "machine",
        where: `${tmp.dir}/recommended/r.json`,
        policies: { DefaultJavaScriptSetting: 2 },
      },
    ]);
  });

  it("a file that is not JSON is a problem with its reason; the others are still read", async () => {
    writeFileSync(path.join(tmp.dir, "managed", "broken.json"), "{ URLBlocklist: [e-gov.az] }");
    writeFileSync(path.join(tmp.dir, "managed", "ok.json"), JSON.stringify({ DefaultCookiesSetting: 2 }));
    mkdirSync(path.join(tmp.dir, "managed", "subfolder"));
    const read = await readLinuxPolicies(host, { roots });
    expect(read.problems).toEqual([expect.objectContaining({ browser: "chrome", where: `${tmp.dir}/managed/broken.json` })]);
    expect(read.sources.map((s) => s.where)).toEqual([`${tmp.dir}/managed/ok.json`]);
  });

  it("trailing commas are read as chromium reads them (JSON_ALLOW_TRAILING_COMMAS), not as an unreadable file", async () => {
    writeFileSync(
      path.join(tmp.dir, "managed", "commas.json"),
      '{\n  "JavaScriptBlockedForUrls": ["[*.]e-gov.az", "a,]",],\n  "DefaultCookiesSetting": 2,\n}\n',
    );
    writeFileSync(path.join(tmp.dir, "managed", "double.json"), '{"URLBlocklist": ["e-gov.az",,]}');
    const read = await readLinuxPolicies(host, { roots });
    expect(read.sources).toEqual([
      {
        browser: "chrome",
        level: "mandatory",
        scope: "machine",
        where: `${tmp.dir}/managed/commas.json`,
        policies: { JavaScriptBlockedForUrls: ["[*.]e-gov.az", "a,]"], DefaultCookiesSetting: 2 },
      },
    ]);
    // Two commas in a row are an error for chromium too.
    expect(read.problems).toEqual([expect.objectContaining({ where: `${tmp.dir}/managed/double.json` })]);
  });

  it("no folders at all is no policy, not a problem", async () => {
    const read = await readLinuxPolicies(host, { roots: [{ browser: "chrome", root: path.join(tmp.dir, "absent") }] });
    expect(read).toEqual({ sources: [], problems: [] });
  });
});
