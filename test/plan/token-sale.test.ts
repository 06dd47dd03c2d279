import { beforeAll, describe, expect, it } from "vitest";
import { runCli, type JsonCheck } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";
import { importCert, makeCert, opensslDate, softHsm, SOFTHSM_MODULE, type SoftHsm } from "../token/parts.js";

/**
 * `all --sale` end to end with a real PKCS#11 token (SoftHSM2): the token group reads
 * the certificate, hands it over, and the plan judges it at the sale time, not today.
 */
describe("all --sale with a SoftHSM token", () => {
  const dir = tempDir("gc-plan-token-");
  let hsm: SoftHsm;

  beforeAll(() => {
    hsm = softHsm(dir, "E-imza Plan");
    const made = makeCert(dir, "user", { cn: "Plan Vətəndaş", fin: "7PLAN77", start: opensslDate(-30), end: opensslDate(20) });
    importCert(hsm, made, { id: "01", label: "auth" });
  });

  const planCertificate = async (saleInDays: number): Promise<JsonCheck> => {
    const sale = new Date(Date.now() + saleInDays * 86_400_000).toISOString().slice(0, 16) + "Z";
    const r = await runCli(["all", "--offline", "--sale", sale, "--module", SOFTHSM_MODULE, "--json", "--timeout", "20000"], {
      env: hsm.env,
      timeoutMs: 180_000,
    });
    const checks = (JSON.parse(r.stdout) as { checks: JsonCheck[] }).checks;
    expect(checks.find((c) => c.id === "token.certificates")?.status).not.toBe("skip");
    return checks.find((c) => c.id === "plan.certificate")!;
  };

  it("passes when the token's certificate is still valid at the sale", async () => {
    const c = await planCertificate(10);
    expect(c).toMatchObject({ status: "pass", code: "PLAN_CERT_VALID_AT_SALE" });
  });

  it("fails when it expires before the sale, although it is valid today, and hides the holder", async () => {
    const c = await planCertificate(40);
    expect(c).toMatchObject({ status: "fail", code: "PLAN_CERT_EXPIRED_AT_SALE" });
    const json = JSON.stringify(c);
    expect(json).not.toContain("Plan Vətəndaş");
    expect(json).not.toContain("7PLAN77");
  });
});
