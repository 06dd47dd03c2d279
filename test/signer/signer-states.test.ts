import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli, type JsonCheck as Check } from "../helpers/cli.js";
import { makeStandinWorld, type StandinWorld } from "./standin-signer.js";

async function signerJson(world: StandinWorld, extra: string[] = []) {
  const r = await runCli(["signer", "--json", "--lang", "en", "--timeout", "3000", ...extra], { env: world.env });
  const doc = JSON.parse(r.stdout) as { checks: Check[]; summary: { exitCode: number } };
  const by = (id: string) => doc.checks.find((c) => c.id === id)!;
  return { code: r.code, doc, installed: by("signer.installed"), running: by("signer.running"), answering: by("signer.answering") };
}

// The four states of the signer, told apart on this machine with a real stand-in
// process, found through the real /proc process list and the real listening-port lookup.
describe.runIf(process.platform === "linux")("signer states with a stand-in signer (Linux, real processes)", () => {
  let world: StandinWorld;
  beforeEach(() => {
    world = makeStandinWorld();
  });
  afterEach(() => world.stopAll());

  it("not installed: installed fails, the rest is skipped pointing at it", async () => {
    const r = await signerJson(world);
    expect(r.installed.status).toBe("fail");
    expect(r.installed.code).toBe("SIGNER_NOT_INSTALLED");
    expect(r.installed.data.lookedFor).toContain(world.displayName);
    expect(r.running.status).toBe("skip");
    expect(r.running.data.blockedBy).toBe("signer.installed");
    expect(r.answering.status).toBe("skip");
    expect(r.answering.data.blockedBy).toBe("signer.installed");
    expect(r.code).toBe(1);
  });

  it('installed but not running: says to start it before pressing "e-imza ilə daxil ol"', async () => {
    world.install();
    const r = await signerJson(world);
    expect(r.installed.code).toBe("SIGNER_INSTALLED");
    expect(r.installed.message).toContain(world.displayName);
    expect(r.running.status).toBe("fail");
    expect(r.running.code).toBe("SIGNER_NOT_RUNNING");
    const remedy = r.running.remedy.join("\n");
    expect(remedy).toContain("e-imza ilə daxil ol");
    expect(remedy).toContain("Portala imza ilə giriş mümkün olmadı");
    expect(r.answering.status).toBe("skip");
    expect(r.answering.data.blockedBy).toBe("signer.running");
  });

  it("running but not answering: a port is open but nothing answers on it", async () => {
    world.install();
    const standin = await world.start("silent");
    const r = await signerJson(world);
    expect(r.running.code).toBe("SIGNER_RUNNING");
    expect(r.running.data.processes).toEqual([expect.objectContaining({ pid: standin.pid, name: world.processName })]);
    expect(r.answering.status).toBe("fail");
    expect(r.answering.code).toBe("SIGNER_NOT_ANSWERING");
    expect(r.answering.data.ports).toEqual([expect.objectContaining({ port: standin.port, answers: [] })]);
  });

  it("running without any listening port is told apart from not answering", async () => {
    world.install();
    await world.start("nolisten");
    const r = await signerJson(world);
    expect(r.running.code).toBe("SIGNER_RUNNING");
    expect(r.answering.code).toBe("SIGNER_NOT_LISTENING");
  });

  it("answering: the port found from the process answers HTTP and the WebSocket upgrade", async () => {
    world.install();
    const standin = await world.start("answer");
    const r = await signerJson(world);
    expect(r.installed.status).toBe("pass");
    expect(r.running.status).toBe("pass");
    expect(r.answering.status).toBe("pass");
    expect(r.answering.code).toBe("SIGNER_ANSWERING");
    const port = (r.answering.data.ports as Array<{ port: number; answers: string[] }>).find((p) => p.port === standin.port)!;
    expect(port.answers).toEqual(expect.arrayContaining(["http", "ws"]));
    expect(port.answers).not.toContain("https");
    expect(r.answering.detail.ports).toContain(String(standin.port));
  });

  it("a running signer that is not registered as installed still counts as present", async () => {
    await world.start("answer");
    const r = await signerJson(world);
    expect(r.installed.code).toBe("SIGNER_FOUND_RUNNING");
    expect(r.answering.code).toBe("SIGNER_ANSWERING");
  });

  describe("the installed program, not a name match (a copied binary in the install folder and in Downloads)", () => {
    const children: ChildProcess[] = [];
    afterEach(() => {
      for (const c of children.splice(0)) if (c.exitCode === null) c.kill("SIGKILL");
    });
    /** A real program (a copy of /bin/sleep) with the signer's process name, placed in `folder`. */
    function copyAt(folder: string): string {
      mkdirSync(folder, { recursive: true });
      const exe = join(folder, world.processName);
      copyFileSync("/bin/sleep", exe);
      return exe;
    }
    async function run(exe: string): Promise<number> {
      const child = spawn(exe, ["600"], { stdio: "ignore" });
      children.push(child);
      await new Promise((r) => setTimeout(r, 100)); // /proc/<pid>/exe is the copy once exec has happened
      return child.pid!;
    }
    function installAt(exe: string): void {
      writeFileSync(
        join(world.dataHome, "applications", `${world.processName}.desktop`),
        `[Desktop Entry]\nType=Application\nName=${world.displayName}\nExec="${exe}" --tray %U\n`,
      );
    }

    it("the same program started from Downloads is not the installed signer running", async () => {
      const installed = copyAt(join(world.dir, "opt", "standin"));
      installAt(installed);
      const stray = await run(copyAt(join(world.dir, "Downloads")));
      const r = await signerJson(world);
      expect(r.installed.code).toBe("SIGNER_INSTALLED");
      expect(r.running.code).toBe("SIGNER_NOT_RUNNING");
      expect(r.running.data.notTheInstalledProgram).toEqual([expect.objectContaining({ pid: stray })]);
    });

    it("with both running, only the copy in the install folder is the signer", async () => {
      const installed = copyAt(join(world.dir, "opt", "standin"));
      installAt(installed);
      const real = await run(installed);
      await run(copyAt(join(world.dir, "Downloads")));
      const r = await signerJson(world);
      expect(r.running.code).toBe("SIGNER_RUNNING");
      expect(r.running.data.processes).toEqual([expect.objectContaining({ pid: real, name: world.processName })]);
    });
  });

  it("a broken extra catalogue is an error, not a verdict", async () => {
    const { writeFileSync } = await import("node:fs");
    writeFileSync(world.catalogFile, "{ not json");
    const r = await signerJson(world);
    expect(r.installed.status).toBe("error");
    expect(r.installed.code).toBe("SIGNER_CATALOG_INVALID");
    expect(r.code).toBe(2);
  });
});
