import type { CheckContext, Pii } from "../core/types.js";
import { pii } from "../core/pii.js";
import { TOKEN_CERTIFICATES_CHECK, type TokenCertificate } from "../core/handover.js";
import { readCertificateFile } from "./load.js";
import { certInfo, type CertInfo } from "./cert-info.js";
import { officialCasOf } from "./official-set.js";

/** The official CA certificates the user gave with --ca (read, parsed and structured once per run). */
export async function officialCas(ctx: CheckContext): Promise<CertInfo[]> {
  return (await officialCasOf(ctx.host, ctx.options.caFiles)).all;
}

export interface UserCert {
  info: CertInfo;
  /**
   * "token <model>, slot <n>" or the --cert file. Never the token's label: labels
   * often hold the holder's name (that goes in `tokenLabel`, as personal data).
   */
  source: string | Pii;
  tokenLabel?: Pii;
  /** The role the token group read from keyUsage (signing / authentication). */
  role?: string;
  /** A renewed certificate's predecessor left on the token: judged and shown, but it does not decide. */
  superseded?: boolean;
}

/** The verdicts that decide: those of the certificates in use, unless there are only leftovers. */
export function decisive<T>(users: readonly UserCert[], outcomes: readonly T[]): T[] {
  const inUse = outcomes.filter((_, i) => !users[i]?.superseded);
  return inUse.length > 0 ? inUse : [...outcomes];
}

/**
 * The user's own certificates: the ones the token group read from the token, and any
 * --cert file. CA certificates that ride along (on a token or in a bundle) are not
 * the user's and are left out.
 */
export async function userCertificates(ctx: CheckContext): Promise<UserCert[]> {
  const out: UserCert[] = [];
  const seen = new Set<string>();
  const add = (info: CertInfo, source: string | Pii, from?: TokenCertificate) => {
    if (info.isCa || seen.has(info.sha256)) return;
    seen.add(info.sha256);
    out.push({ info, source, tokenLabel: from ? pii(from.tokenLabel, "name") : undefined, role: from?.role, superseded: from?.superseded });
  };
  // Whatever the token's own verdict (an expired certificate fails it): every
  // certificate it read is the user's and is judged here too.
  const token = ctx.depOutput(TOKEN_CERTIFICATES_CHECK);
  for (const c of token?.certificates ?? []) {
    try {
      add(await certInfo(new Uint8Array(Buffer.from(c.derBase64, "base64"))), tokenSource(c), c);
    } catch {
      // A certificate object the parser refuses is not one the portal could use either.
    }
  }
  for (const file of ctx.options.certFiles) {
    // The file's name is the user's (often "Name_Surname_FIN.pem"): personal data.
    for (const c of await readCertificateFile(ctx.host, file)) add(c.info, pii(c.source, "file"));
  }
  return out;
}

/** How a token is named where labels are redacted: by model and slot. */
export function tokenSource(c: TokenCertificate): string {
  return `token ${c.tokenModel || "?"}, slot ${c.slotId}`;
}

/** CA certificates that came along in --cert files (a bundle with the chain): material for finding the issuer. */
export async function certFileCas(ctx: CheckContext): Promise<CertInfo[]> {
  const out: CertInfo[] = [];
  for (const file of ctx.options.certFiles) {
    for (const c of await readCertificateFile(ctx.host, file)) if (c.info.isCa) out.push(c.info);
  }
  return out;
}
