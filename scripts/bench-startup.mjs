#!/usr/bin/env node
// Start-up benchmark (not a test: timings depend on the machine). Compares the CLI's
// --version, --help and list with a bare `node -e 0` on the same machine, median of N
// runs each. Goal (issue #2): --version within 1.5x of bare node.
//   node scripts/bench-startup.mjs [--runs 15] [--check]
// --check exits 1 when the goal is missed.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 15;
const bin = fileURLToPath(new URL("../bin/guzestli-check.js", import.meta.url));

function median(cmd) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, cmd, { stdio: "ignore", env: { ...process.env, NO_COLOR: "1" } });
    if (r.status !== 0) throw new Error(`${cmd.join(" ")} exited ${r.status}`);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const base = median(["-e", "0"]);
const rows = [
  ["node -e 0", base],
  ["--version", median([bin, "--version"])],
  ["--help", median([bin, "--help"])],
  ["list", median([bin, "list"])],
];
for (const [name, ms] of rows) console.log(`${name.padEnd(12)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / base).toFixed(2)}x`);
const ratio = rows[1][1] / base;
console.log(`--version / bare node = ${ratio.toFixed(2)} (goal <= 1.5)`);
if (args.includes("--check") && ratio > 1.5) process.exit(1);
