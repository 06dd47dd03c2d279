import type { CheckContext } from "../core/types.js";
import { TOKEN_CERTIFICATES_CHECK, type TokenCertificatesOutput } from "../core/handover.js";
import { readCertificateFile } from "./load.js";
import { certInfo, type CertInfo } from "./cert-info.js";
import { officialCasOf } from "./official-set.js";

/** The official CA certificates the user gave with --ca (read, parsed and structured once per run). */
export async function officialCas(ctx: CheckContext): Promise<CertInfo[]> {
  return (await officialCasOf(ctx.host, ctx.options.caFiles)).all;
}

export interface UserCert {
  info: CertInfo;
  /** "token <label>" or the --cert file. */
  source: string;
}

/**
 * The user's own certificates: the ones the token group read from the token, and any
 * --cert file. CA certificates that ride along (on a token or in a bundle) are not
 * the user's and are left out.
 */
export async function userCertificates(ctx: CheckContext): Promise<UserCert[]> {
  const out: UserCert[] = [];
  const seen = new Set<string>();
  const add = (info: CertInfo, source: string) => {
    if (info.isCa || seen.has(info.sha256)) return;
    seen.add(info.sha256);
    out.push({ info, source });
  };
  const token = ctx.dep<TokenCertificatesOutput>(TOKEN_CERTIFICATES_CHECK);
  for (const c of token?.certificates ?? []) {
    try {
      add(await certInfo(new Uint8Array(Buffer.from(c.derBase64, "base64"))), `token ${c.tokenLabel}`);
    } catch {
      // A certificate object the parser refuses is not one the portal could use either.
    }
  }
  for (const file of ctx.options.certFiles) {
    for (const c of await readCertificateFile(ctx.host, file)) add(c.info, c.source);
  }
  return out;
}

/** CA certificates that came along in --cert files (a bundle with the chain): material for finding the issuer. */
export async function certFileCas(ctx: CheckContext): Promise<CertInfo[]> {
  const out: CertInfo[] = [];
  for (const file of ctx.options.certFiles) {
    for (const c of await readCertificateFile(ctx.host, file)) if (c.info.isCa) out.push(c.info);
  }
  return out;
}
