import { defineCheck } from "../../core/define-check.js";
import { NOTICE_SOURCE } from "../../explain/sources.js";
import type { Outcome, CodeSpec } from "../../core/types.js";
import { pii } from "../../core/pii.js";
import { TOKEN_CERTIFICATES_CHECK } from "../../core/handover.js";
import { certFileCas, decisive, officialCas, userCertificates } from "../../certs/inputs.js";
import { buildChain } from "../../certs/chain.js";
import { checkRevocation, type RevocationVerdict } from "../../certs/revocation.js";
import { STORES, storesOf } from "./shared.js";
import { nameOf, noUserCert, selfIssuedLeaf, selfSignedOutcome } from "./user-chain.js";

/** What this check can say; each code decides the status. */
const REVOCATION_CODES = {
  NOT_REVOKED: { status: "pass" },
  REVOKED: { status: "fail", remedy: ["certs.userRevocation.revoked.remedy", "certs.remedy.call157"], source: NOTICE_SOURCE },
  REVOCATION_UNKNOWN: { status: "warn", remedy: ["certs.remedy.call157"] },
  REVOCATION_UNREACHABLE: { status: "warn", remedy: ["certs.userRevocation.unreachable.remedy", "certs.remedy.call157"] },
  NO_REVOCATION_INFO: { status: "skip", remedy: ["certs.remedy.call157"] },
  CA_REVOKED: { status: "fail", remedy: ["certs.userRevocation.caRevoked.remedy", "certs.remedy.call157"] },
  REVOCATION_STALE: { status: "warn", remedy: ["certs.userRevocation.stale.remedy", "certs.remedy.call157"] },
  CERT_SELF_SIGNED: { status: "fail", remedy: ["certs.userChain.selfSigned.remedy", "certs.remedy.call157"] },
  ISSUER_NOT_FOUND: { status: "skip", remedy: ["certs.explain.remedy.installIntermediates"] },
  ISSUER_NOT_LOOKED_UP: { status: "error", remedy: ["certs.stores.remedy.retryLater"] },
  NO_USER_CERT: { status: "skip", remedy: ["certs.noUserCert.remedy"] },
} as const satisfies Record<string, CodeSpec>;
type RevocationCode = keyof typeof REVOCATION_CODES;

/**
 * EIMZA-VALIDITY ("deactivated"): asks the certificate's own OCSP responder, then
 * its CRL, whether it was revoked. Needs only the issuer's certificate (from any
 * store, --ca, or AIA), so it runs even when the stores are not in order.
 */
