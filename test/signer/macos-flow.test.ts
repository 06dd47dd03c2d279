import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { createNodeHost } from "../../src/host/node-host.js";
import type { Host } from "../../src/host/host.js";
import { runChecks } from "../../src/core/runner.js";
import { signerChecks } from "../../src/checks/signer/index.js";
import { runOptions } from "../helpers/options.js";
import { makeStandinWorld, type StandinWorld } from "./standin-signer.js";

/**
 * The macOS path with real parts where this machine has them: the commands it runs on
 * macOS (`ps -axww -o pid=,comm=`, `lsof -a -p … -iTCP -sTCP:LISTEN -nP -F pn`) exist
 * here with the same output format and really find the stand-in; the .app bundle is a
 * real folder in ~/Applications of a temporary home.
 */
describe.runIf(process.platform === "linux")("signer checks through the macOS commands", () => {
  let world: StandinWorld;
  let host: Host;
  let port: number | null;
  beforeAll(async () => {
    world = makeStandinWorld();
    const home = join(world.dir, "home");
    mkdirSync(join(home, "Applications", `${world.displayName}.app`), { recursive: true });
    const real = createNodeHost({ offline: true, env: { ...process.env, ...world.env } });
    host = { ...real, platform: { ...real.platform, os: "darwin", homedir: home } };
    port = (await world.start("answer")).port;
  });
  afterAll(() => world.stopAll());

  it("finds the .app, the process through ps and its port through lsof, and gets an answer", async () => {
    const results = Object.fromEntries(
      (await runChecks(signerChecks, { host, options: runOptions({ timeoutMs: 4000 }) })).map((r) => [r.id, r]),
    );
    expect(results["signer.installed"]!.code).toBe("SIGNER_INSTALLED");
    expect(results["signer.installed"]!.data.programs).toEqual([
      expect.objectContaining({ name: world.displayName, source: "applications" }),
    ]);
    expect(results["signer.running"]!.code).toBe("SIGNER_RUNNING");
    expect(results["signer.answering"]!.code).toBe("SIGNER_ANSWERING");
    expect(results["signer.answering"]!.data.ports).toEqual([
      expect.objectContaining({ port, answers: expect.arrayContaining(["http", "ws"]) }),
    ]);
  });
});
