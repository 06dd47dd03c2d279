import type { ExecRecord } from "../host/host.js";
import type { CheckResult, Msg, MsgValue, Pii } from "./types.js";
import { isPii } from "./pii.js";
import { isDuration } from "./duration.js";

export const REDACTED = "[redacted]";

/**
 * Distinguished-name attributes that identify a person (X.520 / RFC 4519 names and
 * their OIDs). Organisation, unit and country stay: support staff need them to see
 * which CA issued what.
 */
const PERSONAL_DN_ATTRIBUTES = new Set(
  [
    "CN",
    "2.5.4.3",
    "commonName",
    "SN",
    "2.5.4.4",
    "surname",
    "G",
    "GN",
    "2.5.4.42",
    "givenName",
    "SERIALNUMBER",
    "2.5.4.5",
    "serialNumber",
    "I",
    "2.5.4.43",
    "initials",
    "pseudonym",
    "2.5.4.65",
    "UID",
    "0.9.2342.19200300.100.1.1",
    "userId",
    "E",
    "EMAIL",
    "emailAddress",
    "1.2.840.113549.1.9.1",
    "T",
    "title",
    "2.5.4.12",
    "street",
    "STREET",
    "2.5.4.9",
    "telephoneNumber",
    "2.5.4.20",
    "postalCode",
    "2.5.4.17",
    "dnQualifier",
    "2.5.4.46",
    "organizationIdentifier",
    "2.5.4.97",
  ].map((s) => s.toLowerCase()),
);

export interface RedactionContext {
  redact: boolean;
  homedir: string;
  username: string;
}

/**
 * Applied to every result before any renderer sees it. With redaction on, `pii()`
 * values are replaced (DNs keep their non-personal attributes), and the user name is
 * taken out of home-directory paths in every string. With it off, `pii()` values
 * become their plain text. Either way no `Pii` object reaches a renderer.
 */
export function redactResults(results: readonly CheckResult[], rc: RedactionContext): CheckResult[] {
  return results.map((r) => ({
    ...r,
    message: redactMsg(r.message, rc),
    remedy: r.remedy.map((m) => redactMsg(m, rc)),
    title: redactMsg(r.title, rc),
    data: redactValue(r.data, rc) as Record<string, unknown>,
    errorStack: r.errorStack === undefined ? undefined : redactString(r.errorStack, rc),
    // The hand-over between checks is internal and never rendered.
    output: undefined,
  }));
}

function redactMsg(m: Msg, rc: RedactionContext): Msg {
  if (!m.values) return m;
  const values: Record<string, MsgValue> = {};
  for (const [k, v] of Object.entries(m.values)) {
    if (v === undefined) continue;
    values[k] = isPii(v)
      ? resolvePii(v, rc)
      : typeof v === "string"
        ? redactString(v, rc)
        : isDuration(v)
          ? v
          : typeof v === "object"
            ? redactMsg(v, rc)
            : v;
  }
  return { key: m.key, values };
}

export function redactValue(v: unknown, rc: RedactionContext): unknown {
  if (isPii(v)) return resolvePii(v, rc);
  if (typeof v === "string") return redactString(v, rc);
  if (Array.isArray(v)) return v.map((x) => redactValue(x, rc));
  if (v instanceof Date) return v.toISOString();
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = redactValue(x, rc);
    return out;
  }
  return v;
}

function resolvePii(p: Pii, rc: RedactionContext): string {
  if (!rc.redact) return p.value;
  switch (p.$pii) {
    case "dn":
      return redactDn(p.value);
    case "path":
      return redactString(p.value, rc);
    case "file":
      return redactFileName(p.value);
    default:
      return REDACTED;
  }
}

/**
 * A file the user named: folder and name both go (either may hold the holder's name); the
 * certificate extension and the "#2" of a bundle's second certificate stay, so a helper
 * still sees which kind of file and which certificate in it.
 */
export function redactFileName(path: string): string {
  const m = /(\.(?:pem|cer|crt|der|p7b|p7c|txt))?(#\d+)?$/i.exec(path);
  return `${REDACTED}${m?.[1]?.toLowerCase() ?? ""}${m?.[2] ?? ""}`;
}

/** "CN=Ali Əliyev, SERIALNUMBER=AB12C3D, O=ASAN, C=AZ" → "CN=[redacted], SERIALNUMBER=[redacted], O=ASAN, C=AZ". */
export function redactDn(dn: string): string {
  return splitDn(dn)
    .map((rdn) => {
      const eq = rdn.indexOf("=");
      if (eq < 0) return REDACTED;
      const attr = rdn.slice(0, eq).trim();
      return PERSONAL_DN_ATTRIBUTES.has(attr.toLowerCase()) ? `${attr}=${REDACTED}` : rdn.trim();
    })
    .join(", ");
}

/** Splits on commas and pluses that separate RDNs, honouring backslash escapes and quotes. */
function splitDn(dn: string): string[] {
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < dn.length; i++) {
    const c = dn[i]!;
    if (c === "\\" && i + 1 < dn.length) {
      cur += c + dn[++i];
    } else if (c === '"') {
      quoted = !quoted;
      cur += c;
    } else if ((c === "," || c === "+") && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += c;
  }
  if (cur.trim()) parts.push(cur);
  return parts;
}

/** Takes the user name out of home-directory paths (POSIX, macOS and Windows forms). */
export function redactString(s: string, rc: RedactionContext): string {
  if (!rc.redact) return s;
  let out = s.replace(
    /(\/home\/|\/Users\/|[\\/]Users[\\/]|\\Documents and Settings\\)([^\\/\s"'`:]+)/gi,
    (_m, pre: string, name: string) =>
      name === "<user>" || name.toLowerCase() === "public" || name.toLowerCase() === "shared" ? `${pre}${name}` : `${pre}<user>`,
  );
  if (rc.homedir && rc.homedir.length > 1 && !/^\/(root)?$/.test(rc.homedir)) {
    out = out.split(rc.homedir).join("~");
  }
  return out;
}

/**
 * The command log (--verbose, the report, JSON `commands`) under the same redaction as
 * the results: arguments marked personal (ExecOptions.personalArgs) are personal data
 * like any `pii()` value, and every argument and the command itself lose the user name
 * of home paths. The marks themselves are not shown.
 */
export function redactCommands(log: readonly ExecRecord[], rc: RedactionContext): ExecRecord[] {
  return log.map(({ personalArgs, ...c }) => {
    const personal = new Set(personalArgs ?? []);
    return {
      ...c,
      command: redactString(c.command, rc),
      args: c.args.map((a, i) => (personal.has(i) ? resolvePii({ $pii: "name", value: a }, rc) : redactString(a, rc))),
    };
  });
}
