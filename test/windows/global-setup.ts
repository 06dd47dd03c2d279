/**
 * Hands every test file of this run one directory for the Wine setup (prefix, app
 * copy), and afterwards stops that prefix's wineserver and removes the directory.
 * Nothing slow happens here: test/windows/wine.ts makes the prefix only when a test
 * asks for it, so runs without Wine tests pay nothing.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

let runDir: string | undefined;

export function setup(project: TestProject): void {
  runDir = mkdtempSync(join(tmpdir(), "gc-wine-run-"));
  project.provide("wineRunDir", runDir);
}

export function teardown(): void {
  if (!runDir) return;
  const prefix = join(runDir, "prefix");
  if (existsSync(prefix)) {
    try {
      // Ends every process of this prefix (a hung probe child included) and the server.
      execFileSync("wineserver", ["-k"], { env: { ...process.env, WINEPREFIX: prefix }, stdio: "ignore", timeout: 30_000 });
    } catch {
      /* no server running any more */
    }
  }
  rmSync(runDir, { recursive: true, force: true });
}
