import { defineCheck } from "../../core/define-check.js";
import { TOKEN_CERTIFICATES_CHECK } from "../../core/handover.js";
import { daysBetween, type CertInfo } from "../../certs/cert-info.js";
import { caFindings } from "./ca-findings.js";
import { STORES, storesOf } from "./shared.js";

const EXPIRY_WARNING_DAYS = 90;

/**
 * Each CA certificate found (in the stores or given with --ca): not expired, not
 * expiring within 90 days. An expired copy of a CA beside a valid one of the same role
 * is a leftover: the browser builds the chain through the valid one (the user-chain
 * check proves it), so the old copy is worth removing but is not a failure.
 */
export const caValidityCheck = defineCheck({
  id: "certs.ca-validity",
  group: "certs",
  covers: ["EIMZA-ROOT-INSTALLED", "EIMZA-INTERMEDIATES"],
  dependsOn: [STORES],
  uses: [TOKEN_CERTIFICATES_CHECK],
  title: "certs.caValidity.title",
  codes: {
    CA_VALID: { status: "pass" },
    CA_LEFTOVER: { status: "warn", remedy: ["certs.explain.remedy.removeLeftover"] },
    CA_EXPIRING: { status: "warn", remedy: ["certs.explain.remedy.renewCa", "certs.remedy.call157"] },
    CA_EXPIRED: { status: "fail", remedy: ["certs.explain.remedy.renewCa", "certs.remedy.call157"] },
    CA_NOT_YET_VALID: { status: "fail", remedy: ["certs.remedy.checkClock"] },
    CA_EXPIRES_BEFORE_SALE: { status: "fail", remedy: ["certs.explain.remedy.renewCa", "certs.remedy.call157"] },
    CA_NONE_FOUND: { status: "skip", remedy: ["certs.caValidity.none.remedy"] },
  },
  async run(ctx) {
    storesOf(ctx)!;
    const now = ctx.host.now();
    const sale = ctx.options.sale;
    const validNow = (c: CertInfo) => c.notBefore <= now && c.notAfter > now;
    const certs = new Map<string, { info: CertInfo; where: string[] }>();
    const leftovers = new Map<string, { info: CertInfo; where: string[] }>();
    const add = (into: typeof certs, info: CertInfo, where: string) => {
      const e = into.get(info.sha256) ?? { info, where: [] };
      if (!e.where.includes(where)) e.where.push(where);
      into.set(info.sha256, e);
    };
    for (const f of await caFindings(ctx)) {
      const current = [
        ...f.matches.map((m) => ({ info: m.info, where: m.store })),
        ...(f.official ? [{ info: f.official, where: "--ca" }] : []),
      ];
      const hasValid = current.some((c) => validNow(c.info));
      for (const c of current) {
        if (hasValid && c.info.notAfter <= now) add(leftovers, c.info, c.where);
        else add(certs, c.info, c.where);
      }
      // A copy that is not this CA matters here only as an expired leftover beside the valid one.
      for (const m of f.impostors) if (hasValid && m.info.notAfter <= now) add(leftovers, m.info, m.store);
    }
    for (const sha of leftovers.keys()) certs.delete(sha);
    if (certs.size === 0 && leftovers.size === 0) {
      return {
        code: "CA_NONE_FOUND",
        message: { key: "certs.caValidity.none" },
        remedy: [{ key: "certs.caValidity.none.remedy" }],
      };
    }
    // The most serious finding decides; severity order below.
    const SEVERITY = ["CA_VALID", "CA_LEFTOVER", "CA_EXPIRING", "CA_EXPIRES_BEFORE_SALE", "CA_NOT_YET_VALID", "CA_EXPIRED"] as const;
    type Finding = (typeof SEVERITY)[number];
    let code: Finding = "CA_VALID";
    let worstCert: CertInfo | undefined;
    const rank = (c: Finding, info: CertInfo) => {
      if (SEVERITY.indexOf(c) > SEVERITY.indexOf(code)) {
        code = c;
        worstCert = info;
      }
    };
    const describe = ({ info, where }: { info: CertInfo; where: string[] }) => ({
      name: info.commonName,
      sha256: info.sha256,
      notBefore: info.notBefore.toISOString(),
      notAfter: info.notAfter.toISOString(),
      daysLeft: daysBetween(now, info.notAfter),
      where,
    });
    const list = [...certs.values()].map((e) => {
      const { info } = e;
      const daysLeft = daysBetween(now, info.notAfter);
      if (info.notBefore > now) rank("CA_NOT_YET_VALID", info);
      else if (info.notAfter <= now) rank("CA_EXPIRED", info);
      else if (sale && info.notAfter <= sale) rank("CA_EXPIRES_BEFORE_SALE", info);
      else if (daysLeft < EXPIRY_WARNING_DAYS) rank("CA_EXPIRING", info);
      return describe(e);
    });
    for (const l of leftovers.values()) rank("CA_LEFTOVER", l.info);
    const data = { certificates: list, leftovers: [...leftovers.values()].map(describe), warningDays: EXPIRY_WARNING_DAYS };
    if (code === "CA_VALID") {
      return { code, message: { key: "certs.caValidity.pass", values: { count: list.length } }, data };
    }
    const w = worstCert!;
    const values = {
      name: w.commonName,
      date: w.notAfter.toISOString().slice(0, 10),
      notBefore: w.notBefore.toISOString().slice(0, 10),
      days: daysBetween(now, w.notAfter),
      sale: ctx.options.saleText ?? "",
    };
    if (code === "CA_LEFTOVER") {
      return {
        code,
        message: { key: "certs.caValidity.CA_LEFTOVER", values: { ...values, stores: leftovers.get(w.sha256)!.where.join(", ") } },
        remedy: [{ key: "certs.caValidity.remedy.removeLeftover", values }],
        data,
      };
    }
    return {
      code,
      message: { key: `certs.caValidity.${code}`, values },
      // A CA that is still valid may have issued the citizen's own certificate: the new one goes
      // next to it, and the old one is not deleted before it expires (issue #21.1).
      remedy:
        code === "CA_NOT_YET_VALID"
          ? [{ key: "certs.remedy.checkClock" }]
          : [
              { key: code === "CA_EXPIRED" ? "certs.caValidity.remedy.renewExpired" : "certs.caValidity.remedy.renew", values },
              { key: "certs.remedy.call157" },
            ],
      data,
    };
  },
});
