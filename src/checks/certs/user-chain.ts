import { defineCheck } from "../../core/define-check.js";
import type { MsgValue, Outcome, CodeSpec } from "../../core/types.js";
import { sameSubjectAndKey, type CertInfo } from "../../certs/cert-info.js";
import type { StoredCert } from "../../certs/identify.js";
import { pii } from "../../core/pii.js";
import { TOKEN_CERTIFICATES_CHECK } from "../../core/handover.js";
import { decisive, userCertificates } from "../../certs/inputs.js";
import { buildChain } from "../../certs/chain.js";
import {
  INTERMEDIATES,
  ROOT_TRUSTED,
  STORES,
  USER_CHAIN,
  allBrowserStores,
  anchorStateIn,
  browserNamesText,
  decisiveNamesText,
  distrustRemedy,
  distrustingStores,
  splitByRecommendation,
  storesOf,
  type BrowserStore,
  CERTUTIL_STEPS,
} from "./shared.js";

/** What this check can say; each code decides the status. */
const CHAIN_CODES = {
  CHAIN_OK: { status: "pass" },
  CHAIN_INCOMPLETE: { status: "fail", remedy: ["certs.explain.remedy.installIntermediates"], helperSteps: CERTUTIL_STEPS },
  CHAIN_BAD_SIGNATURE: { status: "fail", remedy: ["certs.explain.remedy.removeOldCopy", "certs.remedy.call157"] },
  CHAIN_ROOT_UNTRUSTED: { status: "fail", remedy: ["certs.explain.remedy.trustRoot"] },
  CHAIN_DISTRUSTED: {
    status: "fail",
    remedy: ["certs.explain.remedy.undistrust", "certs.remedy.restartBrowser"],
    helperSteps: CERTUTIL_STEPS,
  },
  CHAIN_ROOT_EXPIRED: { status: "fail", remedy: ["certs.explain.remedy.renewCa", "certs.remedy.call157"] },
  CERT_SELF_SIGNED: { status: "fail", remedy: ["certs.userChain.selfSigned.remedy", "certs.remedy.call157"] },
  NO_USER_CERT: { status: "skip", remedy: ["certs.noUserCert.remedy"] },
} as const satisfies Record<string, CodeSpec>;
type ChainCode = keyof typeof CHAIN_CODES;

/**
 * EIMZA-VALIDITY (chain): the user's certificate chains, signature by signature, to
 * a root the browser trusts, using only what the browser's store holds (plus the
 * certificate's own AIA caIssuers URL when online, as Chrome does).
 * Runs after the root and intermediates checks: when those fail, they are the cause.
 */
