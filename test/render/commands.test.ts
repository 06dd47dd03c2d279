import { describe, expect, it } from "vitest";
import { createNodeHost } from "../../src/host/node-host.js";
import { abbreviateArgs } from "../../src/host/process.js";
import { renderHuman } from "../../src/render/human.js";
import { toJsonDocument } from "../../src/render/rendered.js";
import { makeChalk } from "../../src/render/style.js";
import { summarize } from "../../src/core/exit-code.js";
import type { RunReport } from "../../src/core/types.js";

describe("the list of external programs a run started (--verbose)", () => {
  it("the real host records every command with its outcome, arguments abbreviated", async () => {
    const host = createNodeHost({ offline: true });
    const long = "A".repeat(500);
    await host.exec("sh", ["-c", "exit 3", long]);
    await host.exec("guzestli-no-such-program", []);
    await host.exec("sleep", ["5"], { timeoutMs: 100 });
    expect(host.execLog).toEqual([
      expect.objectContaining({
        command: "sh",
        args: ["-c", "exit 3", `${"A".repeat(40)}…(500 chars)`],
        exitCode: 3,
        timedOut: false,
        notFound: false,
      }),
      expect.objectContaining({ command: "guzestli-no-such-program", exitCode: null, notFound: true }),
      expect.objectContaining({ command: "sleep", args: ["5"], timedOut: true }),
    ]);
    expect(abbreviateArgs(["-NoProfile"])).toEqual(["-NoProfile"]);
  });

  it("is shown in the human output and the JSON document only when asked for", () => {
    const base: RunReport = {
      command: "all",
      generatedAt: new Date("2026-11-25T12:00:00Z"),
      lang: "en",
      results: [],
      summary: summarize([], false),
    };
    const withCommands: RunReport = {
      ...base,
      commands: [
        {
          command: "reg.exe",
          args: ["query", "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall", "/s", "/reg:64"],
          durationMs: 41,
          exitCode: 0,
          timedOut: false,
          notFound: false,
        },
        {
          command: "powershell.exe",
          args: ["-NoProfile", "-EncodedCommand", "WwBDAG8A…(9000 chars)"],
          durationMs: 10000,
          exitCode: null,
          timedOut: true,
          notFound: false,
        },
      ],
    };
    const human = renderHuman(withCommands, { chalk: makeChalk(0), verbose: true, redacted: true });
    expect(human).toContain("External programs started (2):");
    expect(human).toContain("reg.exe query HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall /s /reg:64 — 41 ms, exit code 0");
    expect(human).toContain("powershell.exe -NoProfile -EncodedCommand WwBDAG8A…(9000 chars) — 10000 ms, stopped: no answer in time");
    expect(renderHuman(base, { chalk: makeChalk(0), verbose: true, redacted: true })).not.toContain("External programs");
    const meta = { version: "1", platform: { os: "win32", release: "10", arch: "x64", node: "v20" }, redacted: true };
    expect(toJsonDocument(withCommands, meta).commands).toHaveLength(2);
    expect(toJsonDocument(base, meta)).not.toHaveProperty("commands");
  });
});
