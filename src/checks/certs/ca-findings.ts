import type { CheckContext } from "../../core/types.js";
import { findExpectedCas, type CaFinding } from "../../certs/identify.js";
import { officialCasOf } from "../../certs/official-set.js";
import { rolesFromUserChains } from "../../certs/chain-roles.js";
import { certFileCas, userCertificates } from "../../certs/inputs.js";
import type { CaRole } from "../../certs/expected-cas.js";
import { storesOf } from "./shared.js";

/**
 * Which store certificate is which AZ CA, worked out once per run (the stores'
 * hand-over is the key) and shared by the root, trust, intermediates and validity
 * checks so they cannot disagree. The --ca files decide when given; else the user's
 * own chains (token or --cert) by signature; else the name in any known spelling.
 * Every caller must declare `uses: [TOKEN_CERTIFICATES_CHECK]`: the first call fixes the
 * answer for the run, and it must see the token's certificates.
 */
const memo = new WeakMap<object, Promise<CaFinding[]>>();

export function caFindings(ctx: CheckContext): Promise<CaFinding[]> {
  const stores = storesOf(ctx)!;
  let p = memo.get(stores.stored);
  if (!p) {
    p = (async () => {
      const official = await officialCasOf(ctx.host, ctx.options.caFiles);
      const users = (await userCertificates(ctx)).map((u) => u.info);
      const pool = [...stores.stored.map((s) => s.info), ...(await certFileCas(ctx)), ...official.all];
      const chain = users.length > 0 ? await rolesFromUserChains(users, pool) : undefined;
      return findExpectedCas(stores.stored, { official, chain });
    })();
    memo.set(stores.stored, p);
  }
  return p;
}

export async function caFinding(ctx: CheckContext, role: CaRole): Promise<CaFinding> {
  return (await caFindings(ctx)).find((f) => f.expected.role === role)!;
}
