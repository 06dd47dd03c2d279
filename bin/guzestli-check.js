#!/usr/bin/env node
// Thin entry: answer --version without loading the CLI (it is what scripts call most
// often to see whether the tool is there), otherwise hand over to the compiled CLI.
import { readFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${version}\n`);
} else {
  // dist/ is a minified bundle (scripts/build.mjs); the stack --verbose prints for an
  // unexpected failure names the source files and lines through its source maps.
  if (args.includes("--verbose")) process.setSourceMapsEnabled(true);
  const { main, exitOnSignals } = await import("../dist/cli.js");
  exitOnSignals();
  const code = await main(args, { version });
  process.exitCode = code;
  // A check that ran out of its budget may have left a socket or a timer of a vendor
  // library behind; the report is written, so leave once the output is flushed.
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}
