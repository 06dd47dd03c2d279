import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CheckContext, CheckDefinition, CheckHandle, Outcome, RunOptions, Status } from "../../src/core/types.js";
import type { Host } from "../../src/host/host.js";
import { TOKEN_CERTIFICATES_CHECK, type TokenCertificatesOutput } from "../../src/core/handover.js";
import { createNodeHost } from "../../src/host/node-host.js";
import { planWindowCheck } from "../../src/checks/plan/window.js";
import { planCertificateCheck } from "../../src/checks/plan/certificate.js";
import { planChecks } from "../../src/checks/plan/index.js";
import { parseSaleTime } from "../../src/cli/sale-time.js";
import { t } from "../../src/i18n/catalog.js";
import { runOptions } from "../helpers/options.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

function hostAt(now: string): Host {
  return { ...createNodeHost({ offline: true }), now: () => new Date(now) };
}

function ctxFor(host: Host, over: Partial<RunOptions>, token?: TokenCertificatesOutput): CheckContext {
  return {
    host,
    options: runOptions(over),
    signal: new AbortController().signal,
    budgetMs: 10_000,
    dep: <T>(h: CheckHandle<T>) => (h.id === TOKEN_CERTIFICATES_CHECK.id ? (token as T | undefined) : undefined),
    depOutput: <T>(h: CheckHandle<T>) => (h.id === TOKEN_CERTIFICATES_CHECK.id ? (token as T | undefined) : undefined),
    depResult: () => undefined,
  };
}

/** The check's outcome with the status its code declares (as the runner gives it). */
async function run(check: CheckDefinition, ctx: CheckContext): Promise<Omit<Outcome, "status"> & { status: Status }> {
  const o = await check.run(ctx);
  const declared = check.codes[o.code];
  expect(declared, `${check.id} ${o.code}`).toBeDefined();
  return { ...o, status: declared!.status };
}

const sale = (text: string) => ({ sale: parseSaleTime(text), saleText: text });

describe("plan.window", () => {
  it("gives the window in Baku time while the sale is ahead", async () => {
    const o = await run(planWindowCheck, ctxFor(hostAt("2026-11-25T12:00:00Z"), sale("2026-12-01T10:00")));
    expect(o.code).toBe("PLAN_LOGIN_WINDOW");
    const text = t("en", o.message);
    expect(text).toContain("2026-12-01 01:40");
    expect(text).toContain("2026-12-01 08:00");
    expect(o.data).toMatchObject({ earliestLogin: "2026-11-30T21:40:00.000Z", latestLogin: "2026-12-01T04:00:00.000Z" });
  });

  it("shows the citizen's own zone too when the sale was written in another", async () => {
    const o = await run(planWindowCheck, ctxFor(hostAt("2026-11-25T12:00:00Z"), sale("2026-12-01T10:00+03:00")));
    const text = t("en", o.message);
    expect(text).toContain("2026-12-01 11:00 Baku time");
    expect(text).toContain("2026-12-01 10:00 (UTC+03:00)");
  });

  it("fails with a clear message when the sale time has passed", async () => {
    const o = await run(planWindowCheck, ctxFor(hostAt("2026-12-01T07:00:00Z"), sale("2026-12-01T10:00")));
    expect(o.status).toBe("fail");
    expect(o.code).toBe("PLAN_SALE_PAST");
    expect(t("en", o.message)).toContain("has already passed");
  });

  it("says the window is open, then that it is time to log in now", async () => {
    expect((await run(planWindowCheck, ctxFor(hostAt("2026-12-01T00:00:00Z"), sale("2026-12-01T10:00")))).code).toBe(
      "PLAN_WINDOW_OPEN_NOW",
    );
    const late = await run(planWindowCheck, ctxFor(hostAt("2026-12-01T05:30:00Z"), sale("2026-12-01T10:00")));
    expect(late).toMatchObject({ code: "PLAN_LOGIN_NOW" });
  });

  it("every plan check skips honestly without a sale time", async () => {
    for (const c of planChecks) {
      const o = await run(c, ctxFor(hostAt("2026-11-25T12:00:00Z"), {}));
      expect(o, c.id).toMatchObject({ code: "PLAN_NO_SALE" });
    }
  });
});