export const userChainCheck = defineCheck({
  id: USER_CHAIN,
  group: "certs",
  covers: ["EIMZA-VALIDITY"],
  dependsOn: [STORES, ROOT_TRUSTED, INTERMEDIATES],
  uses: [TOKEN_CERTIFICATES_CHECK],
  title: "certs.userChain.title",
  budgetFactor: 2,
  codes: CHAIN_CODES,
  async run(ctx) {
    const users = await userCertificates(ctx);
    if (users.length === 0) return noUserCert();
    const stores = storesOf(ctx)!;
    const browserCerts = stores.stored.filter((s) => s.usedByBrowser);
    const pool = browserCerts.map((s) => s.info);
    const now = ctx.host.now();
    const groups = allBrowserStores(stores);
    const results: { outcome: Outcome<undefined, ChainCode>; data: Record<string, unknown> }[] = [];
    for (const u of users) {
      if (selfIssuedLeaf(u.info)) {
        // Its own "issuer" is the holder: no CA to trust, and never advise trusting it.
        results.push({
          outcome: selfSignedOutcome(u.info),
          data: {
            source: u.source,
            tokenLabel: u.tokenLabel,
            role: u.role,
            subject: pii(u.info.subject, "dn"),
            serial: pii(u.info.serialHex, "serial"),
            selfSigned: true,
          },
        });
        continue;
      }
      const r = await buildChain(ctx.host, u.info, pool, { timeoutMs: Math.max(1000, Math.floor(ctx.budgetMs / 3)), signal: ctx.signal });
      const root = r.chain[r.chain.length - 1]!;
      // Each browser judges the chain with its own stores; Chrome and Opera decide.
      const perBrowser = r.complete ? groups.map((b) => ({ b, problem: chainProblemIn(stores.stored, b, r.chain, now) })) : [];
      const { decisive: refusing, notes } = splitByRecommendation(
        groups,
        perBrowser.filter((x) => x.problem !== undefined).map((x) => x.b),
      );
      const problemOf = (b: BrowserStore) => perBrowser.find((x) => x.b === b)!.problem!;
      const worstOf = (why: ChainProblem["why"]) => refusing.filter((b) => problemOf(b).why === why);
      const anchored = r.complete && refusing.length === 0;
      const data = {
        source: u.source,
        tokenLabel: u.tokenLabel,
        role: u.role,
        subject: pii(u.info.subject, "dn"),
        serial: pii(u.info.serialHex, "serial"),
        chain: r.chain.slice(1).map((c) => ({ name: nameOf(c), sha256: c.sha256 })),
        complete: r.complete,
        trustedRoot: anchored,
        aiaFetched: r.fetched,
        refusedBy: perBrowser
          .filter((x) => x.problem)
          .map((x) => ({ browsers: x.b.browsers, recommended: x.b.recommended, ...x.problem, date: x.problem!.date?.toISOString() })),
        otherBrowsersRefusing: notes.length > 0 ? browserNamesText(notes) : undefined,
      };
      const subject = pii(u.info.subject, "dn");
      let outcome: Outcome<undefined, ChainCode>;
      if (r.badSignature) {
        outcome = {
          code: "CHAIN_BAD_SIGNATURE",
          message: {
            key: "certs.userChain.badSignature",
            values: { subject, certificate: nameOf(r.chain[r.chain.length - 1]!), issuer: r.badSignature.issuer },
          },
          remedy: [
            { key: "certs.userChain.badSignature.remedy", values: { issuer: r.badSignature.issuer } },
            { key: "certs.remedy.call157" },
          ],
        };
      } else if (!r.complete) {
        outcome = {
          code: "CHAIN_INCOMPLETE",
          message: { key: "certs.userChain.incomplete", values: { subject, missing: r.missingIssuer ?? "?" } },
          remedy: [
            { key: "certs.userChain.incomplete.remedy", values: { missing: r.missingIssuer ?? "?" } },
            { key: "certs.remedy.fix", values: { name: r.missingIssuer ?? "?" } },
          ],
        };
      } else if (worstOf("distrusted").length > 0) {
        const bs = worstOf("distrusted");
        const p = problemOf(bs[0]!);
        outcome = {
          code: "CHAIN_DISTRUSTED",
          message: {
            key: "certs.userChain.distrusted",
            values: { subject, certificate: p.certificate, stores: p.stores.join(", "), browsers: decisiveNamesText(bs) },
          },
          remedy: [
            ...bs.flatMap((b) =>
              distrustRemedy(
                stores.stored,
                b,
                stores.stored.filter((s) => s.distrusted && problemOf(b).shas.includes(s.info.sha256)),
                problemOf(b).isRoot,
              ),
            ),
            { key: "certs.remedy.restartBrowser" },
          ],
        };
      } else if (worstOf("expired").length > 0) {
        const bs = worstOf("expired");
        const p = problemOf(bs[0]!);
        outcome = {
          code: "CHAIN_ROOT_EXPIRED",
          message: {
            key: "certs.userChain.rootExpired",
            values: { subject, root: nameOf(root), date: p.date!.toISOString().slice(0, 10), browsers: decisiveNamesText(bs) },
          },
          remedy: [{ key: "certs.caValidity.remedy.renew", values: { name: nameOf(root) } }, { key: "certs.remedy.restartBrowser" }],
        };
      } else if (!anchored) {
        outcome = {
          code: "CHAIN_ROOT_UNTRUSTED",
          message: { key: "certs.userChain.rootUntrusted", values: { subject, root: nameOf(root) } },
          remedy: [{ key: "certs.userChain.rootUntrusted.remedy", values: { root: nameOf(root) } }],
        };
      } else {
        outcome = {
          code: "CHAIN_OK",
          message: {
            key: "certs.userChain.pass",
            values: {
              subject,
              chain: r.chain
                .map((c) => c.commonName)
                .slice(1)
                .join(" → "),
            },
          },
        };
      }
      results.push({ outcome, data });
    }
    // One verdict for all the user's certificates: the first problem, else the first pass.
    const judged = decisive(users, results);
    const chosen = judged.find((r) => CHAIN_CODES[r.outcome.code].status !== "pass") ?? judged[0]!;
    return { ...chosen.outcome, data: { certificates: results.map((r) => ({ ...r.data, code: r.outcome.code })) } };
  },
});

