import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { CHECK_COMMANDS } from "../../src/commands/index.js";
import { OPTIONS, RUN_OPTIONS } from "../../src/cli/options.js";

/**
 * Each command declares the options it takes (#21.11, #22.3): its --help lists them,
 * and another command's option is refused with the commands that take it.
 */
describe("options where they belong (built CLI)", () => {
  const own: Record<string, string[]> = {
    asan: ["--phone", "--interactive"],
    plan: ["--sale", "--ics"],
    token: ["--login", "--module"],
    certs: ["--fix", "--ca", "--cert"],
  };

  it.each(Object.entries(own))("%s --help lists its own options", async (cmd, flags) => {
    const r = await runCli([cmd, "--help", "--lang", "en"]);
    expect(r.code).toBe(0);
    for (const f of flags) expect(r.stdout).toMatch(new RegExp(`^\\s+${f}\\b`, "m"));
    // The common ones are there too, under their own title.
    expect(r.stdout).toContain("Global Options:");
    expect(r.stdout).toMatch(/^\s+--json\b/m);
  });

  it("a command's --help lists no option it does not take", async () => {
    const token = (await runCli(["token", "--help", "--lang", "en"])).stdout;
    for (const f of ["--fix", "--yes", "--phone", "--ics", "--ca", "--interactive"])
      expect(token).not.toMatch(new RegExp(`^\\s+${f}\\b`, "m"));
    const list = (await runCli(["list", "--help", "--lang", "en"])).stdout;
    expect(list).not.toMatch(/^\s+--(report|offline|module)\b/m);
  });

  it("the help is in the run's language", async () => {
    const az = (await runCli(["token", "--help", "--lang", "az"])).stdout;
    expect(az).toContain("Seçimlər:");
    expect(az).toMatch(/^\s+--login\b/m);
  });

  it("every declared option exists, and every command's options are listed by its --help", async () => {
    for (const cmd of CHECK_COMMANDS) {
      const help = (await runCli([cmd.name, "--help", "--lang", "en"])).stdout;
      for (const name of [...cmd.options, ...RUN_OPTIONS])
        expect(help, `${cmd.name} ${name}`).toMatch(new RegExp(`^\\s+${OPTIONS[name].flag}\\b`, "m"));
    }
  });

  it("another command's option is a usage error naming the commands that take it", async () => {
    const r = await runCli(["signer", "--phone", "Nokia 3310", "--lang", "en"]);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("--phone applies only to: all, asan");
  });

  it("a command's options written before its name are explained, not taken for an unknown command", async () => {
    const r = await runCli(["--sale", "15.01.2099 10:00", "plan", "--lang", "en"]);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("the options of plan go after its name");
  });
});

describe("list in citizen terms (#21.11)", () => {
  it("names groups by their titles and the notice's points by their wording, not by their ids", async () => {
    const az = (await runCli(["list", "--lang", "az"])).stdout;
    expect(az).toContain("E-İmza tokeni və kart oxuyucusu");
    expect(az).toContain('"istifadəçi PIN kodu" 10 dəfə yanlış daxil edilsə');
    expect(az).not.toMatch(/\b(EIMZA|ASAN|SESSION)-[A-Z]/);
    expect(az).not.toMatch(/\[token\]/);
    const ru = (await runCli(["list", "--lang", "ru"])).stdout;
    expect(ru).toContain("Пункты памятки");
    expect(ru).not.toMatch(/\bEIMZA-[A-Z]/);
    // The ids stay in the JSON.
    const doc = JSON.parse((await runCli(["list", "--json"])).stdout) as { coverage: Record<string, string[]> };
    expect(Object.keys(doc.coverage)).toContain("EIMZA-PIN-LOCK");
  });
});
