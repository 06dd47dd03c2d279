import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/**
 * Which test files run a real part (a process: the built CLI, SoftHSM, certutil, openssl,
 * chromium, Wine, or the real host that starts commands) and which need nothing but Node.
 * Decided from the files themselves, so a new test lands in the right set without a list
 * to keep: a test is a real-part test when it, or a test helper it imports (followed
 * through relative imports inside test/), imports `node:child_process`: every real part
 * is started from there (the test helpers for the CLI, openssl, certutil, SoftHSM, chromium
 * and Wine all import it). A test that hands a check a host with a stand-in `exec` over
 * temporary files is a unit test. `npm run test:unit` runs those (vitest.unit.config.ts).
 */
const REAL_PART = /from\s+["'](node:)?child_process["']/;
const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...testFiles(p));
    else if (name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

function usesRealPart(file: string, testRoot: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  if (REAL_PART.test(text)) return true;
  for (const m of text.matchAll(RELATIVE_IMPORT)) {
    const target = resolve(dirname(file), m[1]!).replace(/\.js$/, ".ts");
    // Only the tests' own helpers are followed; src/ is what is being tested.
    if (!target.startsWith(testRoot) || !existsSync(target)) continue;
    if (usesRealPart(target, testRoot, seen)) return true;
  }
  return false;
}

/** Test files (relative to the repository) that need no real part. */
export function unitTestFiles(repoRoot: string): string[] {
  const testRoot = join(repoRoot, "test");
  return testFiles(testRoot)
    .filter((f) => !usesRealPart(f, testRoot))
    .map((f) => relative(repoRoot, f))
    .sort();
}