export interface ChainProblem {
  why: "distrusted" | "expired" | "untrusted";
  /** The certificate concerned (a CA: its name is public). */
  certificate: string;
  isRoot: boolean;
  /** The stores that distrust it, or that hold the expired trusted copy. */
  stores: string[];
  /** The fingerprints of the copies concerned. */
  shas: string[];
  date?: Date;
}

/**
 * Why the browser reading `b` refuses the built chain, or undefined when it accepts it.
 * Each CA is taken in any copy the browser's stores hold with the same subject and key
 * (a re-issue signs and anchors the same); a CA with no copy there came from elsewhere
 * (AIA) and is judged by the intermediates check, not here.
 */
export function chainProblemIn(
  stored: readonly StoredCert[],
  b: BrowserStore,
  chain: readonly CertInfo[],
  now: Date,
): ChainProblem | undefined {
  const copiesOf = (c: CertInfo) => stored.filter((s) => s.usedByBrowser && b.stores.includes(s.store) && sameSubjectAndKey(s.info, c));
  for (const c of chain.slice(1, -1)) {
    const copies = copiesOf(c);
    if (copies.length > 0 && copies.every((x) => distrustingStores(stored, b, x.info.sha256).length > 0)) {
      return {
        why: "distrusted",
        certificate: c.commonName,
        isRoot: false,
        stores: [...new Set(copies.flatMap((x) => distrustingStores(stored, b, x.info.sha256)))],
        shas: copies.map((x) => x.info.sha256),
      };
    }
  }
  const root = chain[chain.length - 1]!;
  const copies = copiesOf(root);
  const state = anchorStateIn(stored, b, copies, now);
  if (state.ok) return undefined;
  const shas = copies.map((x) => x.info.sha256);
  if (state.why === "distrusted") return { why: "distrusted", certificate: root.commonName, isRoot: true, stores: state.stores, shas };
  if (state.why === "expired")
    return { why: "expired", certificate: root.commonName, isRoot: true, stores: state.stores, shas, date: state.date };
  return { why: "untrusted", certificate: root.commonName, isRoot: true, stores: [], shas };
}

/**
 * A certificate that names itself as its issuer and is no CA: made by someone, not
 * issued by the official CA. Judged as such, whatever else is in the stores.
 */
export function selfIssuedLeaf(info: CertInfo): boolean {
  return !info.isCa && info.selfIssued;
}

export function selfSignedOutcome(info: CertInfo): Outcome<undefined, "CERT_SELF_SIGNED"> {
  return {
    code: "CERT_SELF_SIGNED",
    message: { key: "certs.userChain.selfSigned", values: { subject: pii(info.subject, "dn") } },
    remedy: [{ key: "certs.userChain.selfSigned.remedy" }, { key: "certs.remedy.call157" }],
  };
}

/** A CA's name is public; any other certificate's name is a person's (personal data). */
export function nameOf(info: CertInfo): MsgValue {
  return info.isCa ? info.commonName : pii(info.commonName || info.subject, "name");
}

export function noUserCert(): Outcome<undefined, "NO_USER_CERT"> {
  return {
    code: "NO_USER_CERT",
    message: { key: "certs.noUserCert" },
    remedy: [{ key: "certs.noUserCert.remedy" }],
  };
}
