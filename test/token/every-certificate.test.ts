import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { mkdirSync } from "node:fs";
import { runChecks } from "../../src/core/runner.js";
import { createNodeHost } from "../../src/host/node-host.js";
import type { CheckResult } from "../../src/core/types.js";
import type { TokenCertificatesOutput } from "../../src/core/handover.js";
import { tokenChecks } from "../../src/checks/token/index.js";
import { certsChecks } from "../../src/checks/certs/index.js";
import { runOptions } from "../helpers/options.js";
import { tempDir } from "../helpers/tmp.js";
import { runCli } from "../helpers/cli.js";
import { addToken, importCert, makeCert, opensslDate, softHsm, SOFTHSM_MODULE, type SoftHsm } from "./parts.js";

/**
 * Every certificate on every token (issue 10.3), on real SoftHSM tokens: a token
 * carries a signing (nonRepudiation) and an authentication (digitalSignature)
 * certificate, and a citizen may have two tokens plugged in. Each case is built from
 * real parts and carries its truth beside it.
 */

const dir = tempDir("gc-token-every-");
const SIGN = "nonRepudiation";
const AUTH = "digitalSignature, keyEncipherment";
const LABEL_A = "Əliyeva Nərgiz";
const LABEL_B = "Quliyev Rəşad";

type CertCase = { token: "A" | "B"; role: "signing" | "authentication" | "old signing"; days: [number, number] };
interface Case {
  name: string;
  certs: CertCase[];
  /** The truth: the token check's status and code, and the role/token the message must name. */
  truth: { status: string; code: string; role?: "signing" | "authentication"; token?: "A" | "B"; certs: [string, string] };
}

const VALID: [number, number] = [-30, 400];
const EXPIRED: [number, number] = [-500, -2];
const CASES: Case[] = [
  {
    name: "two tokens, both certificates of each valid",
    certs: [
      { token: "A", role: "signing", days: VALID },
      { token: "A", role: "authentication", days: VALID },
      { token: "B", role: "signing", days: VALID },
      { token: "B", role: "authentication", days: VALID },
    ],
    truth: { status: "pass", code: "TOKEN_CERT_OK", certs: ["pass", "CERT_VALID"] },
  },
  {
    name: "two tokens, the second token's authentication certificate expired",
    certs: [
      { token: "A", role: "signing", days: VALID },
      { token: "A", role: "authentication", days: VALID },
      { token: "B", role: "signing", days: VALID },
      { token: "B", role: "authentication", days: EXPIRED },
    ],
    truth: { status: "fail", code: "TOKEN_CERT_EXPIRED", role: "authentication", token: "B", certs: ["fail", "CERT_EXPIRED"] },
  },
  {
    name: "one token, its signing certificate expired beside a valid authentication one",
    certs: [
      { token: "A", role: "signing", days: EXPIRED },
      { token: "A", role: "authentication", days: VALID },
    ],
    truth: { status: "fail", code: "TOKEN_CERT_EXPIRED", role: "signing", token: "A", certs: ["fail", "CERT_EXPIRED"] },
  },
  {
    name: "one token, an old expired signing certificate left beside its renewed successor (a leftover, not a fault)",
    certs: [
      { token: "A", role: "old signing", days: EXPIRED },
      { token: "A", role: "signing", days: VALID },
      { token: "A", role: "authentication", days: VALID },
    ],
    // The certs group agrees: the leftover is shown, the certificates in use decide.
    truth: { status: "pass", code: "TOKEN_CERT_OK", certs: ["pass", "CERT_VALID"] },
  },
];

let n = 0;
function build(c: Case): SoftHsm {
  const d = join(dir, `case${n++}`);
  mkdirSync(d, { recursive: true });
  const hsm = softHsm(d, LABEL_A);
  if (c.certs.some((x) => x.token === "B")) addToken(hsm, LABEL_B);
  c.certs.forEach((x, i) => {
    const made = makeCert(d, `c${i}`, {
      cn: x.token === "A" ? "Əliyeva Nərgiz Vüqar qızı" : "Quliyev Rəşad Elçin oğlu",
      fin: x.token === "A" ? "5AB7CD1" : "6EF8GH2",
      start: opensslDate(x.days[0]),
      end: opensslDate(x.days[1]),
      keyUsage: x.role === "authentication" ? AUTH : SIGN,
    });
    importCert(hsm, made, { id: `0${i + 1}`, label: `${x.role} ${i}`, token: x.token === "A" ? LABEL_A : LABEL_B });
  });
  return hsm;
}

