import { defineCheck } from "../../core/define-check.js";
import type { CodeSpec, Msg, MsgValue } from "../../core/types.js";
import { pii } from "../../core/pii.js";
import { loadX509, type X509 } from "../../core/lazy.js";
import { TOKEN_CERTIFICATES_CHECK, type TokenCertificate, type TokenCertRole } from "../../core/handover.js";
import { dedupeMsgs, isoDate, PRESENT_CHECK, severity, tokenName, type FoundToken } from "./common.js";

/** A certificate that ends within this many days is announced as expiring soon. */
export const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What the certificate check can say; each code decides the status. */
const CERT_CODES = {
  TOKEN_CERT_OK: { status: "pass" },
  TOKEN_CERT_EXPIRING_SOON: { status: "warn", remedy: ["token.remedy.renewSoon"] },
  TOKEN_CERT_EXPIRES_BEFORE_SALE: { status: "fail", remedy: ["token.remedy.renewSoon"] },
  TOKEN_CERT_EXPIRED: { status: "fail", remedy: ["token.remedy.renewExpired"] },
  TOKEN_CERT_NOT_YET_VALID: { status: "fail", remedy: ["token.remedy.checkClock", "token.remedy.call157Certificate"] },
  TOKEN_CERT_WRONG_KEY_USAGE: { status: "fail", remedy: ["token.remedy.call157Certificate"] },
  TOKEN_NO_CERTIFICATE: { status: "fail", remedy: ["token.remedy.call157Certificate"] },
} as const satisfies Record<string, CodeSpec>;
type CertCode = keyof typeof CERT_CODES;

/**
 * Is the certificate on the token usable for signing? Certificate objects are read
 * without login (a read-only session, done by the probe); each user certificate is
 * judged by its validity period (and the sale date given with --sale) and by its
 * keyUsage. The key pair behind it is noted where the token shows it before login;
 * private keys are normally hidden until then, so their absence is no fault here.
 * The certificates are handed to the `certs` group (chain, revocation) through
 * `output`; they are never re-read there.
 */
export const certificatesCheck = defineCheck({
  id: TOKEN_CERTIFICATES_CHECK,
  group: "token",
  covers: ["EIMZA-VALIDITY"],
  title: "token.title.certificates",
  dependsOn: [PRESENT_CHECK],
  codes: CERT_CODES,
  async run(ctx) {
    const tokens = ctx.dep(PRESENT_CHECK)?.tokens ?? [];
    // The certificate parser is the heaviest module the tool loads: not for a token without certificates.
    const x509 = tokens.some((t) => t.token.certificates.length > 0) ? await loadX509() : (undefined as unknown as X509);
    const now = ctx.host.now();
    const all = tokens.map((t) => judgeToken(x509, t, now, ctx.options.sale, ctx.options.saleText));
    // An empty token beside one that can sign (a valid signing certificate with its key)
    // is not the one to sign with: a note naming it, not a failure of the group (#19.12).
    const canSign = all.some((j) => j.canSign);
    const empties = canSign ? all.filter((j) => j.empty) : [];
    const judged = all.filter((j) => !empties.includes(j));
    const worst = judged.reduce((a, b) => (severity(CERT_CODES[b.code].status) > severity(CERT_CODES[a.code].status) ? b : a), judged[0]!);
    const message = empties.reduce<Msg>(
      (m, e) => ({ key: "token.cert.emptyBeside", values: { verdict: m, token: e.name, model: e.model } }),
      worst.message,
    );
    // Hand over the user certificates, the best signing candidate of each token first.
    const certificates: TokenCertificate[] = judged.flatMap((j) => j.handover);
    return {
      code: worst.code,
      message,
      remedy: judged.flatMap((j) => j.remedy),
      data: {
        now: now.toISOString(),
        sale: ctx.options.sale?.toISOString(),
        expiryWarningDays: EXPIRY_WARNING_DAYS,
        tokens: all.map((j) => (empties.includes(j) ? { ...j.data, emptyBesideWorkingToken: true } : j.data)),
      },
      output: { certificates },
    };
  },
});

interface JudgedCert {
  cert: InstanceType<X509["X509Certificate"]>;
  derBase64: string;
  label?: string;
  idHex?: string;
  ca: boolean;
  signing: boolean;
  role: TokenCertRole;
  keyUsage: string[];
  validity: "valid" | "expired" | "not-yet-valid";
  daysLeft: number;
  publicKeyOnToken: boolean;
  privateKeyVisible: boolean;
}

interface JudgedToken {
  /** Holds a valid signing certificate whose key the token shows (public or private key, same CKA_ID). */
  canSign: boolean;
  /** Holds no certificate at all (nor unreadable ones). */
  empty: boolean;
  name: MsgValue;
  model: string;
  code: CertCode;
  message: Msg;
  remedy: Msg[];
  data: Record<string, unknown>;
  handover: TokenCertificate[];
}

interface Verdict {
  code: CertCode;
  message: Msg;
  remedy: Msg[];
}

