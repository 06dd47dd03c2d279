import type { CheckDefinition, Outcome } from "../../core/types.js";
import { pii } from "../../core/pii.js";
import { TOKEN_CERTIFICATES_CHECK } from "../../core/handover.js";
import { userCertificates } from "../../certs/inputs.js";
import { buildChain } from "../../certs/chain.js";
import { INTERMEDIATES, ROOT_TRUSTED, STORES, USER_CHAIN, storesOf } from "./shared.js";

/**
 * EIMZA-VALIDITY (chain): the user's certificate chains, signature by signature, to
 * a root the browser trusts, using only what the browser's store holds (plus the
 * certificate's own AIA caIssuers URL when online, as Chrome does).
 * Runs after the root and intermediates checks: when those fail, they are the cause.
 */
export const userChainCheck: CheckDefinition = {
  id: USER_CHAIN,
  group: "certs",
  covers: ["EIMZA-VALIDITY"],
  dependsOn: [STORES, ROOT_TRUSTED, INTERMEDIATES],
  uses: [TOKEN_CERTIFICATES_CHECK],
  title: "certs.userChain.title",
  budgetFactor: 2,
  codes: { CHAIN_OK: "pass", CHAIN_INCOMPLETE: "fail", CHAIN_BAD_SIGNATURE: "fail", CHAIN_ROOT_UNTRUSTED: "fail", NO_USER_CERT: "skip" },
  async run(ctx): Promise<Outcome> {
    const users = await userCertificates(ctx);
    if (users.length === 0) return noUserCert();
    const stores = storesOf(ctx)!;
    const browserCerts = stores.stored.filter((s) => s.usedByBrowser);
    const pool = browserCerts.map((s) => s.info);
    const results: { outcome: Outcome; data: Record<string, unknown> }[] = [];
    for (const u of users) {
      const r = await buildChain(ctx.host, u.info, pool, { timeoutMs: Math.max(1000, Math.floor(ctx.budgetMs / 3)), signal: ctx.signal });
      const root = r.chain[r.chain.length - 1]!;
      const anchored = r.complete && browserCerts.some((s) => s.info.sha256 === root.sha256 && s.trustedAsRoot);
      const data = {
        source: u.source,
        subject: pii(u.info.subject, "dn"),
        serial: pii(u.info.serialHex, "serial"),
        chain: r.chain.slice(1).map((c) => ({ name: c.commonName, sha256: c.sha256 })),
        complete: r.complete,
        trustedRoot: anchored,
        aiaFetched: r.fetched,
      };
      const subject = pii(u.info.subject, "dn");
      let outcome: Outcome;
      if (r.badSignature) {
        outcome = { status: "fail", code: "CHAIN_BAD_SIGNATURE", message: { key: "certs.userChain.badSignature", values: { subject, certificate: r.badSignature.certificate, issuer: r.badSignature.issuer } }, remedy: [{ key: "certs.userChain.badSignature.remedy", values: { issuer: r.badSignature.issuer } }, { key: "certs.remedy.call157" }] };
      } else if (!r.complete) {
        outcome = { status: "fail", code: "CHAIN_INCOMPLETE", message: { key: "certs.userChain.incomplete", values: { subject, missing: r.missingIssuer ?? "?" } }, remedy: [{ key: "certs.userChain.incomplete.remedy", values: { missing: r.missingIssuer ?? "?" } }, { key: "certs.remedy.fix", values: { name: r.missingIssuer ?? "?" } }] };
      } else if (!anchored) {
        outcome = { status: "fail", code: "CHAIN_ROOT_UNTRUSTED", message: { key: "certs.userChain.rootUntrusted", values: { subject, root: root.commonName } }, remedy: [{ key: "certs.userChain.rootUntrusted.remedy", values: { root: root.commonName } }] };
      } else {
        outcome = { status: "pass", code: "CHAIN_OK", message: { key: "certs.userChain.pass", values: { subject, chain: r.chain.map((c) => c.commonName).slice(1).join(" → ") } } };
      }
      results.push({ outcome, data });
    }
    // One verdict for all the user's certificates: the first problem, else the first pass.
    const chosen = results.find((r) => r.outcome.status !== "pass") ?? results[0]!;
    return { ...chosen.outcome, data: { certificates: results.map((r) => ({ ...r.data, code: r.outcome.code })) } };
  },
};

export function noUserCert(): Outcome {
  return {
    status: "skip",
    code: "NO_USER_CERT",
    message: { key: "certs.noUserCert" },
    remedy: [{ key: "certs.noUserCert.remedy" }],
  };
}
