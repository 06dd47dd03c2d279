import { defineCheck } from "../../core/define-check.js";
import type { CheckContext, Outcome, CodeSpec } from "../../core/types.js";
import { TOKEN_CERTIFICATES_CHECK } from "../../core/handover.js";
import { readCertificateFile } from "../../certs/load.js";
import { loadX509 } from "../../core/lazy.js";
import { pii } from "../../core/pii.js";
import { BAKU_OFFSET_MINUTES, formatAt } from "../../plan/zone.js";

/** Where a certificate came from: the token (its label may carry the owner's name) or a --cert file. */
type From = { kind: "token"; label: string } | { kind: "file"; path: string };

interface Found {
  der: Uint8Array;
  from: From;
}

interface Dated {
  from: From;
  subject: string;
  notBefore: Date;
  notAfter: Date;
}

/** What this check can say; each code decides the status. */
const PLAN_CERT_CODES = {
  PLAN_NO_SALE: { status: "skip", remedy: ["plan.noSale.remedy"] },
  PLAN_NO_CERTIFICATE: { status: "skip", remedy: ["plan.certificate.remedy.none"] },
  PLAN_CERT_VALID_AT_SALE: { status: "pass" },
  PLAN_CERT_EXPIRED_AT_SALE: { status: "fail", remedy: ["plan.certificate.remedy.renew", "plan.certificate.remedy.oldOne"] },
  PLAN_CERT_NOT_YET_VALID_AT_SALE: { status: "fail", remedy: ["plan.certificate.remedy.call157"] },
} as const satisfies Record<string, CodeSpec>;
type PlanCertCode = keyof typeof PLAN_CERT_CODES;

/**
 * EIMZA-VALIDITY at the sale time: the user's certificates (read from the token by the
 * token group, or given with --cert) must be valid on the sale day, not only today.
 * Dates only: revocation is the certs group's job.
 */
export const planCertificateCheck = defineCheck({
  id: "plan.certificate",
  group: "plan",
  covers: ["EIMZA-VALIDITY"],
  uses: [TOKEN_CERTIFICATES_CHECK],
  title: "plan.certificate.title",
  codes: PLAN_CERT_CODES,
  async run(ctx) {
    const sale = ctx.options.sale;
    if (!sale) return { code: "PLAN_NO_SALE", message: { key: "plan.noSale" }, remedy: [{ key: "plan.noSale.remedy" }] };
    const found = await collect(ctx);
    const x509 = await loadX509();
    const users: Dated[] = [];
    for (const f of found) {
      const cert = new x509.X509Certificate(f.der);
      // CA certificates on a token or in a bundle are not the citizen's signature.
      const bc = cert.getExtension(x509.BasicConstraintsExtension);
      if (bc?.ca) continue;
      users.push({ from: f.from, subject: cert.subject, notBefore: cert.notBefore, notAfter: cert.notAfter });
    }
    if (users.length === 0) {
      return {
        code: "PLAN_NO_CERTIFICATE",
        message: { key: "plan.certificate.none" },
        remedy: [{ key: "plan.certificate.remedy.none" }],
      };
    }
    return judge(users, sale);
  },
});

async function collect(ctx: CheckContext): Promise<Found[]> {
  const out: Found[] = [];
  // The token group fails its own check when a certificate is expired or ends before the
  // sale, but still hands the certificates over; read them whatever its status, so the
  // plan reports the date instead of "no certificate".
  const token = ctx.dep(TOKEN_CERTIFICATES_CHECK) ?? ctx.depOutput(TOKEN_CERTIFICATES_CHECK);
  for (const c of token?.certificates ?? []) {
    out.push({ der: new Uint8Array(Buffer.from(c.derBase64, "base64")), from: { kind: "token", label: c.tokenLabel } });
  }
  for (const file of ctx.options.certFiles) {
    for (const c of await readCertificateFile(ctx.host, file)) out.push({ der: c.der, from: { kind: "file", path: c.source } });
  }
  return out;
}

function judge(users: readonly Dated[], sale: Date): Outcome<undefined, PlanCertCode> {
  const t = sale.getTime();
  const show = (d: Date) => formatAt(d, BAKU_OFFSET_MINUTES);
  const data = {
    sale: sale.toISOString(),
    certificates: users.map((u) => ({
      from: u.from.kind === "token" ? { token: pii(u.from.label, "name") } : { file: pii(u.from.path, "file") },
      subject: pii(u.subject, "dn"),
      notBefore: u.notBefore.toISOString(),
      notAfter: u.notAfter.toISOString(),
      validAtSale: u.notBefore.getTime() <= t && t <= u.notAfter.getTime(),
    })),
  };
  const expired = users.filter((u) => u.notAfter.getTime() < t);
  if (expired.length > 0) {
    const e = expired[0]!;
    return {
      code: "PLAN_CERT_EXPIRED_AT_SALE",
      message: {
        key: "plan.certificate.expired",
        values: { notAfter: show(e.notAfter), sale: show(sale), count: expired.length, total: users.length },
      },
      remedy: [{ key: "plan.certificate.remedy.renew" }, { key: "plan.certificate.remedy.oldOne" }],
      data,
    };
  }
  const early = users.filter((u) => u.notBefore.getTime() > t);
  if (early.length > 0) {
    return {
      code: "PLAN_CERT_NOT_YET_VALID_AT_SALE",
      message: { key: "plan.certificate.notYetValid", values: { notBefore: show(early[0]!.notBefore), sale: show(sale) } },
      remedy: [{ key: "plan.certificate.remedy.call157" }],
      data,
    };
  }
  const firstEnd = users.reduce((a, b) => (a.notAfter <= b.notAfter ? a : b));
  return {
    code: "PLAN_CERT_VALID_AT_SALE",
    message: { key: "plan.certificate.valid", values: { notAfter: show(firstEnd.notAfter), sale: show(sale), total: users.length } },
    data,
  };
}
