import type { CertInfo } from "./cert-info.js";
import { expectedCa, type CaRole } from "./expected-cas.js";
import { namedLike } from "./ca-names.js";
import { signedBy } from "./official-set.js";

/** The certificates the user's own chains show in each CA role (by signature, not by name). */
export type ChainRoles = Partial<Record<CaRole, CertInfo[]>>;

const MAX_DEPTH = 6;

/**
 * Walks each user certificate up through `pool`: the next certificate is one named as
 * the issuer (subject DN, or subject key identifier = authority key identifier) whose
 * key verifies the signature. A walk that reaches a self-signed CA assigns roles from
 * the top (root, the CA it signed = PCA, the next = ICA), like the official file's
 * structure; one that stops short assigns from the bottom (the user's issuer is the
 * ICA, its issuer the PCA).
 */
export async function rolesFromUserChains(users: readonly CertInfo[], pool: readonly CertInfo[]): Promise<ChainRoles> {
  // A certificate from some other hierarchy (a --cert that is not an E-İmza certificate)
  // must not make its CAs count as the AZ ones: a path counts only when it has the AZ
  // shape (root, PCA, ICA) or one of its CAs bears an AZ CA's name for its place.
  const azLike = (path: CertInfo[], roleAt: (i: number) => CaRole | undefined) =>
    (path.length === 3 && path[2]!.selfIssued) ||
    path.some((c, i) => {
      const role = roleAt(i);
      return role !== undefined && namedLike(c.commonName, expectedCa(role));
    });
  const roles: ChainRoles = {};
  const add = (role: CaRole, c: CertInfo) => {
    roles[role] ??= [];
    const list = roles[role];
    if (!list.some((x) => x.sha256 === c.sha256)) list.push(c);
  };
  for (const leaf of users) {
    const path = await walkUp(leaf, pool);
    if (path.length === 0) continue;
    const top = path[path.length - 1]!;
    const fromTopRole = (i: number) => (["root", "policy", "issuing"] as const)[path.length - 1 - i];
    const fromBottomRole = (i: number) => (["issuing", "policy"] as const)[i];
    if (!azLike(path, top.selfIssued ? fromTopRole : fromBottomRole)) continue;
    if (top.selfIssued) {
      const fromTop: CaRole[] = ["root", "policy", "issuing"];
      for (let i = 0; i < fromTop.length && i < path.length; i++) add(fromTop[i]!, path[path.length - 1 - i]!);
    } else {
      const fromBottom: CaRole[] = ["issuing", "policy"];
      for (let i = 0; i < fromBottom.length && i < path.length; i++) add(fromBottom[i]!, path[i]!);
    }
  }
  return roles;
}

/** The CA certificates above `leaf`, nearest first, each verified by signature. */
async function walkUp(leaf: CertInfo, pool: readonly CertInfo[]): Promise<CertInfo[]> {
  const path: CertInfo[] = [];
  let current = leaf;
  while (path.length < MAX_DEPTH) {
    if (path.length > 0 && current.selfIssued) break;
    const named = pool.filter(
      (c) =>
        c.isCa &&
        c.sha256 !== current.sha256 &&
        (c.subject === current.issuer || (current.authorityKeyId !== undefined && c.keyId === current.authorityKeyId)),
    );
    let next: CertInfo | undefined;
    for (const c of named) {
      if (path.some((p) => p.sha256 === c.sha256)) continue;
      if (await signedBy(current, c)) {
        next = c;
        break;
      }
    }
    if (!next) break;
    path.push(next);
    current = next;
  }
  // A self-issued top whose own signature does not verify is not a root.
  const top = path[path.length - 1];
  if (top?.selfIssued && !(await signedBy(top, top))) path.pop();
  return path;
}
