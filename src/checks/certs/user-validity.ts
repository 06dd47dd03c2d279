import type { CheckDefinition, Outcome } from "../../core/types.js";
import { pii } from "../../core/pii.js";
import { TOKEN_CERTIFICATES_CHECK } from "../../core/handover.js";
import { userCertificates } from "../../certs/inputs.js";
import { daysBetween } from "../../certs/cert-info.js";
import { noUserCert } from "./user-chain.js";

const EXPIRY_WARNING_DAYS = 30;

/** EIMZA-VALIDITY (dates): the user's certificate is valid now and at the sale (--sale). */
export const userValidityCheck: CheckDefinition = {
  id: "certs.user-validity",
  group: "certs",
  covers: ["EIMZA-VALIDITY"],
  uses: [TOKEN_CERTIFICATES_CHECK],
  title: "certs.userValidity.title",
  codes: { CERT_VALID: "pass", CERT_EXPIRING: "warn", CERT_EXPIRED: "fail", CERT_NOT_YET_VALID: "fail", CERT_EXPIRES_BEFORE_SALE: "fail", NO_USER_CERT: "skip" },
  async run(ctx): Promise<Outcome> {
    const users = await userCertificates(ctx);
    if (users.length === 0) return noUserCert();
    const now = ctx.host.now();
    const sale = ctx.options.sale;
    const outcomes: Outcome[] = [];
    const certificates: Record<string, unknown>[] = [];
    for (const u of users) {
      const days = daysBetween(now, u.info.notAfter);
      const values = {
        subject: pii(u.info.subject, "dn"),
        date: u.info.notAfter.toISOString().slice(0, 10),
        notBefore: u.info.notBefore.toISOString().slice(0, 10),
        days,
        sale: ctx.options.saleText ?? "",
      };
      let o: Outcome;
      if (u.info.notAfter <= now) o = { status: "fail", code: "CERT_EXPIRED", message: { key: "certs.userValidity.expired", values }, remedy: [{ key: "certs.userValidity.renew.remedy" }, { key: "certs.remedy.call157" }] };
      else if (u.info.notBefore > now) o = { status: "fail", code: "CERT_NOT_YET_VALID", message: { key: "certs.userValidity.notYetValid", values }, remedy: [{ key: "certs.remedy.checkClock" }] };
      else if (sale && u.info.notAfter <= sale) o = { status: "fail", code: "CERT_EXPIRES_BEFORE_SALE", message: { key: "certs.userValidity.beforeSale", values }, remedy: [{ key: "certs.userValidity.renew.remedy" }, { key: "certs.remedy.call157" }] };
      else if (days < EXPIRY_WARNING_DAYS) o = { status: "warn", code: "CERT_EXPIRING", message: { key: "certs.userValidity.expiring", values }, remedy: [{ key: "certs.userValidity.renew.remedy" }, { key: "certs.remedy.call157" }] };
      else o = { status: "pass", code: "CERT_VALID", message: { key: sale ? "certs.userValidity.passSale" : "certs.userValidity.pass", values } };
      outcomes.push(o);
      certificates.push({ source: u.source, tokenLabel: u.tokenLabel, role: u.role, subject: values.subject, serial: pii(u.info.serialHex, "serial"), notBefore: u.info.notBefore.toISOString(), notAfter: u.info.notAfter.toISOString(), daysLeft: days, code: o.code });
    }
    const order = ["fail", "warn", "pass"];
    const chosen = [...outcomes].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status))[0]!;
    return { ...chosen, data: { certificates, sale: sale?.toISOString() } };
  },
};
