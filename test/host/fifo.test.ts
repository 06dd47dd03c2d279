import { spawn, execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildTestModule } from "../token/parts.js";
import { nodeFiles, NotRegularFileError } from "../../src/host/files.js";
import { BIN, REPO_ROOT } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

/**
 * A named pipe where a browser's file should be (issue #18.1). A plain open() of a FIFO
 * with no writer blocks a libuv worker for ever; process.exit() then waits for that
 * worker, and SIGTERM no longer ends the run. Every read through the host's file layer
 * opens only regular files. Real FIFOs (mkfifo), the real CLI in a child process.
 */

const linux = process.platform === "linux";
const dir = tempDir("gc-fifo-");
const mkfifo = (path: string) => {
  mkdirSync(join(path, ".."), { recursive: true });
  execFileSync("mkfifo", [path]);
  return path;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A HOME where Chromium's files, the user's mimeapps.list and a flatpak's metainfo are FIFOs. */
function fifoHome(name: string): { home: string; env: Record<string, string> } {
  const home = join(dir, name);
  const chromium = join(home, ".config", "chromium");
  mkfifo(join(chromium, "Local State"));
  mkfifo(join(chromium, "Default", "Preferences"));
  mkfifo(join(chromium, "Default", "ServerCertificate"));
  // A real SQLite store in a second profile whose write-ahead log is a FIFO.
  mkdirSync(join(chromium, "Profile 1"), { recursive: true });
  execFileSync("sqlite3", [
    join(chromium, "Profile 1", "ServerCertificate"),
    "CREATE TABLE certificates(sha256hash_hex TEXT PRIMARY KEY, der_cert BLOB NOT NULL, trust_settings BLOB NOT NULL);",
  ]);
  mkfifo(join(chromium, "Profile 1", "ServerCertificate-wal"));
  mkfifo(join(home, ".config", "mimeapps.list"));
  const flatpak = join(home, "flatpak");
  const active = join(flatpak, "app", "com.google.Chrome", "current", "active");
  mkdirSync(active, { recursive: true });
  writeFileSync(join(active, "metadata"), "[Application]\nname=com.google.Chrome\n");
  mkfifo(join(active, "files", "share", "metainfo", "com.google.Chrome.metainfo.xml"));
  mkfifo(join(active, "files", "share", "appdata", "com.google.Chrome.appdata.xml"));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    HOME: home,
    FLATPAK_USER_DIR: flatpak,
    FLATPAK_SYSTEM_DIR: join(home, "no-flatpak"),
    NO_COLOR: "1",
    LANG: "en_US.UTF-8",
  };
  for (const k of ["XDG_CONFIG_HOME", "XDG_DATA_HOME", "CHROME_CONFIG_HOME"]) delete env[k];
  return { home, env };
}

function start(args: string[], env: Record<string, string>) {
  const cli = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  cli.stdout.on("data", (b) => (stdout += b));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    cli.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const within = (ms: number) => Promise.race([exited, sleep(ms).then(() => "still running" as const)]);
  return { cli, exited, within, stdout: () => stdout };
}

describe("the file layer opens only regular files", () => {
  it.skipIf(!linux)("a FIFO is refused at once, without blocking on a writer", async () => {
    const fifo = mkfifo(join(dir, "unit", "pipe"));
    await expect(nodeFiles.readFile(fifo)).rejects.toBeInstanceOf(NotRegularFileError);
    await expect(nodeFiles.readText(fifo)).rejects.toThrow(/not a regular file \(a named pipe\)/);
  });

  it.skipIf(!linux)("a device and a folder are refused too (a folder as EISDIR); procfs files still read", async () => {
    await expect(nodeFiles.readFile("/dev/zero")).rejects.toThrow(/a device/);
    await expect(nodeFiles.readFile(dir)).rejects.toMatchObject({ code: "EISDIR" });
    expect(await nodeFiles.readText("/proc/self/status")).toMatch(/^Name:/);
  });
});

describe.skipIf(!linux)("FIFOs in place of a browser's files: the run ends, and SIGTERM ends it", () => {
  it("`all --offline --json` finishes on its own in bounded time with a JSON document", async () => {
    const { env } = fifoHome("home-run");
    const run = start(["all", "--offline", "--json", "--timeout", "4000"], env);
    try {
      const end = await run.within(40_000);
      expect(end).not.toBe("still running");
      const doc = JSON.parse(run.stdout()) as { checks: Array<{ id: string; status: string }> };
      expect(doc.checks.map((c) => c.id)).toContain("certs.stores");
    } finally {
      run.cli.kill("SIGKILL");
    }
  }, 60_000);

  it("SIGTERM during the run ends it with 143", async () => {
    const { env } = fifoHome("home-term");
    // The FIFOs are refused at once now, so a run ends in well under a second: a token
    // driver that hangs keeps this one going until the signal comes.
    const module = buildTestModule(tempDir("gc-fifo-module-"));
    const run = start(["all", "--offline", "--json", "--timeout", "30000", "--module", module], { ...env, TESTP11_HANG: "C_Initialize" });
    try {
      await sleep(700);
      run.cli.kill("SIGTERM");
      const end = await run.within(10_000);
      expect(end).toEqual({ code: 143, signal: null });
    } finally {
      run.cli.kill("SIGKILL");
    }
  }, 30_000);
});
