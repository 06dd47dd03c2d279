import { describe, expect, it } from "vitest";
import { runProcess } from "../../src/host/process.js";

describe("runProcess", () => {
  it("returns output and exit code of a real program", async () => {
    const r = await runProcess("sh", ["-c", "echo out; echo err >&2; exit 3"]);
    expect(r).toMatchObject({ exitCode: 3, stdout: "out\n", stderr: "err\n", timedOut: false, notFound: false });
  });

  it("says a program does not exist instead of throwing", async () => {
    const r = await runProcess("guzestli-no-such-program", []);
    expect(r.notFound).toBe(true);
    expect(r.exitCode).toBeNull();
  });

  it("a start that spawn refuses by throwing is a result, not an exception (as Windows' spawn UNKNOWN)", async () => {
    // A NUL in the command makes spawn throw synchronously, like a failed CreateProcess.
    const r = await runProcess("sh\0x", ["-c", "exit 0"], { timeoutMs: 5000 });
    expect(r.exitCode).toBeNull();
    expect(r.notFound).toBe(false);
    expect(r.stderr).toMatch(/null bytes|must be a string without null/i);
  });

  it("kills a program past its deadline, with what it started", async () => {
    // The grandchild would keep the pipe open if only the shell were killed.
    const r = await runProcess("sh", ["-c", "sleep 30 & sleep 30; wait"], { timeoutMs: 200 });
    expect(r.timedOut).toBe(true);
    expect(r.signal).toBe("SIGKILL");
    expect(r.durationMs).toBeLessThan(10_000);
  });

  it("stops when the caller's signal aborts", async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const r = await runProcess("sleep", ["30"], { signal: ac.signal, timeoutMs: 60_000 });
    expect(r.timedOut).toBe(true);
  });

  it("keeps at most maxOutputBytes and says it cut", async () => {
    const r = await runProcess("sh", ["-c", "head -c 100000 /dev/zero | tr '\\0' x"], { maxOutputBytes: 1000 });
    expect(r.stdout.length).toBe(1000);
    expect(r.truncated).toBe(true);
  });

  it("reports a crash by its signal", async () => {
    const r = await runProcess("sh", ["-c", "kill -SEGV $$"]);
    expect(r.signal).toBe("SIGSEGV");
  });

  it("feeds input on stdin", async () => {
    const r = await runProcess("cat", [], { input: "hello" });
    expect(r.stdout).toBe("hello");
  });
});
