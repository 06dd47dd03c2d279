/**
 * The single executables (scripts/build-exe.mjs) for the tests, built once per set of
 * inputs: the build takes minutes (postject into a 90-125 MB executable), so the result
 * is cached under node_modules/.cache/guzestli-exe/<hash of the inputs>, where the
 * inputs are everything the executables are made of: src/, the build scripts,
 * package.json and package-lock.json (the Node.js version is named in build-exe.mjs).
 * A clean clone (CI) builds once per run; test files asking at the same time wait for
 * the first (a lock directory). An older build is removed when a new one is made.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { buildExecutables, TARGETS } from "../../scripts/build-exe.mjs";
import { REPO_ROOT } from "../helpers/cli.js";

export { EXE_NODE_VERSION } from "../../scripts/build-exe.mjs";

/** Time for the first test file to build both executables on a loaded 2-core machine. */
export const BUILD_TIMEOUT_MS = 900_000;

export interface Executables {
  dir: string;
  win: string;
  linux: string;
  version: string;
}

const CACHE = join(REPO_ROOT, "node_modules", ".cache", "guzestli-exe");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : [],
  );
}

function inputsHash(): string {
  const files = [
    ...filesUnder(join(REPO_ROOT, "src")),
    ...["scripts/build-exe.mjs", "scripts/catalog-json.mjs", "scripts/node-binary.mjs", "package.json", "package-lock.json"].map((f) =>
      join(REPO_ROOT, f),
    ),
  ].sort();
  const h = createHash("sha256");
  for (const f of files) h.update(relative(REPO_ROOT, f)).update("\0").update(readFileSync(f)).update("\0");
  return h.digest("hex").slice(0, 16);
}

let made: Executables | undefined;

export async function ensureExecutables(): Promise<Executables> {
  if (made) return made;
  const version = (JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;
  const key = inputsHash();
  const dir = join(CACHE, key);
  const result: Executables = { dir, version, win: join(dir, TARGETS.win.file(version)), linux: join(dir, TARGETS.linux.file(version)) };
  const complete = join(dir, ".complete");
  const lock = join(CACHE, `${key}.lock`);
  mkdirSync(CACHE, { recursive: true });
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  while (!existsSync(complete)) {
    let mine = false;
    try {
      mkdirSync(lock);
      mine = true;
    } catch {
      // A lock left by a killed run is taken over once it is older than a build can take.
      try {
        if (Date.now() - statSync(lock).mtimeMs > BUILD_TIMEOUT_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* gone meanwhile */
      }
    }
    if (mine) {
      try {
        if (!existsSync(complete)) {
          for (const old of readdirSync(CACHE)) if (old !== `${key}.lock`) rmSync(join(CACHE, old), { recursive: true, force: true });
          const tmp = `${dir}.tmp-${process.pid}`;
          await buildExecutables(["win", "linux"], tmp);
          rmSync(join(tmp, ".build"), { recursive: true, force: true });
          writeFileSync(join(tmp, ".complete"), "");
          renameSync(tmp, dir);
        }
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
      break;
    }
    if (Date.now() > deadline) throw new Error("the executables were not built in time by another test file");
    await new Promise((r) => setTimeout(r, 1000));
  }
  made = result;
  return made;
}
