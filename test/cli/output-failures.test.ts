import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

/**
 * Issue 18.12: output that cannot be written is a failed run with a line on stderr,
 * never exit 0 with nothing; a file to write is refused before the run when it is an
 * input, a kernel file, or when its "name" is really the next option. The shell's own
 * redirections (`>&-`, `> /dev/full`, `2> /dev/full`, `| head`) are used as a user types them.
 */

const dir = tempDir("gc-output-failures-");

/** Runs the CLI under sh -c with `redirect` after it; stderr (when not redirected) and the exit code come back. */
function shell(
  args: string,
  redirect: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn("sh", ["-c", `"${process.execPath}" "${BIN}" ${args} ${redirect}`], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: "1", LANG: "en_US.UTF-8", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (b) => (stderr += b));
    child.stdout.on("data", (b) => (stdout += b));
    child.on("close", (code) => resolve({ code, stderr, stdout }));
  });
}

describe("results that cannot be written", () => {
  it("asan --json >&- (stdout closed): not exit 0, and stderr says the results were not shown", async () => {
    const r = await shell("asan --json --offline", ">&-");
    expect(r.code).not.toBe(0);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("could not be written to the standard output");
  });

  it("asan --json > /dev/full: not exit 0, and stderr says so", async () => {
    const r = await shell("asan --json --offline", "> /dev/full");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("(ENOSPC)");
  });

  it("> /dev/null is the user's choice: exit as the run says, nothing on stderr", async () => {
    const r = await shell("list --json", "> /dev/null");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("| head: the reader leaving (EPIPE) stays quiet", async () => {
    const r = await shell("list --json", "| head -c 5");
    expect(r.stdout).toHaveLength(5);
    expect(r.stderr).toBe("");
  });

  it("a usage error with 2> /dev/full still exits 64, with no crash", async () => {
    const r = await shell("--lang xx", "2> /dev/full");
    expect(r.code).toBe(64);
  });
});

describe("files to write, refused before the run", () => {
  it("--report --json: the next option is not taken as a file name", async () => {
    const r = await runCli(["asan", "--offline", "--report", "--json"], { cwd: dir });
    expect(r.code).toBe(64);
    expect(r.stdout).toBe("");
    // The command's own option declaration (commander) refuses it before our own check would.
    expect(r.stderr).toContain("--report needs a value");
    expect(existsSync(join(dir, "--json"))).toBe(false);
  });

  it.each([["--cert"], ["--ca"], ["--module"], ["--sale"], ["--phone"], ["--ics"]])(
    "%s with an option as its value is refused",
    async (opt) => {
      const cmd = opt === "--ics" || opt === "--sale" ? "plan" : opt === "--phone" ? "asan" : "certs";
      const r = await runCli([cmd, opt, "--offline"], { cwd: dir });
      expect(r.code).toBe(64);
      expect(r.stderr).toContain(`${opt} needs a value, but the next word is the option --offline`);
    },
  );

  it("--report /proc/self/mem is refused at once, not at the end", async () => {
    const r = await runCli(["asan", "--offline", "--json", "--report", "/proc/self/mem"]);
    expect(r.code).toBe(64);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("is not an ordinary file");
  });

  it("--report over the signer catalogue (GUZESTLI_SIGNER_CATALOG) is refused and the catalogue is left as it was", async () => {
    const catalogue = join(dir, "signers.json");
    writeFileSync(catalogue, "[]\n");
    const r = await runCli(["signer", "--offline", "--json", "--report", catalogue], { env: { GUZESTLI_SIGNER_CATALOG: catalogue } });
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("GUZESTLI_SIGNER_CATALOG");
    expect(readFileSync(catalogue, "utf8")).toBe("[]\n");
  });
});
