import type { CheckDefinition, Outcome, Status } from "../../core/types.js";
import { findExpectedCas } from "../../certs/identify.js";
import { officialCas } from "../../certs/inputs.js";
import { daysBetween, type CertInfo } from "../../certs/cert-info.js";
import { STORES, storesOf } from "./shared.js";

const EXPIRY_WARNING_DAYS = 90;

/** Each CA certificate found (in the stores or given with --ca): not expired, not expiring within 90 days. */
export const caValidityCheck: CheckDefinition = {
  id: "certs.ca-validity",
  group: "certs",
  covers: ["EIMZA-ROOT-INSTALLED", "EIMZA-INTERMEDIATES"],
  dependsOn: [STORES],
  title: "certs.caValidity.title",
  codes: { CA_VALID: "pass", CA_EXPIRING: "warn", CA_EXPIRED: "fail", CA_NOT_YET_VALID: "fail", CA_EXPIRES_BEFORE_SALE: "fail", CA_NONE_FOUND: "skip" },
  async run(ctx): Promise<Outcome> {
    const stores = storesOf(ctx)!;
    const now = ctx.host.now();
    const sale = ctx.options.sale;
    const certs = new Map<string, { info: CertInfo; where: string[] }>();
    const add = (info: CertInfo, where: string) => {
      const e = certs.get(info.sha256) ?? { info, where: [] };
      if (!e.where.includes(where)) e.where.push(where);
      certs.set(info.sha256, e);
    };
    const official = await officialCas(ctx);
    for (const f of findExpectedCas(stores.stored, official)) {
      for (const m of [...f.matches, ...f.impostors]) add(m.info, m.store);
      if (f.official) add(f.official, "--ca");
    }
    if (certs.size === 0) {
      return { status: "skip", code: "CA_NONE_FOUND", message: { key: "certs.caValidity.none" }, remedy: [{ key: "certs.caValidity.none.remedy" }] };
    }
    // The most serious finding decides; severity order below.
    const SEVERITY: Record<string, { n: number; status: Status }> = {
      CA_VALID: { n: 0, status: "pass" },
      CA_EXPIRING: { n: 1, status: "warn" },
      CA_EXPIRES_BEFORE_SALE: { n: 2, status: "fail" },
      CA_NOT_YET_VALID: { n: 3, status: "fail" },
      CA_EXPIRED: { n: 4, status: "fail" },
    };
    let code = "CA_VALID";
    let worstCert: CertInfo | undefined;
    const rank = (c: string, info: CertInfo) => {
      if (SEVERITY[c]!.n > SEVERITY[code]!.n) {
        code = c;
        worstCert = info;
      }
    };
    const list = [...certs.values()].map(({ info, where }) => {
      const daysLeft = daysBetween(now, info.notAfter);
      if (info.notBefore > now) rank("CA_NOT_YET_VALID", info);
      else if (info.notAfter <= now) rank("CA_EXPIRED", info);
      else if (sale && info.notAfter <= sale) rank("CA_EXPIRES_BEFORE_SALE", info);
      else if (daysLeft < EXPIRY_WARNING_DAYS) rank("CA_EXPIRING", info);
      return { name: info.commonName, sha256: info.sha256, notBefore: info.notBefore.toISOString(), notAfter: info.notAfter.toISOString(), daysLeft, where };
    });
    const data = { certificates: list, warningDays: EXPIRY_WARNING_DAYS };
    if (code === "CA_VALID") {
      return { status: "pass", code, message: { key: "certs.caValidity.pass", values: { count: list.length } }, data };
    }
    const w = worstCert!;
    const values = { name: w.commonName, date: w.notAfter.toISOString().slice(0, 10), notBefore: w.notBefore.toISOString().slice(0, 10), days: daysBetween(now, w.notAfter), sale: ctx.options.saleText ?? "" };
    return {
      status: SEVERITY[code]!.status as "warn" | "fail",
      code,
      message: { key: `certs.caValidity.${code}`, values },
      remedy: code === "CA_NOT_YET_VALID" ? [{ key: "certs.remedy.checkClock" }] : [{ key: "certs.caValidity.remedy.renew", values }, { key: "certs.remedy.call157" }],
      data,
    };
  },
};