/** Signing first: it is the one the portal's signature needs; then authentication (login). */
const ROLE_ORDER: readonly TokenCertRole[] = ["signing", "authentication"];

/**
 * Every user certificate of the token is judged by its role: for each role the best
 * certificate (valid first, then the one lasting longest) decides, so an old expired
 * copy beside its renewed successor is a leftover, while an expired authentication
 * certificate beside a valid signing one fails, named by its role.
 */
function judgeToken(x509: X509, t: FoundToken, now: Date, sale: Date | undefined, saleText: string | undefined): JudgedToken {
  const token = tokenName(t);
  const certs: JudgedCert[] = [];
  const unreadable: string[] = [];
  for (const c of t.token.certificates) {
    try {
      certs.push(judgeCert(x509, c.derBase64, c.label, c.idHex, t, now));
    } catch (e) {
      unreadable.push((e as Error).message);
    }
  }
  const user = certs.filter((c) => !c.ca);
  const byRole = new Map<TokenCertRole, JudgedCert>();
  for (const role of ROLE_ORDER) {
    const best = user.filter((c) => c.role === role).sort(better)[0];
    if (best) byRole.set(role, best);
  }
  const judged = [...byRole.values()];
  const where = { token, model: t.token.model || "-", slot: String(t.slot.slotId) };
  const verdicts = new Map<JudgedCert, Verdict>(judged.map((c) => [c, judgeOne(c, where, sale, saleText)]));
  const data = {
    token,
    model: t.token.model,
    slot: String(t.slot.slotId),
    module: t.module,
    objectsError: t.token.objectsError,
    unreadableCertificates: unreadable.length,
    certificates: certs.map((c) => ({ ...describe(c, now), decides: verdicts.has(c), code: verdicts.get(c)?.code })),
  };
  // Hand over every user certificate, whatever the verdict: the deciding signing one first.
  const first = byRole.get("signing");
  const handover: TokenCertificate[] = (first ? [first, ...user.filter((c) => c !== first)] : user).map((c) => ({
    derBase64: c.derBase64,
    label: c.label,
    idHex: c.idHex,
    module: t.module,
    slotId: Number(t.slot.slotId),
    tokenLabel: t.token.label,
    tokenModel: t.token.model,
    role: c.role,
    superseded: c.role !== "other" && byRole.get(c.role) !== c ? true : undefined,
  }));
  const signing = byRole.get("signing");
  const base = {
    data,
    handover,
    name: token,
    model: where.model,
    empty: certs.length === 0 && unreadable.length === 0,
    // Private keys are hidden before login on most tokens; the public key object, with
    // the certificate's CKA_ID, is shown. Without either, "with its key" is not known.
    canSign: signing !== undefined && signing.validity === "valid" && (signing.publicKeyOnToken || signing.privateKeyVisible),
  };

  if (user.length === 0) {
    // "No certificate" is said only of an empty token: one that holds certificates
    // which are not the citizen's own (a CA's), or that cannot be read, is told so.
    const key = unreadable.length > 0 ? "token.cert.unreadable" : certs.length > 0 ? "token.cert.onlyCa" : "token.cert.none";
    return {
      ...base,
      code: "TOKEN_NO_CERTIFICATE",
      message: { key, values: { token, count: certs.length + unreadable.length } },
      remedy: [{ key: "token.remedy.call157Certificate" }],
    };
  }
  if (judged.length === 0) {
    return {
      ...base,
      code: "TOKEN_CERT_WRONG_KEY_USAGE",
      message: { key: "token.cert.wrongKeyUsage", values: { token, usage: user[0]!.keyUsage.join(", ") || "-" } },
      remedy: [{ key: "token.remedy.call157Certificate" }],
    };
  }
  // The worst role decides; remedies of every role that is not in order are given.
  const all = judged.map((c) => verdicts.get(c)!);
  const worst = all.reduce((a, b) => (severity(CERT_CODES[b.code].status) > severity(CERT_CODES[a.code].status) ? b : a), all[0]!);
  const remedy = dedupeMsgs(all.filter((v) => CERT_CODES[v.code].status !== "pass").flatMap((v) => v.remedy));
  return { ...base, code: worst.code, message: worst.message, remedy };
}

