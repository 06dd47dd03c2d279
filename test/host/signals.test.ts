import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, CLI_NODE, REPO_ROOT } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";
import { buildTestModule } from "../token/parts.js";

const linux = process.platform === "linux";

/** pid, parent pid and process group of every process, from /proc/<pid>/stat (zombies left out: they have ended). */
function processes(): Array<{ pid: number; ppid: number; pgid: number }> {
  const out: Array<{ pid: number; ppid: number; pgid: number }> = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name is in parentheses and may hold spaces: read the fields after it.
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (rest[0] === "Z") continue;
      out.push({ pid: Number(name), ppid: Number(rest[1]), pgid: Number(rest[2]) });
    } catch {
      /* ended meanwhile */
    }
  }
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!linux)("a signal ends every child process group, then the exit code says which signal", () => {
  let module: string;
  beforeAll(() => {
    module = buildTestModule(tempDir("gc-signals-"));
  });

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const)("%s during a PKCS#11 probe hung in C_Initialize: exit %i, no child left", async (signal, expected) => {
    const cli = spawn(CLI_NODE, [BIN, "token", "--module", module, "--json", "--timeout", "60000"], {
      cwd: REPO_ROOT,
      env: { ...process.env, TESTP11_HANG: "C_Initialize", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => cli.on("exit", (code) => resolve(code)));
    try {
      // Wait (bounded) for the probe child: a process whose parent is the CLI and that leads its own group.
      let child: { pid: number; pgid: number } | undefined;
      for (let i = 0; i < 300 && !child; i++) {
        child = processes().find((p) => p.ppid === cli.pid && p.pgid === p.pid);
        if (!child) await sleep(100);
      }
      expect(child, "the probe child never started").toBeDefined();
      // Let it reach the hanging C_Initialize.
      await sleep(500);
      cli.kill(signal);
      const code = await Promise.race([exited, sleep(15_000).then(() => "still running" as const)]);
      expect(code).toBe(expected);
      // Give the kernel a moment to reap, then nothing of that group may remain.
      let left = processes().filter((p) => p.pgid === child!.pgid);
      for (let i = 0; i < 20 && left.length > 0; i++) {
        await sleep(100);
        left = processes().filter((p) => p.pgid === child!.pgid);
      }
      expect(left).toEqual([]);
    } finally {
      cli.kill("SIGKILL");
      for (const p of processes()) {
        if (p.ppid === cli.pid) {
          try {
            process.kill(-p.pgid, "SIGKILL");
          } catch {
            /* gone */
          }
        }
      }
    }
  });
});

describe.skipIf(!linux)("the probe child ends itself when the CLI is killed outright (issue #18.8)", () => {
  let module: string;
  beforeAll(() => {
    module = buildTestModule(tempDir("gc-orphan-"));
  });

  it.each(["C_Initialize", "C_GetSlotList"])(
    "kill -9 of the CLI while the module hangs in %s: the probe child is gone soon after",
    async (hang) => {
      const cli = spawn(process.execPath, [BIN, "token", "--module", module, "--json", "--timeout", "60000"], {
        cwd: REPO_ROOT,
        env: { ...process.env, TESTP11_HANG: hang, NO_COLOR: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let child: { pid: number; pgid: number } | undefined;
      try {
        for (let i = 0; i < 300 && !child; i++) {
          child = processes().find((p) => p.ppid === cli.pid && p.pgid === p.pid);
          if (!child) await sleep(100);
        }
        expect(child, "the probe child never started").toBeDefined();
        // Let it reach the hanging call.
        await sleep(700);
        expect(processes().some((p) => p.pid === child!.pid)).toBe(true);
        // SIGKILL: the CLI runs no handler, kills no child group.
        cli.kill("SIGKILL");
        let alive = true;
        for (let i = 0; i < 100 && alive; i++) {
          await sleep(100);
          alive = processes().some((p) => p.pid === child!.pid);
        }
        expect(alive, "the probe child outlived its parent by 10 s").toBe(false);
      } finally {
        cli.kill("SIGKILL");
        if (child) {
          try {
            process.kill(-child.pgid, "SIGKILL");
          } catch {
            /* gone */
          }
        }
      }
    },
    30_000,
  );
});