export const userRevocationCheck = defineCheck({
  id: "certs.user-revocation",
  group: "certs",
  covers: ["EIMZA-VALIDITY"],
  uses: [STORES, TOKEN_CERTIFICATES_CHECK],
  network: true,
  budgetFactor: 2,
  title: "certs.userRevocation.title",
  codes: REVOCATION_CODES,
  async run(ctx) {
    const users = await userCertificates(ctx);
    if (users.length === 0) return noUserCert();
    const pool = [...(storesOf(ctx)?.stored.map((s) => s.info) ?? []), ...(await officialCas(ctx)), ...(await certFileCas(ctx))];
    const share = Math.max(1000, Math.floor((ctx.budgetMs * 0.8) / users.length));
    const outcomes: Outcome<undefined, RevocationCode>[] = [];
    const certificates: Record<string, unknown>[] = [];
    const caVerdicts = new Map<string, RevocationVerdict>();
    for (const u of users) {
      const caChecks: { ca: string; issuer: string; verdict: string; attempts: unknown[] }[] = [];
      const subject = pii(u.info.subject, "dn");
      const chain = selfIssuedLeaf(u.info)
        ? { chain: [u.info] }
        : await buildChain(ctx.host, u.info, pool, { timeoutMs: Math.floor(share / 3), signal: ctx.signal });
      const issuer = chain.chain[1];
      let o: Outcome<undefined, RevocationCode>;
      let verdict: RevocationVerdict | undefined;
      if (selfIssuedLeaf(u.info)) {
        o = selfSignedOutcome(u.info);
      } else if (!issuer && !storesOf(ctx)) {
        // The stores were not read (their check could not run, or is not in this run):
        // "not found" would be a claim without a look (#19.16). Could not check.
        o = {
          code: "ISSUER_NOT_LOOKED_UP",
          message: { key: "certs.userRevocation.issuerNotLookedUp", values: { subject, issuer: u.info.issuerCommonName } },
        };
      } else if (!issuer) {
        o = {
          code: "ISSUER_NOT_FOUND",
          message: { key: "certs.userRevocation.noIssuer", values: { subject, issuer: u.info.issuerCommonName } },
          remedy: [{ key: "certs.userRevocation.noIssuer.remedy", values: { issuer: u.info.issuerCommonName } }],
        };
      } else {
        const cas = chain.chain.slice(1).filter((c, i, all) => i < all.length - 1 || !c.selfIssued);
        const each = Math.floor((share * 2) / 3 / (1 + cas.length));
        verdict = await checkRevocation(ctx.host, u.info, issuer, { deadlineMs: each, signal: ctx.signal });
        o = toOutcome(verdict, subject);
        // Every CA on the path, not only the user's own certificate (RFC 5280 §6.1.3(a)(3)):
        // the ICA against the PCA's CRL or OCSP, the PCA against the root's, as each CA
        // certificate names them (the AZ CAs publish theirs at asxm.e-imza.az/cdp/…). A
        // revoked CA refuses the chain whatever the user's own answer; a CA whose status
        // could not be learnt is left in data (browsers do not ask online for CAs either).
        for (const [i, ca] of cas.entries()) {
          const above = chain.chain[i + 2];
          if (!above) continue;
          let v = caVerdicts.get(ca.sha256);
          if (!v) {
            v = await checkRevocation(ctx.host, ca, above, { deadlineMs: each, signal: ctx.signal });
            caVerdicts.set(ca.sha256, v);
          }
          caChecks.push({ ca: ca.commonName, issuer: above.commonName, verdict: v.verdict, attempts: v.attempts });
          if (v.verdict === "revoked" && o.code !== "CA_REVOKED") {
            o = {
              code: "CA_REVOKED",
              message: {
                key: "certs.userRevocation.caRevoked",
                values: {
                  subject,
                  ca: ca.commonName,
                  issuer: above.commonName,
                  date: v.revokedAt.toISOString().slice(0, 10),
                  method: v.method.toUpperCase(),
                },
              },
              remedy: [{ key: "certs.userRevocation.caRevoked.remedy" }, { key: "certs.remedy.call157" }],
            };
          }
        }
      }
      outcomes.push(o);
      certificates.push({
        source: u.source,
        tokenLabel: u.tokenLabel,
        role: u.role,
        subject,
        serial: pii(u.info.serialHex, "serial"),
        issuer: issuer ? nameOf(issuer) : undefined,
        ocspUrls: u.info.ocspUrls,
        crlUrls: u.info.crlUrls,
        verdict: verdict?.verdict,
        attempts: verdict?.attempts ?? [],
        caChecks,
        code: o.code,
      });
    }
    const order = ["fail", "warn", "error", "skip", "pass"];
    const chosen = decisive(users, outcomes).sort(
      (a, b) => order.indexOf(REVOCATION_CODES[a.code].status) - order.indexOf(REVOCATION_CODES[b.code].status),
    )[0]!;
    return { ...chosen, data: { certificates } };
  },
});

function toOutcome(v: RevocationVerdict, subject: ReturnType<typeof pii>): Outcome<undefined, RevocationCode> {
  const tried = v.attempts.map((a) => `${a.method.toUpperCase()} ${a.url}: ${a.outcome}`).join("; ");
  switch (v.verdict) {
    case "good":
      return {
        code: "NOT_REVOKED",
        message: { key: "certs.userRevocation.good", values: { subject, method: v.method.toUpperCase(), url: v.url } },
      };
    case "revoked":
      return {
        code: "REVOKED",
        message: {
          key: "certs.userRevocation.revoked",
          values: { subject, date: v.revokedAt.toISOString().slice(0, 10), method: v.method.toUpperCase() },
        },
        remedy: [{ key: "certs.userRevocation.revoked.remedy" }, { key: "certs.remedy.call157" }],
      };
    case "unknown":
      return {
        code: "REVOCATION_UNKNOWN",
        message: { key: "certs.userRevocation.unknown", values: { subject, url: v.url } },
        remedy: [{ key: "certs.remedy.call157" }],
      };
    case "stale":
      return {
        code: "REVOCATION_STALE",
        message: { key: "certs.userRevocation.stale", values: { subject, url: v.url, date: v.nextUpdate.toISOString().slice(0, 10) } },
        remedy: [{ key: "certs.userRevocation.stale.remedy" }, { key: "certs.remedy.call157" }],
      };
    case "no-source":
      return { code: "NO_REVOCATION_INFO", message: { key: "certs.userRevocation.noSource", values: { subject } } };
    case "offline":
    case "unreachable":
      return {
        code: "REVOCATION_UNREACHABLE",
        message: { key: "certs.userRevocation.unreachable", values: { subject, tried: tried || "-" } },
        remedy: [{ key: "certs.userRevocation.unreachable.remedy" }, { key: "certs.remedy.call157" }],
      };
  }
}
