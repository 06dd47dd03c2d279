import type { CheckDefinition, Outcome, Status } from "../../core/types.js";
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
export const caValidityCheck: CheckDefinition = {
  id: "certs.ca-validity",
  group: "certs",
  covers: ["EIMZA-ROOT-INSTALLED", "EIMZA-INTERMEDIATES"],
  dependsOn: [STORES],
  uses: [TOKEN_CERTIFICATES_CHECK],
  title: "certs.caValidity.title",
  codes: {
    CA_VALID: "pass",
    CA_LEFTOVER: "warn",
    CA_EXPIRING: "warn",
    CA_EXPIRED: "fail",
    CA_NOT_YET_VALID: "fail",
    CA_EXPIRES_BEFORE_SALE: "fail",
    CA_NONE_FOUND: "skip",
  },
  async run(ctx): Promise<Outcome> {
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
        status: "skip",
        code: "CA_NONE_FOUND",
        message: { key: "certs.caValidity.none" },
        remedy: [{ key: "certs.caValidity.none.remedy" }],
      };
    }
    // The most serious finding decides; severity order below.
    const SEVERITY: Record<string, { n: number; status: Status }> = {
      CA_VALID: { n: 0, status: "pass" },
      CA_LEFTOVER: { n: 1, status: "warn" },
      CA_EXPIRING: { n: 2, status: "warn" },
      CA_EXPIRES_BEFORE_SALE: { n: 3, status: "fail" },
      CA_NOT_YET_VALID: { n: 4, status: "fail" },
      CA_EXPIRED: { n: 5, status: "fail" },
    };
    let code = "CA_VALID";
    let worstCert: CertInfo | undefined;
    const rank = (c: string, info: CertInfo) => {
      if (SEVERITY[c]!.n > SEVERITY[code]!.n) {
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
      return { status: "pass", code, message: { key: "certs.caValidity.pass", values: { count: list.length } }, data };
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
        status: "warn",
        code,
        message: { key: "certs.caValidity.CA_LEFTOVER", values: { ...values, stores: leftovers.get(w.sha256)!.where.join(", ") } },
        remedy: [{ key: "certs.caValidity.remedy.removeLeftover", values }],
        data,
      };
    }
    return {
      status: SEVERITY[code]!.status as "warn" | "fail",
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
};
