import { defineCheck } from "../../core/define-check.js";
import { NOTICE_SOURCE } from "../../explain/sources.js";
import type { Outcome, CodeSpec } from "../../core/types.js";
import { pii } from "../../core/pii.js";
import { TOKEN_CERTIFICATES_CHECK } from "../../core/handover.js";
import { decisive, userCertificates, type UserCert } from "../../certs/inputs.js";
import { portalNow } from "../../certs/clock-skew.js";
import { CLOCK } from "./clock.js";
import { daysBetween } from "../../certs/cert-info.js";
import { noUserCert } from "./user-chain.js";

const EXPIRY_WARNING_DAYS = 30;

/** What this check can say; each code decides the status. */
const VALIDITY_CODES = {
  CERT_VALID: { status: "pass" },
  CERT_EXPIRING: { status: "warn", remedy: ["certs.userValidity.renew.remedy", "certs.remedy.call157"] },
  CERT_EXPIRED: { status: "fail", remedy: ["certs.userValidity.renew.remedy", "certs.remedy.call157"], source: NOTICE_SOURCE },
  CERT_NOT_YET_VALID: { status: "fail", remedy: ["certs.remedy.checkClock"] },
  CERT_EXPIRES_BEFORE_SALE: { status: "fail", remedy: ["certs.userValidity.renew.remedy", "certs.remedy.call157"] },
  CERT_CLOCK_WRONG: { status: "fail", remedy: ["certs.remedy.checkClock"] },
  NO_USER_CERT: { status: "skip", remedy: ["certs.noUserCert.remedy"] },
} as const satisfies Record<string, CodeSpec>;
type ValidityCode = keyof typeof VALIDITY_CODES;

/** EIMZA-VALIDITY (dates): the user's certificate is valid now and at the sale (--sale). */
export const userValidityCheck = defineCheck({
  id: "certs.user-validity",
  group: "certs",
  covers: ["EIMZA-VALIDITY"],
  uses: [TOKEN_CERTIFICATES_CHECK, CLOCK],
  title: "certs.userValidity.title",
  codes: VALIDITY_CODES,
  async run(ctx) {
    const users = await userCertificates(ctx);
    if (users.length === 0) return noUserCert();
    const now = ctx.host.now();
    const sale = ctx.options.sale;
    const outcomes: Outcome<undefined, ValidityCode>[] = [];
    const certificates: Record<string, unknown>[] = [];
    // With a clock wrong beyond what certificates absorb, the portal's time is the truth.
    const clock = ctx.depOutput(CLOCK);
    const portal = clock?.wrong ? portalNow(now, clock.skewSeconds) : undefined;
    for (const u of users) {
      const local = judgeAt(u, now, sale, ctx.options.saleText);
      let o = local.outcome;
      let byPortal: Outcome<undefined, ValidityCode> | undefined;
      if (portal) {
        byPortal = judgeAt(u, portal, sale, ctx.options.saleText).outcome;
        if (rankOf(byPortal) > rankOf(local.outcome)) {
          o = byPortal;
        } else if (DATE_FAULTS.has(local.outcome.code) && !DATE_FAULTS.has(byPortal.code)) {
          // In order by the portal's time: only this computer's clock makes it look wrong.
          o = {
            code: "CERT_CLOCK_WRONG",
            message: { key: "certs.userValidity.clockWrong", values: local.values },
            remedy: [{ key: "certs.remedy.checkClock" }],
          };
        }
      }
      outcomes.push(o);
      certificates.push({
        source: u.source,
        tokenLabel: u.tokenLabel,
        role: u.role,
        subject: local.values.subject,
        serial: pii(u.info.serialHex, "serial"),
        notBefore: u.info.notBefore.toISOString(),
        notAfter: u.info.notAfter.toISOString(),
        daysLeft: local.values.days,
        code: o.code,
        codeByComputerClock: portal ? local.outcome.code : undefined,
        codeByPortalClock: byPortal?.code,
        superseded: u.superseded,
      });
    }
    const order = ["fail", "warn", "pass"];
    const chosen = decisive(users, outcomes).sort(
      (a, b) => order.indexOf(VALIDITY_CODES[a.code].status) - order.indexOf(VALIDITY_CODES[b.code].status),
    )[0]!;
    return { ...chosen, data: { certificates, sale: sale?.toISOString(), portalTime: portal?.toISOString() } };
  },
});

/** The verdicts a wrong clock can produce on its own. */
const DATE_FAULTS = new Set(["CERT_EXPIRED", "CERT_NOT_YET_VALID"]);
const RANK: Record<string, number> = { pass: 0, warn: 1, fail: 2 };
function rankOf(o: Outcome<undefined, ValidityCode>): number {
  return RANK[VALIDITY_CODES[o.code].status] ?? 0;
}

/** The verdict on one certificate with the clock reading `now`. */
function judgeAt(u: UserCert, now: Date, sale: Date | undefined, saleText: string | undefined) {
  const days = daysBetween(now, u.info.notAfter);
  const values = {
    subject: pii(u.info.subject, "dn"),
    date: u.info.notAfter.toISOString().slice(0, 10),
    notBefore: u.info.notBefore.toISOString().slice(0, 10),
    days,
    sale: saleText ?? "",
  };
  let outcome: Outcome<undefined, ValidityCode>;
  if (u.info.notAfter <= now)
    outcome = {
      code: "CERT_EXPIRED",
      message: { key: "certs.userValidity.expired", values },
      remedy: [{ key: "certs.userValidity.renew.remedy" }, { key: "certs.remedy.call157" }],
    };
  else if (u.info.notBefore > now)
    outcome = {
      code: "CERT_NOT_YET_VALID",
      message: { key: "certs.userValidity.notYetValid", values },
      remedy: [{ key: "certs.remedy.checkClock" }],
    };
  else if (sale && u.info.notAfter <= sale)
    outcome = {
      code: "CERT_EXPIRES_BEFORE_SALE",
      message: { key: "certs.userValidity.beforeSale", values },
      remedy: [{ key: "certs.userValidity.renew.remedy" }, { key: "certs.remedy.call157" }],
    };
  else if (days < EXPIRY_WARNING_DAYS)
    outcome = {
      code: "CERT_EXPIRING",
      message: { key: "certs.userValidity.expiring", values },
      remedy: [{ key: "certs.userValidity.renew.remedy" }, { key: "certs.remedy.call157" }],
    };
  else
    outcome = {
      code: "CERT_VALID",
      message: { key: sale ? "certs.userValidity.passSale" : "certs.userValidity.pass", values },
    };
  return { outcome, values };
}
