#!/usr/bin/env node
// Certificate-input benchmark (not a test: timings depend on the machine). Issue 11.7:
// a 1000-certificate --ca file once took 13 s and starved every other check. Times, as
// the median of N runs each, `certs --offline --json` with:
//   - the 3-certificate official bundle (the normal case),
//   - 1000 copies of one certificate (copies count once),
//   - 1000 distinct certificates (refused before any parsing: exit 64).
// Goal: the refusal within 2x of the normal case.
//   node scripts/bench-cert-inputs.mjs [--runs 5] [--check]
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 5;
const bin = fileURLToPath(new URL("../bin/guzestli-check.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "gc-bench-inputs-"));

try {
  const openssl = (a) => execFileSync("openssl", a, { cwd: dir, stdio: ["ignore", "pipe", "ignore"] });
  openssl([
    "req",
    "-x509",
    "-new",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-keyout",
    "k.pem",
    "-out",
    "root.pem",
    "-subj",
    "/CN=Bench Root",
    "-days",
    "30",
    "-addext",
    "basicConstraints=critical,CA:true",
    "-addext",
    "keyUsage=critical,keyCertSign",
  ]);
  const root = readFileSync(join(dir, "root.pem"), "utf8");
  // 1000 distinct certificates from one key: a new serial each is enough to differ.
  openssl(["req", "-new", "-key", "k.pem", "-out", "c.csr", "-subj", "/CN=Bench Leaf"]);
  const many = [];
  for (let i = 0; i < 1000; i++) {
    many.push(
      openssl([
        "x509",
        "-req",
        "-in",
        "c.csr",
        "-CA",
        "root.pem",
        "-CAkey",
        "k.pem",
        "-set_serial",
        String(1000 + i),
        "-days",
        "30",
      ]).toString(),
    );
  }
  const files = {
    normal: root,
    copies: root.repeat(1000),
    distinct: many.join(""),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, `${name}.pem`), text);

  const median = (file) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      spawnSync(process.execPath, [bin, "certs", "--offline", "--json", "--ca", join(dir, file)], {
        stdio: "ignore",
        env: { ...process.env, HOME: dir, NO_COLOR: "1" },
      });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  };
  const rows = Object.keys(files).map((k) => [k, median(`${k}.pem`)]);
  const base = rows[0][1];
  for (const [name, ms] of rows) console.log(`${name.padEnd(10)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / base).toFixed(2)}x`);
  const ratio = rows[2][1] / base;
  console.log(`1000 distinct / normal = ${ratio.toFixed(2)} (goal <= 2)`);
  if (args.includes("--check") && ratio > 2) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
