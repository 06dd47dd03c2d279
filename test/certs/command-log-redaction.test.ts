import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { redactCommands } from "../../src/core/redact.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";
import { makeNssHome } from "./helpers/nss.js";

/**
 * `--verbose` lists the commands a run started (issue #18.3). NSS and Chrome derive a
 * certificate's nickname from its subject, so `certutil -L -d … -n <nickname> -a` for a
 * personal certificate names the holder and the FIN. The command log goes through the
 * same redaction as the rest: in the human output, the report and JSON `commands`.
 * A real NSS database (certutil) holds a real certificate (openssl) with such a subject.
 */

const dir = tempDir("gc-cmdlog-");
const NAME = "MAMMADOV ELVIN";
const FIN = "5ZXK7QP";
const NICK = `${NAME} ${FIN}`;
let home: string;

beforeAll(() => {
  const pem = join(dir, "holder.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:P-256",
      "-nodes",
      "-keyout",
      join(dir, "holder.key"),
      "-out",
      pem,
      "-days",
      "30",
      "-subj",
      `/C=AZ/O=Test/serialNumber=${FIN}/CN=${NAME}`,
    ],
    { stdio: "ignore" },
  );
  home = join(dir, "h"); // not "…/home/…": that reads as a /home/<user> path
  makeNssHome(home, [{ file: pem, nick: NICK, trust: ",," }]);
}, 60_000);

const env = () => ({ HOME: home, XDG_CONFIG_HOME: undefined, XDG_DATA_HOME: undefined, CHROME_CONFIG_HOME: undefined });

describe.skipIf(process.platform !== "linux")("the --verbose command log does not show the holder's name or FIN", () => {
  it("human output, --report and JSON `commands`: redacted by default", async () => {
    const report = join(dir, "report.md");
    const human = await runCli(["certs", "--offline", "--verbose", "--report", report], { env: env() });
    const json = await runCli(["certs", "--offline", "--verbose", "--json"], { env: env() });
    const commands = (JSON.parse(json.stdout) as { commands: Array<{ command: string; args: string[] }> }).commands;
    // The per-certificate certutil call was made and logged, with its nickname hidden.
    const listOne = commands.find((c) => c.command === "certutil" && c.args.includes("-n"));
    expect(listOne?.args).toEqual(["-L", "-d", "sql:~/.pki/nssdb", "-n", "[redacted]", "-a"]);
    expect(human.stdout).toMatch(/certutil -L -d sql:~\/\.pki\/nssdb -n \[redacted\] -a/);
    const written = readFileSync(report, "utf8");
    expect(written).toContain("[redacted]");
    for (const out of [human.stdout, human.stderr, json.stdout, written]) {
      expect(out).not.toContain(FIN);
      expect(out).not.toContain("MAMMADOV");
      expect(out).not.toContain(home);
    }
  }, 60_000);

  it("--no-redact keeps them, in all three", async () => {
    const report = join(dir, "report-plain.md");
    const human = await runCli(["certs", "--offline", "--verbose", "--no-redact", "--report", report], { env: env() });
    const json = await runCli(["certs", "--offline", "--verbose", "--no-redact", "--json"], { env: env() });
    for (const out of [human.stdout, json.stdout, readFileSync(report, "utf8")]) expect(out).toContain(NICK);
  }, 60_000);
});

describe("redactCommands", () => {
  const rc = { redact: true, homedir: "/home/elvin", username: "elvin" };
  const log = [
    {
      command: "/home/elvin/bin/tool",
      args: ["-d", "sql:/home/elvin/.pki/nssdb", "-n", NICK],
      durationMs: 1,
      exitCode: 0,
      timedOut: false,
      notFound: false,
      personalArgs: [3],
    },
  ];

  it("hides arguments marked personal and the user's home; the marks are not shown", () => {
    expect(redactCommands(log, rc)).toEqual([
      {
        command: "/home/<user>/bin/tool",
        args: ["-d", "sql:/home/<user>/.pki/nssdb", "-n", "[redacted]"],
        durationMs: 1,
        exitCode: 0,
        timedOut: false,
        notFound: false,
      },
    ]);
  });

  it("with --no-redact shows them as they were", () => {
    expect(redactCommands(log, { ...rc, redact: false })[0]!.args).toEqual(["-d", "sql:/home/elvin/.pki/nssdb", "-n", NICK]);
  });
});