const built = new Map<string, SoftHsm>();
beforeAll(() => {
  for (const c of CASES) built.set(c.name, build(c));
}, 120_000);

async function run(hsm: SoftHsm): Promise<Map<string, CheckResult>> {
  const host = createNodeHost({ offline: true, env: { ...process.env, ...hsm.env } });
  const results = await runChecks([...tokenChecks, ...certsChecks], {
    host,
    options: runOptions({ timeoutMs: 8_000, modules: [SOFTHSM_MODULE] }),
  });
  return new Map(results.map((r) => [r.id, r]));
}

describe("every certificate on every token (SoftHSM)", () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.truth.status} ${c.truth.code}`, async () => {
      const r = await run(built.get(c.name)!);
      const certs = r.get("token.certificates")!;
      expect([certs.status, certs.code]).toEqual([c.truth.status, c.truth.code]);
      const tokens = certs.data.tokens as Array<{
        token: { value: string };
        model: string;
        slot: string;
        certificates: Array<{ role: string; decides: boolean }>;
      }>;
      expect(tokens.length).toBe(new Set(c.certs.map((x) => x.token)).size);
      if (c.truth.role) {
        const v = certs.message.values!;
        expect(v.role).toEqual({ key: `token.cert.role.${c.truth.role}` });
        // Named by model and slot, which survive redaction; the label is personal data.
        const named = tokens.find((t) => t.token.value === (c.truth.token === "A" ? LABEL_A : LABEL_B))!;
        expect(v.model).toBe("SoftHSM v2");
        expect(v.slot).toBe(named.slot);
        expect(v.token).toEqual({ $pii: "name", value: c.truth.token === "A" ? LABEL_A : LABEL_B });
      }
      // Every user certificate read is handed over, whatever the verdict, and judged by the certs group.
      const out = certs.output as TokenCertificatesOutput;
      expect(out.certificates.length).toBe(c.certs.length);
      const validity = r.get("certs.user-validity")!;
      expect([validity.status, validity.code]).toEqual(c.truth.certs);
      expect((validity.data.certificates as unknown[]).length).toBe(c.certs.length);
      const roles = (validity.data.certificates as Array<{ role: string }>).map((x) => x.role).sort();
      expect(roles).toEqual(c.certs.map((x) => (x.role === "authentication" ? "authentication" : "signing")).sort());
    });
  }
});

describe("certs --module reads the token itself, in az, en and ru", () => {
  const expiredCase = CASES[1]!;
  for (const lang of ["az", "en", "ru"] as const) {
    it(`${lang}: judges all four certificates, names the failing role, hides labels and names`, async () => {
      const hsm = built.get(expiredCase.name)!;
      const home = join(dir, `home-${lang}`);
      mkdirSync(home, { recursive: true });
      const r = await runCli(["certs", "--module", SOFTHSM_MODULE, "--json", "--offline", "--lang", lang], {
        env: { ...hsm.env, HOME: home },
      });
      const doc = JSON.parse(r.stdout) as {
        checks: Array<{ id: string; status: string; code: string; message: string; remedy: string[]; data: Record<string, unknown> }>;
      };
      const byId = (id: string) => doc.checks.find((x) => x.id === id)!;
      const token = byId("token.certificates");
      expect([token.status, token.code]).toEqual(["fail", "TOKEN_CERT_EXPIRED"]);
      expect(token.message).toContain("SoftHSM v2");
      const role = {
        az: "giriş (autentifikasiya) sertifikatı",
        en: "authentication (login) certificate",
        ru: "сертификат входа (аутентификации)",
      }[lang];
      expect(token.message).toContain(role);
      const validity = byId("certs.user-validity");
      expect([validity.status, validity.code]).toEqual(["fail", "CERT_EXPIRED"]);
      expect((validity.data.certificates as unknown[]).length).toBe(4);
      for (const c of doc.checks) {
        for (const text of [c.message, ...c.remedy]) {
          expect(text, `${c.id}: ${text}`).not.toMatch(/\{\w+\}/);
          expect(text, `${c.id}: ${text}`).not.toMatch(/\b(token|certs|engine)\.[a-z]+\.[A-Za-z.]+/);
        }
      }
      const json = r.stdout;
      for (const secret of [LABEL_A, LABEL_B, "Əliyeva", "Quliyev", "5AB7CD1", "6EF8GH2"]) expect(json).not.toContain(secret);
      expect(r.code).toBe(1);
    }, 60_000);
  }
});