function judgeOne(
  c: JudgedCert,
  where: { token: MsgValue; model: string; slot: string },
  sale: Date | undefined,
  saleText: string | undefined,
): Verdict {
  const role: Msg = { key: `token.cert.role.${c.role}` };
  const values = { ...where, role, holder: holderName(c), date: isoDate(c.cert.notAfter) };
  const until = values.date;
  if (c.validity === "expired") {
    return {
      code: "TOKEN_CERT_EXPIRED",
      message: { key: "token.cert.expired", values },
      remedy: [{ key: "token.remedy.renewExpired" }],
    };
  }
  if (c.validity === "not-yet-valid") {
    return {
      code: "TOKEN_CERT_NOT_YET_VALID",
      message: { key: "token.cert.notYetValid", values: { ...values, date: isoDate(c.cert.notBefore) } },
      remedy: [{ key: "token.remedy.checkClock" }, { key: "token.remedy.call157Certificate" }],
    };
  }
  if (sale && c.cert.notAfter.getTime() < sale.getTime()) {
    return {
      code: "TOKEN_CERT_EXPIRES_BEFORE_SALE",
      message: { key: "token.cert.expiresBeforeSale", values: { ...values, sale: saleText ?? isoDate(sale) } },
      remedy: [{ key: "token.remedy.renewBefore", values: { date: until } }],
    };
  }
  if (c.daysLeft <= EXPIRY_WARNING_DAYS) {
    return {
      code: "TOKEN_CERT_EXPIRING_SOON",
      message: { key: "token.cert.expiringSoon", values: { ...values, days: c.daysLeft } },
      remedy: [{ key: "token.remedy.renewBefore", values: { date: until } }],
    };
  }
  return { code: "TOKEN_CERT_OK", message: { key: "token.cert.ok", values: { ...values, days: c.daysLeft } }, remedy: [] };
}

/** Valid before expired before not yet valid; then the one lasting longest. */
function better(a: JudgedCert, b: JudgedCert): number {
  return rank(b) - rank(a) || b.cert.notAfter.getTime() - a.cert.notAfter.getTime();
}

function rank(c: JudgedCert): number {
  return c.validity === "valid" ? 2 : c.validity === "expired" ? 1 : 0;
}

function judgeCert(
  x509: X509,
  derBase64: string,
  label: string | undefined,
  idHex: string | undefined,
  t: FoundToken,
  now: Date,
): JudgedCert {
  const cert = new x509.X509Certificate(Buffer.from(derBase64, "base64"));
  const ku = cert.getExtension(x509.KeyUsagesExtension);
  const bc = cert.getExtension(x509.BasicConstraintsExtension);
  const usages = ku ? ku.usages : undefined;
  const keyUsage = usages === undefined ? [] : keyUsageNames(x509, usages);
  // No keyUsage extension means no restriction (RFC 5280 4.2.1.3).
  const signing = usages === undefined || (usages & (x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation)) !== 0;
  // nonRepudiation marks the qualified signing certificate; digitalSignature alone the
  // authentication one. No keyUsage at all restricts nothing: it can sign.
  const role: TokenCertRole =
    usages === undefined || (usages & x509.KeyUsageFlags.nonRepudiation) !== 0
      ? "signing"
      : (usages & x509.KeyUsageFlags.digitalSignature) !== 0
        ? "authentication"
        : "other";
  const validity =
    now.getTime() < cert.notBefore.getTime() ? "not-yet-valid" : now.getTime() > cert.notAfter.getTime() ? "expired" : "valid";
  const sameId = (k: { idHex?: string }) => idHex !== undefined && k.idHex === idHex;
  return {
    cert,
    derBase64,
    label,
    idHex,
    ca: bc?.ca === true,
    signing,
    role,
    keyUsage,
    validity,
    daysLeft: Math.floor((cert.notAfter.getTime() - now.getTime()) / DAY_MS),
    publicKeyOnToken: t.token.publicKeys.some(sameId),
    privateKeyVisible: t.token.privateKeys.some(sameId),
  };
}

function keyUsageNames(x509: X509, usages: number): string[] {
  const names: string[] = [];
  for (const [name, bit] of Object.entries(x509.KeyUsageFlags)) {
    if (typeof bit === "number" && (usages & bit) !== 0) names.push(name);
  }
  return names;
}

/** The holder's name (CN) as personal data; the whole subject DN is redacted as a DN. */
function holderName(c: JudgedCert) {
  const cn = c.cert.subjectName.getField("CN")[0] ?? c.cert.subject;
  return pii(cn, "name");
}

function describe(c: JudgedCert, now: Date): Record<string, unknown> {
  return {
    // A certificate's CKA_LABEL is often the holder's name.
    label: c.label === undefined ? undefined : pii(c.label, "name"),
    id: c.idHex,
    subject: c.ca ? c.cert.subject : pii(c.cert.subject, "dn"),
    // A self-issued user certificate names the holder as its issuer: personal data too.
    issuer: !c.ca && c.cert.issuer === c.cert.subject ? pii(c.cert.issuer, "dn") : c.cert.issuer,
    serialNumber: c.ca ? c.cert.serialNumber : pii(c.cert.serialNumber, "serial"),
    notBefore: c.cert.notBefore.toISOString(),
    notAfter: c.cert.notAfter.toISOString(),
    validity: c.validity,
    daysLeft: c.daysLeft,
    expiredDaysAgo: c.validity === "expired" ? Math.floor((now.getTime() - c.cert.notAfter.getTime()) / DAY_MS) : undefined,
    ca: c.ca,
    keyUsage: c.keyUsage,
    role: c.ca ? undefined : c.role,
    usableForSigning: c.signing,
    publicKeyOnToken: c.publicKeyOnToken,
    // Private keys are hidden before login on real tokens: false here is no fault.
    privateKeyVisibleWithoutLogin: c.privateKeyVisible,
  };
}
