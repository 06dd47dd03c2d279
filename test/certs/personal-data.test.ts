import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";
import { makePki, type Pki } from "./helpers/pki.js";
import { makeNssHome } from "./helpers/nss.js";

/**
 * Issue 11.2: every name that is not a CA's is personal data, and a citizen's own
 * self-signed certificate is never advised to be trusted. Real openssl certificates,
 * a real NSS database in a temporary HOME, the built CLI, in az, en and ru.
 */

const dir = tempDir("gc-certs-pii-");
const HOLDER = "Məmmədov Elvin Rauf oğlu";
const FIN = "9QWE12R";
let pki: Pki;
let selfSigned: string;
let home: string;

beforeAll(() => {
  const c = "http://127.0.0.1:9";
  pki = makePki(join(dir, "pki"), { ocsp: c, crl: c + "/c.crl", caIssuers: c + "/i.cer", closed: c, rogueOcsp: c, hanging: c });
  selfSigned = join(dir, "self.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-utf8",
      "-keyout",
      join(dir, "self.key"),
      "-out",
      selfSigned,
      "-days",
      "365",
      "-subj",
      `/C=AZ/CN=${HOLDER}/serialNumber=${FIN}`,
      "-addext",
      "basicConstraints=critical,CA:FALSE",
      "-addext",
      "keyUsage=critical,digitalSignature,nonRepudiation",
    ],
    { stdio: "ignore" },
  );
  home = join(dir, "home");
  mkdirSync(home, { recursive: true });
  makeNssHome(home, [
    { file: pki.root, nick: "AZ Root Authority (RCA)", trust: "C,," },
    { file: pki.pca, nick: "AZ Policy Authority (PCA)", trust: ",," },
    { file: pki.ica, nick: "AZ E-Government Authority (ICA)", trust: ",," },
  ]);
}, 60_000);

interface Doc {
  checks: Array<{ id: string; status: string; code: string; message: string; remedy: string[]; data: Record<string, unknown> }>;
}

/** The truth of each case, beside it. */
const CASES = [
  {
    name: "self-signed user certificate",
    cert: () => selfSigned,
    truth: { "certs.user-chain": ["fail", "CERT_SELF_SIGNED"], "certs.user-revocation": ["fail", "CERT_SELF_SIGNED"] },
  },
  {
    name: "the official chain's user certificate (unchanged verdict)",
    cert: () => pki.users.good,
    truth: { "certs.user-chain": ["pass", "CHAIN_OK"] },
  },
] as const;

describe("personal data and self-signed certificates", () => {
  for (const c of CASES) {
    for (const lang of ["az", "en", "ru"] as const) {
      it(`${c.name} (${lang})`, async () => {
        // Online (revocation is asked), every network target on a closed loopback port.
        const r = await runCli(["certs", "--cert", c.cert(), "--json", "--lang", lang, "--timeout", "3000"], {
          env: { HOME: home, GUZESTLI_CLOCK_URL: "http://127.0.0.1:9/" },
        });
        const doc = JSON.parse(r.stdout) as Doc;
        for (const [id, [status, code]] of Object.entries(c.truth)) {
          const got = doc.checks.find((x) => x.id === id)!;
          expect([got.status, got.code], id).toEqual([status, code]);
        }
        for (const x of doc.checks) {
          for (const text of [x.message, ...x.remedy]) {
            expect(text, `${x.id}: ${text}`).not.toMatch(/\{\w+\}/);
            expect(text, `${x.id}: ${text}`).not.toMatch(/\bcerts\.[a-z]+\.[A-Za-z.]+/);
          }
        }
        // Neither the holder's name (as subject or as "issuer") nor the FIN is shown by default.
        expect(r.stdout).not.toContain("Məmmədov");
        expect(r.stdout).not.toContain(FIN);
        expect(r.stdout).not.toContain("Test User");
        if (c.name.startsWith("self")) {
          // Never advise installing or trusting the citizen's own certificate.
          const remedies = doc.checks
            .filter((x) => x.id.startsWith("certs.user-"))
            .flatMap((x) => x.remedy)
            .join("\n");
          expect(remedies).not.toMatch(/certutil|trusted root|kök kimi|корнев/i);
        }
      }, 60_000);
    }
  }

  it("--no-redact shows the self-signed certificate's holder", async () => {
    const r = await runCli(["certs", "--cert", selfSigned, "--json", "--offline", "--lang", "en", "--no-redact"], { env: { HOME: home } });
    expect(r.stdout).toContain(HOLDER);
  }, 60_000);

  // Issue 18.9: the file name the user gave is personal data like the rest.
  it("the --cert file's name and folder are redacted in JSON and --report, shown with --no-redact", async () => {
    const named = join(dir, "Elvin_Mammadov", "Elvin_Mammadov_5ZXK7QP.pem");
    mkdirSync(join(dir, "Elvin_Mammadov"), { recursive: true });
    copyFileSync(pki.users.good, named);
    const report = join(dir, "report.txt");
    const certs = await runCli(["certs", "--cert", named, "--json", "--offline", "--lang", "en", "--report", report], {
      env: { HOME: home },
    });
    const plan = await runCli(["plan", "--cert", named, "--json", "--offline", "--lang", "en", "--sale", "2027-01-15T10:00"], {
      env: { HOME: home },
    });
    for (const text of [certs.stdout, readFileSync(report, "utf8"), plan.stdout]) {
      expect(text).not.toContain("Mammadov");
      expect(text).not.toContain("5ZXK7QP");
    }
    expect(certs.stdout).toContain('"source": "[redacted].pem"');
    const open = await runCli(["certs", "--cert", named, "--json", "--offline", "--lang", "en", "--no-redact"], { env: { HOME: home } });
    expect(open.stdout).toContain("Elvin_Mammadov_5ZXK7QP.pem");
  }, 90_000);
});
