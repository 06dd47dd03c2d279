import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";
import { checkOutputFile, writeFileReplacing } from "../../src/host/output-file.js";

/**
 * Files named on the command line are checked before any check runs: exit 64 and
 * nothing on stdout, so no whole JSON document precedes the error.
 */
describe("bad output and input paths are refused up front (built CLI)", () => {
  const dir = tempDir("gc-outputs-");
  const usage = async (args: string[], lang = "en") => {
    const r = await runCli([...args, "--lang", lang]);
    expect(r.code, r.stderr).toBe(64);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    return r.stderr;
  };

  it("--report into a folder that does not exist", async () => {
    const err = await usage(["browser", "--offline", "--json", "--report", join(dir, "no-such-folder", "r.md")]);
    expect(err).toContain("the folder");
    expect(err).toContain("does not exist");
    expect(existsSync(join(dir, "no-such-folder"))).toBe(false);
  });

  it("--report naming a folder", async () => {
    const err = await usage(["browser", "--offline", "--report", dir]);
    expect(err).toContain("is a folder");
    expect(err).toContain(`.html, .md or .json, e.g. ${join(dir, "guzestli-check.html")}`);
  });

  it("--ics naming a folder suggests a calendar file in it, not a report (#21.3)", async () => {
    for (const [lang, words] of [
      ["en", "e.g."],
      ["az", "məsələn"],
      ["ru", "например"],
    ] as const) {
      const err = await usage(["plan", "--sale", "15.01.2027 10:00", "--ics", dir], lang);
      expect(err).toContain(`${words} ${join(dir, "guzestli-menzil.ics")}`);
      expect(err).not.toMatch(/report|\.md\b/);
    }
  });

  it.skipIf(!existsSync("/dev/full"))("--report /dev/full (a device, where every write fails)", async () => {
    expect(await usage(["browser", "--offline", "--json", "--report", "/dev/full"])).toContain("not an ordinary file");
  });

  it("--ics into a folder that does not exist, in Azerbaijani and Russian", async () => {
    const missing = join(dir, "nope", "plan.ics");
    expect(await usage(["plan", "--sale", "2099-12-01T10:00", "--ics", missing], "az")).toContain("qovluğu yoxdur");
    expect(await usage(["plan", "--sale", "2099-12-01T10:00", "--ics", missing], "ru")).toContain("папки");
  });

  it("a report path that is one of the input files is refused and the input is left as it was", async () => {
    const cert = join(dir, "user.pem");
    writeFileSync(cert, "not touched\n");
    expect(await usage(["certs", "--offline", "--cert", cert, "--report", cert])).toContain("one of the input files");
    const mod = join(dir, "module.so");
    writeFileSync(mod, "\x7fELF");
    expect(await usage(["token", "--module", mod, "--report", join(dir, ".", "module.so")])).toContain("one of the input files");
    expect(readFileSync(cert, "utf8")).toBe("not touched\n");
  });

  it("--report with list or explain is a usage error, not ignored", async () => {
    expect(await usage(["list", "--report", join(dir, "l.md")])).toContain("--report applies only to");
    expect(await usage(["explain", "CKR_PIN_LOCKED", "--report", join(dir, "e.md")])).toContain("--report applies only to");
    expect(existsSync(join(dir, "l.md"))).toBe(false);
  });

  it("--ics without --sale is a usage error", async () => {
    expect(await usage(["plan", "--ics", join(dir, "p.ics")])).toContain("--ics needs the sale time");
    expect(await usage(["all", "--offline", "--ics", join(dir, "p.ics")])).toContain("--ics needs the sale time");
  });

  it.each(["1999-12-01T10:00", "2101-01-01T10:00", "0202-12-01T10:00"])("--sale %s (outside 2000–2100) is a usage error", async (sale) => {
    expect(await usage(["plan", "--sale", sale])).toContain("2000–2100");
  });

  it("--sale in 2100 is still accepted", async () => {
    const r = await runCli(["plan", "--sale", "2100-12-01T10:00", "--json", "--lang", "en"]);
    expect(r.code).not.toBe(64);
  });

  it("a --module file that does not exist is a usage error like a missing --cert", async () => {
    const err = await usage(["token", "--module", join(dir, "missing-pkcs11.so")]);
    expect(err).toContain("does not exist");
    expect(await usage(["token", "--module", dir])).toContain("is not a file");
  });
});

describe("output file probe and replacement (real file system)", () => {
  const dir = tempDir("gc-outprobe-");

  it("probing an existing file changes nothing: same content, same size", async () => {
    const f = join(dir, "old-report.md");
    writeFileSync(f, "yesterday's report\n");
    const before = statSync(f);
    expect(await checkOutputFile(f)).toBeUndefined();
    expect(readFileSync(f, "utf8")).toBe("yesterday's report\n");
    expect(statSync(f).size).toBe(before.size);
  });

  it("probing a new file leaves no file behind", async () => {
    const sub = join(dir, "fresh");
    mkdirSync(sub);
    expect(await checkOutputFile(join(sub, "new.md"))).toBeUndefined();
    expect(readdirSync(sub)).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)("a folder without write permission is refused as permission denied", async () => {
    const ro = join(dir, "ro");
    mkdirSync(ro, { mode: 0o500 });
    expect(await checkOutputFile(join(ro, "r.md"))).toMatchObject({ kind: "notWritable", code: "EACCES" });
  });

  it("a failed replacement leaves the old file whole", async () => {
    const f = join(dir, "kept.md");
    writeFileSync(f, "old content\n");
    // Data that cannot be written (a non-string, non-buffer) makes the write fail midway.
    await expect(writeFileReplacing(f, Symbol("bad") as unknown as string)).rejects.toThrow();
    expect(readFileSync(f, "utf8")).toBe("old content\n");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    await writeFileReplacing(f, "new content\n");
    expect(readFileSync(f, "utf8")).toBe("new content\n");
  });
});

describe("--help says what is written unasked", () => {
  it("names the version cache and the folder it is kept in", async () => {
    const r = await runCli(["--help", "--lang", "en"], { env: { XDG_CACHE_HOME: "/var/tmp/gc-cache-home" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("nothing is written unless you ask");
    expect(r.stdout).toContain("/var/tmp/gc-cache-home/guzestli-check");
  });
});
