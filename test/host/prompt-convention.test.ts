import { spawn, spawnSync, execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseYesNo, yesNoHint } from "../../src/host/prompt.js";
import { BIN, REPO_ROOT } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";
import { makePki, type Pki } from "../certs/helpers/pki.js";
import { makeNssHome } from "../certs/helpers/nss.js";

/**
 * One answer convention for every yes/no question, per language (issue 13): az h = hə,
 * y = yox; en y = yes; ru д = да. "y" is never yes in Azerbaijani (it is "yox") nor in
 * Russian (the key of "н" types "y" on the Russian layout), and Enter never writes.
 */
describe("parseYesNo", () => {
  it("reads each language's own letters and words", () => {
    expect(parseYesNo("h", "az")).toBe("yes");
    expect(parseYesNo("Hə", "az")).toBe("yes");
    expect(parseYesNo("y", "az")).toBe("no");
    expect(parseYesNo("yox", "az")).toBe("no");
    expect(parseYesNo("y", "en")).toBe("yes");
    expect(parseYesNo("n", "en")).toBe("no");
    expect(parseYesNo("д", "ru")).toBe("yes");
    expect(parseYesNo("Да", "ru")).toBe("yes");
    expect(parseYesNo("н", "ru")).toBe("no");
  });

  it('never takes "y" for yes where it is not the language\'s yes, and Enter is never yes', () => {
    expect(parseYesNo("y", "az")).not.toBe("yes");
    expect(parseYesNo("y", "ru")).toBe("unsure");
    expect(parseYesNo("h", "en")).toBe("unsure");
    for (const lang of ["az", "en", "ru"] as const) expect(parseYesNo("", lang)).toBe("unsure");
  });

  it("shows the same letters in both kinds of question", () => {
    expect(yesNoHint("az", "unsure")).toBe("[h = hə / y = yox / Enter = bilmirəm]");
    expect(yesNoHint("az", "no")).toBe("[h = hə / y = yox / Enter = yox]");
    expect(yesNoHint("en", "no")).toBe("[y = yes / n = no / Enter = no]");
    expect(yesNoHint("ru", "no")).toBe("[д = да / н = нет / Enter = нет]");
  });
});

const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
const hasCertutil = spawnSync("certutil", ["-H"], { encoding: "utf8" }).error === undefined;

/**
 * Runs the built CLI under a real pseudo-terminal (util-linux script) and types each
 * answer when the next question (matched by `question`) has appeared, as a person would.
 */
function onTerminal(args: string[], env: Record<string, string>, question: RegExp, answers: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("script", ["-qec", `${process.execPath} ${BIN} ${args.join(" ")} --no-color`, "/dev/null"], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: "1", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let text = "";
    let typed = 0;
    child.stdout.on("data", (b: Buffer) => {
      text += b.toString("utf8");
      const asked = (text.match(new RegExp(question.source, "g")) ?? []).length;
      while (typed < asked && typed < answers.length) child.stdin.write(`${answers[typed++]}\r`);
    });
    // A guard against a hang, not a speed assertion.
    const guard = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no end of the run; output so far:\n${text}`));
    }, 90_000);
    child.on("close", () => {
      clearTimeout(guard);
      resolve(text.replace(/\r/g, ""));
    });
  });
}

describe.skipIf((!hasScript || !hasCertutil) && !process.env.CI)("certs --fix on a real terminal, in each language", () => {
  const dir = tempDir("gc-prompt-fix-");
  let pki: Pki;
  beforeAll(() => {
    const c = "http://127.0.0.1:9";
    pki = makePki(join(dir, "pki"), { ocsp: c, crl: c + "/c.crl", caIssuers: c + "/i.cer", closed: c, rogueOcsp: c, hanging: c });
  }, 60_000);

  const cases: { lang: "az" | "en" | "ru"; answer: string; writes: boolean }[] = [
    { lang: "az", answer: "y", writes: false }, // "y" is "yox" in Azerbaijani
    { lang: "az", answer: "h", writes: true },
    { lang: "en", answer: "y", writes: true },
    { lang: "ru", answer: "y", writes: false }, // the "н" key on a Latin layout
    { lang: "ru", answer: "д", writes: true },
    { lang: "ru", answer: "", writes: false }, // Enter
  ];
  for (const c of cases) {
    it(`${c.lang}: answering ${JSON.stringify(c.answer)} ${c.writes ? "installs" : "writes nothing"}`, async () => {
      const home = join(dir, `${c.lang}-${c.answer.codePointAt(0) ?? "enter"}`);
      mkdirSync(home);
      const db = makeNssHome(home, [{ file: pki.pca, nick: "AZ Policy Authority (PCA)", trust: ",," }]);
      const before = execFileSync("certutil", ["-L", "-d", `sql:${db}`]).toString();
      const out = await onTerminal(
        ["certs", "--fix", "--ca", pki.bundle, "--offline", "--lang", c.lang, "--timeout", "20000"],
        { HOME: home, LANG: "C.UTF-8", XDG_DATA_HOME: join(home, ".local", "share") },
        /\[(h = hə|y = yes|д = да)[^\]]*Enter = (yox|no|нет)\]/,
        [c.answer],
      );
      const hint = {
        az: "[h = hə / y = yox / Enter = yox]",
        en: "[y = yes / n = no / Enter = no]",
        ru: "[д = да / н = нет / Enter = нет]",
      }[c.lang];
      expect(out).toContain(hint);
      const after = execFileSync("certutil", ["-L", "-d", `sql:${db}`]).toString();
      if (c.writes) expect(after).toMatch(/AZ Root Authority \(RCA\)\s+C,,/);
      else expect(after).toBe(before);
    }, 120_000);
  }
});

describe.skipIf(!hasScript && !process.env.CI)("asan --interactive on a real terminal, in Azerbaijani and Russian", () => {
  it('az: "y" is yox — the certificate question answered "y" fails', async () => {
    // subscription paid, certificate valid?, phone, pin1 known, pin1 blocked, logged in, dual SIM, code arrived, pin2
    const out = await onTerminal(
      ["asan", "--interactive", "--lang", "az"],
      { LANG: "C.UTF-8" },
      /\[h = hə \/ y = yox \/ Enter = bilmirəm\]|Enter basın:/,
      ["h", "y", "", "h", "y", "h", "y", "h", "h"],
    );
    expect(out).toContain("[h = hə / y = yox / Enter = bilmirəm]");
    expect(out).toMatch(/✗ "Asan İmza" abunəliyi, balans və sertifikat\n\s+"Asan İmza" sertifikatınızın vaxtının bitdiyini/);
    expect(out).toMatch(/✓ "Asan İmza" PIN2 \(imzalama\)/);
    expect(out).not.toMatch(/keçildi/);
  }, 120_000);

  it('ru: "д" is да and "н" is нет', async () => {
    const out = await onTerminal(
      ["asan", "--interactive", "--lang", "ru"],
      { LANG: "C.UTF-8" },
      /\[д = да \/ н = нет \/ Enter = не знаю\]|если не хотите отвечать:/,
      ["д", "н", "", "д", "н", "д", "н", "д", "д"],
    );
    expect(out).toContain("[д = да / н = нет / Enter = не знаю]");
    expect(out).toMatch(/✗ Подписка «Asan İmza», баланс и сертификат\n\s+Вы ответили, что срок сертификата «Asan İmza» истёк/);
    expect(out).toMatch(/✓ PIN2 «Asan İmza» \(подпись\)/);
  }, 120_000);
});