/** Certificates made by openssl: a CA, and user certificates valid from now for a few days. */
describe("plan.certificate", () => {
  const dir = tempDir("gc-plan-");
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });

  beforeAll(() => {
    openssl(
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:P-256",
      "-nodes",
      "-keyout",
      file("ca.key"),
      "-out",
      file("ca.pem"),
      "-days",
      "3650",
      "-subj",
      "/CN=Test Root/O=Test/C=AZ",
      "-addext",
      "basicConstraints=critical,CA:TRUE",
    );
    openssl(
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:P-256",
      "-nodes",
      "-keyout",
      file("user.key"),
      "-out",
      file("user10.pem"),
      "-days",
      "10",
      "-subj",
      "/CN=Test Citizen/serialNumber=1ABCDEF/C=AZ",
      "-addext",
      "basicConstraints=critical,CA:FALSE",
    );
    openssl(
      "req",
      "-x509",
      "-key",
      file("user.key"),
      "-out",
      file("user400.pem"),
      "-days",
      "400",
      "-subj",
      "/CN=Test Citizen/serialNumber=1ABCDEF/C=AZ",
      "-addext",
      "basicConstraints=critical,CA:FALSE",
    );
  });

  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
  const saleIn = (days: number) => ({ sale: inDays(days), saleText: inDays(days).toISOString() });

  it("passes when the --cert certificate is valid at the sale, and ignores CA certificates", async () => {
    const o = await run(
      planCertificateCheck,
      ctxFor(createNodeHost({ offline: true }), { ...saleIn(5), certFiles: [file("user10.pem"), file("ca.pem")] }),
    );
    expect(o.code).toBe("PLAN_CERT_VALID_AT_SALE");
    expect((o.data as { certificates: unknown[] }).certificates).toHaveLength(1);
  });

  it("fails when the certificate ends before the sale, even though it is valid today", async () => {
    const o = await run(
      planCertificateCheck,
      ctxFor(createNodeHost({ offline: true }), { ...saleIn(30), certFiles: [file("user10.pem"), file("user400.pem")] }),
    );
    expect(o.status).toBe("fail");
    expect(o.code).toBe("PLAN_CERT_EXPIRED_AT_SALE");
    expect(o.message.values).toMatchObject({ count: 1, total: 2 });
  });

  it("fails when the certificate only starts after the sale", async () => {
    const o = await run(
      planCertificateCheck,
      ctxFor(createNodeHost({ offline: true }), { ...saleIn(-30), certFiles: [file("user400.pem")] }),
    );
    expect(o.code).toBe("PLAN_CERT_NOT_YET_VALID_AT_SALE");
  });

  it("reads the token's certificates handed over by token.certificates", async () => {
    const der = execFileSync("openssl", ["x509", "-in", file("user10.pem"), "-outform", "DER"]);
    const token: TokenCertificatesOutput = {
      certificates: [{ derBase64: der.toString("base64"), module: "test", slotId: 0, tokenLabel: "test token" }],
    };
    const valid = await run(planCertificateCheck, ctxFor(createNodeHost({ offline: true }), saleIn(5), token));
    expect(valid.code).toBe("PLAN_CERT_VALID_AT_SALE");
    const late = await run(planCertificateCheck, ctxFor(createNodeHost({ offline: true }), saleIn(60), token));
    expect(late.code).toBe("PLAN_CERT_EXPIRED_AT_SALE");
  });

  it("skips, not passes, with no certificate at all", async () => {
    const o = await run(planCertificateCheck, ctxFor(createNodeHost({ offline: true }), saleIn(5)));
    expect(o).toMatchObject({ code: "PLAN_NO_CERTIFICATE" });
  });

  it("keeps the citizen's subject out of the JSON unless --no-redact", async () => {
    const args = ["plan", "--sale", inDays(5).toISOString().slice(0, 16) + "Z", "--cert", file("user10.pem"), "--json"];
    const redacted = await runCli(args);
    expect(redacted.stdout).not.toContain("Test Citizen");
    expect(redacted.stdout).not.toContain("1ABCDEF");
    const plain = await runCli([...args, "--no-redact"]);
    expect(plain.stdout).toContain("Test Citizen");
    expect(readFileSync(file("user10.pem"), "utf8")).toContain("BEGIN CERTIFICATE");
  });
});

describe("plan (built CLI)", () => {
  it("recommends a login two hours before the sale, in Baku time, and says what an earlier login does (#21.2)", async () => {
    const r = await runCli(["plan", "--sale", "2099-12-01T10:00", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Log in at about 2099-12-01 08:00, two hours before the sale");
    expect(r.stdout).toContain("lasts until 2099-12-01 16:20");
    // 01:40 is named only as the limit at which the session no longer lasts into the sale.
    expect(r.stdout).not.toMatch(/between 2099-12-01 01:40/);
    expect(r.stdout).toContain("a login at 2099-12-01 01:40 or earlier ends the session before the sale starts or just as it starts");
    expect(r.stdout).toContain("The day before the sale");
    expect(r.stdout).toContain("The hour before the sale");
  });

  it("a sale time in the past fails with exit 1", async () => {
    const r = await runCli(["plan", "--sale", "2020-01-01T10:00", "--json"]);
    expect(r.code).toBe(1);
    const w = (JSON.parse(r.stdout) as { checks: { id: string; code: string }[] }).checks.find((c) => c.id === "plan.window")!;
    expect(w.code).toBe("PLAN_SALE_PAST");
  });

  it('takes the sale time as the tool prints it, "15.01.2099 10:00" or "15.01.2099 10.00" (#21.8)', async () => {
    for (const sale of ["15.01.2099 10:00", "15.01.2099 10.00"]) {
      const r = await runCli(["plan", "--sale", sale, "--json"]);
      expect(r.code, r.stderr).toBe(0);
      const w = (JSON.parse(r.stdout) as { checks: { id: string; data: { sale: string } }[] }).checks.find((c) => c.id === "plan.window")!;
      expect(w.data.sale).toBe("2099-01-15T06:00:00.000Z");
    }
  });

  it("shows that form in the error for a date it cannot read, in every language (#21.8)", async () => {
    for (const lang of ["en", "az", "ru"]) {
      const r = await runCli(["plan", "--sale", "15/01/2099", "--lang", lang]);
      expect(r.code).toBe(64);
      expect(r.stderr).toContain('--sale "15.01.2027 10:00"');
    }
  });

  it("plan without --sale is a usage error", async () => {
    const r = await runCli(["plan"]);
    expect(r.code).toBe(64);
  });
});
