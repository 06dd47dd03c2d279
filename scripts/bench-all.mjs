#!/usr/bin/env node
// Benchmark (not a test: timings depend on the machine) of a whole offline run:
// `all --offline` against a real SoftHSM2 token, on a machine with a browser installed
// (Debian's chromium in CI), compared with a bare `node -e 0` started right before it.
// Each pair runs back to back, so a busy machine slows both; the figure is the median
// of the pairs' ratios. Goal (issue 11): <= 4x a bare node.
//   node scripts/bench-all.mjs [--runs 15] [--check] [--module /usr/lib/softhsm/libsofthsm2.so] [--bin <bin/guzestli-check.js>] [--with-cert]
// Needs softhsm2 (softhsm2-util) and a built dist/ (npm run build).
import { spawnSync, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(opt("--runs", 15)) || 15;
const module = opt("--module", "/usr/lib/softhsm/libsofthsm2.so");
// --bin another checkout's bin/guzestli-check.js, to compare builds on the same machine.
const bin = opt("--bin", fileURLToPath(new URL("../bin/guzestli-check.js", import.meta.url)));

const dir = mkdtempSync(join(tmpdir(), "gc-bench-all-"));
try {
  mkdirSync(join(dir, "tokens"));
  const conf = join(dir, "softhsm2.conf");
  writeFileSync(conf, `directories.tokendir = ${join(dir, "tokens")}\nobjectstore.backend = file\nlog.level = ERROR\n`);
  const env = { ...process.env, SOFTHSM2_CONF: conf, HOME: dir, XDG_CACHE_HOME: join(dir, "cache"), NO_COLOR: "1" };
  execFileSync("softhsm2-util", ["--init-token", "--free", "--label", "E-imza Bench", "--pin", "4321", "--so-pin", "87654321"], {
    env,
    stdio: "ignore",
  });
  if (args.includes("--with-cert")) {
    // A token holding a certificate, as a citizen's does: the run then parses it (the
    // certificate parser is the heaviest module loaded).
    const key = join(dir, "k.pem");
    const pem = join(dir, "c.pem");
    const der = join(dir, "c.der");
    // A signing certificate like a citizen's (not a CA: the token check would not count it).
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        key,
        "-out",
        pem,
        "-days",
        "365",
        "-subj",
        "/C=AZ/CN=Bench Holder",
        "-addext",
        "basicConstraints=critical,CA:FALSE",
        "-addext",
        "keyUsage=critical,digitalSignature,nonRepudiation",
      ],
      { stdio: "ignore" },
    );
    execFileSync("openssl", ["x509", "-in", pem, "-outform", "DER", "-out", der]);
    execFileSync(
      "pkcs11-tool",
      ["--module", module, "--login", "--pin", "4321", "--write-object", der, "--type", "cert", "--id", "01", "--label", "bench"],
      { env, stdio: "ignore" },
    );
  }

  const time = (cmd) => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, cmd, { stdio: "ignore", env });
    if (r.status === null || r.status > 2) throw new Error(`${cmd.join(" ")} ended with ${r.status ?? r.signal}`);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const all = [bin, "all", "--offline", "--json", "--module", module];
  verify(spawnSync(process.execPath, all, { env, encoding: "utf8" }).stdout); // and warms the file cache
  const pairs = [];
  for (let i = 0; i < runs; i++) {
    const base = time(["-e", "0"]);
    const run = time(all);
    pairs.push({ base, run, ratio: run / base });
  }
  /** A fast run that broke measures nothing: the run must have read the token (and its certificate). */
  function verify(stdout) {
    const checks = JSON.parse(stdout).checks;
    const crashed = checks.filter((c) => c.code === "CHECK_CRASHED" || c.code === "CHECK_TIMEOUT").map((c) => `${c.id}: ${c.code}`);
    if (crashed.length > 0) throw new Error(`the measured run is broken: ${crashed.join(", ")}`);
    const byId = new Map(checks.map((c) => [c.id, c]));
    if (byId.get("token.present")?.status !== "pass") throw new Error("the measured run did not find the SoftHSM token");
    if (args.includes("--with-cert") && byId.get("token.certificates")?.code !== "TOKEN_CERT_OK") {
      throw new Error(`the measured run did not judge the token's certificate: ${byId.get("token.certificates")?.code}`);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const base = median(pairs.map((p) => p.base));
  const run = median(pairs.map((p) => p.run));
  const ratio = median(pairs.map((p) => p.ratio));
  console.log(`node -e 0             ${base.toFixed(1).padStart(8)} ms (median of ${runs})`);
  console.log(`all --offline (token) ${run.toFixed(1).padStart(8)} ms (median of ${runs})`);
  console.log(`median ratio of interleaved pairs = ${ratio.toFixed(2)}x (goal <= 4)`);
  if (args.includes("--check") && ratio > 4) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
