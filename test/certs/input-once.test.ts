import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createNodeHost } from "../../src/host/node-host.js";
import { MAX_CERTIFICATES_PER_FILE, readCertificateFile } from "../../src/certs/load.js";
import { UsageError } from "../../src/core/errors.js";
import { hasKey, t } from "../../src/i18n/catalog.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

/**
 * Issue 11 point 7: a large certificate input must not starve the other checks. Each
 * file is parsed once per run, copies count once, too many distinct certificates is
 * a usage error found before any parsing, and parsing gives the event loop its turn
 * between certificates.
 */

const dir = tempDir("gc-input-once-");
const pems: string[] = [];
beforeAll(() => {
  // Real, distinct certificates: one more than the cap allows.
  for (let i = 0; i <= MAX_CERTIFICATES_PER_FILE; i++) {
    const out = join(dir, `c${i}.pem`);
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-new",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        join(dir, `k${i}.pem`),
        "-out",
        out,
        "-subj",
        `/CN=Bulk CA ${i}`,
        "-days",
        "30",
        "-addext",
        "basicConstraints=critical,CA:true",
      ],
      { stdio: "ignore" },
    );
    pems.push(readFileSync(out, "utf8"));
  }
}, 120_000);

const write = (name: string, text: string) => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};

describe("certificate inputs are read once, deduplicated and capped", () => {
  it("counts a thousand copies of one certificate once", async () => {
    const f = write("copies.pem", pems[0]!.repeat(1000));
    const got = await readCertificateFile(createNodeHost({ offline: true }), f);
    expect(got).toHaveLength(1);
    expect(got[0]!.info.commonName).toBe("Bulk CA 0");
  });

  it("refuses more distinct certificates than a certificate file holds, with the counts, in az, en and ru", async () => {
    const f = write("too-many.pem", pems.join(""));
    const err = (await readCertificateFile(createNodeHost({ offline: true }), f).catch((e: unknown) => e)) as UsageError;
    expect(err).toBeInstanceOf(UsageError);
    expect(err.key).toBe("cli.error.tooManyCertificates");
    for (const lang of ["az", "en", "ru"] as const) {
      expect(hasKey(lang, err.key)).toBe(true);
      const text = t(lang, err.key, err.values);
      expect(text).toContain(String(MAX_CERTIFICATES_PER_FILE + 1));
      expect(text).toContain(String(MAX_CERTIFICATES_PER_FILE));
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it("parses a file once per run: the second reader gets the same certificates, another run reads afresh", async () => {
    const f = write("chain.pem", pems.slice(0, 3).join(""));
    const host = createNodeHost({ offline: true });
    const first = await readCertificateFile(host, f);
    const second = await readCertificateFile(host, f);
    expect(second).toBe(first);
    const otherRun = await readCertificateFile(createNodeHost({ offline: true }), f);
    expect(otherRun).not.toBe(first);
    expect(otherRun.map((c) => c.info.sha256)).toEqual(first.map((c) => c.info.sha256));
  });

  it("lets the event loop run between certificates while parsing", async () => {
    const text = pems.slice(0, MAX_CERTIFICATES_PER_FILE).join("");
    const real = createNodeHost({ offline: true });
    // The bytes are already in memory, so what is measured is the parsing alone, not the file read.
    const host = { ...real, fs: { ...real.fs, readFile: async () => Buffer.from(text) } };
    await readCertificateFile(createNodeHost({ offline: true }), write("warm.pem", pems[0]!)); // the parser is loaded
    let turns = 0;
    let done = false;
    const tick = () => {
      if (done) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    await readCertificateFile(host, "in-memory.pem");
    done = true;
    // Without a yield per certificate the parse is one run of microtasks and the loop gets no turn.
    expect(turns).toBeGreaterThanOrEqual(MAX_CERTIFICATES_PER_FILE - 1);
  });

  it("through the CLI: a --ca file with too many certificates is exit 64, one line, before any check runs", async () => {
    const f = write("too-many-cli.pem", pems.join(""));
    const r = await runCli(["certs", "--json", "--offline", "--lang", "en", "--ca", f], { env: { HOME: dir } });
    expect(r.code).toBe(64);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toMatch(
      new RegExp(
        `holds ${MAX_CERTIFICATES_PER_FILE + 1} different certificates; a certificate file holds at most ${MAX_CERTIFICATES_PER_FILE}`,
      ),
    );
  });
});
