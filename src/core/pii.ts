import type { Pii, PiiKind } from "./types.js";

/** Marks a value as personal data; redaction replaces it unless --no-redact. */
export function pii(value: string, kind: PiiKind): Pii {
  return { $pii: kind, value };
}

export function isPii(v: unknown): v is Pii {
  return typeof v === "object" && v !== null && "$pii" in v && typeof (v as Pii).value === "string";
}
