import type { ExplainEntry } from "./types.js";
import type { CheckDefinition } from "../core/types.js";

export type ExplainMatch =
  | { kind: "code"; entry: ExplainEntry }
  | { kind: "check"; check: CheckDefinition; entries: ExplainEntry[] }
  | { kind: "text"; entry: ExplainEntry }
  | { kind: "none" };

/**
 * Folds what people type: case, Azerbaijani letters typed as ASCII (ə→e, ı→i, ş→s,
 * ç→c, ğ→g, ö→o, ü→u, also the digraphs sh/ch/gh some keyboards force), quotes and
 * punctuation, runs of spaces. Both the query and the known texts are folded, so the
 * two always meet in the same form.
 */
export function foldText(s: string): string {
  return s
    .replace(/İ/g, "i")
    .replace(/I/g, "i")
    .toLowerCase()
    .replace(/i̇/g, "i")
    .replace(/[əä]/g, "e")
    .replace(/ı/g, "i")
    .replace(/ş/g, "s")
    .replace(/ç/g, "c")
    .replace(/ğ/g, "g")
    .replace(/ö/g, "o")
    .replace(/ü/g, "u")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/sh/g, "s")
    .replace(/ch/g, "c")
    .replace(/gh/g, "g")
    .trim();
}

/** "net::err_cert_date_invalid", "ckr pin locked", "CKR-PIN-LOCKED" → the code's own spelling. */
function codeForm(s: string): string {
  return s
    .trim()
    .toUpperCase()
    .replace(/^NET::/, "")
    .replace(/[\s\-:]+/g, "_");
}

/** A number written as hex ("0xA0", "0x000000A0UL") — how PKCS#11 return values are printed. */
function hexValue(s: string): number | undefined {
  const m = /^0x([0-9a-f]{1,8})(?:ul?)?$/i.exec(s.trim());
  return m ? Number.parseInt(m[1]!, 16) : undefined;
}

export function findExplanation(query: string, table: readonly ExplainEntry[], checks: readonly CheckDefinition[]): ExplainMatch {
  const q = query.trim();
  if (q === "") return { kind: "none" };

  const cq = codeForm(q);
  const byCode = table.find((e) => e.code.toUpperCase() === cq);
  if (byCode) return { kind: "code", entry: byCode };

  const check = checks.find((c) => c.id.toLowerCase() === q.toLowerCase());
  if (check) {
    const entries = Object.keys(check.codes)
      .map((code) => table.find((e) => e.code === code))
      .filter((e): e is ExplainEntry => e !== undefined);
    return { kind: "check", check, entries };
  }

  // A return value printed as a number: compare numbers, not spellings (0xA0 = 0x000000A0).
  const hex = hexValue(q);
  if (hex !== undefined) {
    const byValue = table.find((e) => (e.texts ?? []).some((t) => hexValue(t) === hex));
    if (byValue) return { kind: "code", entry: byValue };
  }
  // A Chromium net error number ("-201").
  if (/^-\d{1,4}$/.test(q)) {
    const byNumber = table.find((e) => (e.texts ?? []).includes(q));
    return byNumber ? { kind: "code", entry: byNumber } : { kind: "none" };
  }

  const best = bestTextMatch(foldText(q), table);
  return best ? { kind: "text", entry: best } : { kind: "none" };
}

/**
 * Scores every known text (and every code written as words) against the folded query:
 * the same text, a message that contains a known text (a whole pasted error line), a
 * phrase out of a known text, or most of the query's words found in one text. The
 * best score wins; ties go to the earlier entry (the table lists the tool's own codes first).
 */
function bestTextMatch(fq: string, table: readonly ExplainEntry[]): ExplainEntry | undefined {
  if (fq.length < 3) return undefined;
  const qWords = fq.split(" ").filter((w) => w.length >= 3);
  let best: { entry: ExplainEntry; score: number } | undefined;
  for (const entry of table) {
    const candidates = [...(entry.texts ?? []), entry.code.replace(/_/g, " ")];
    for (const text of candidates) {
      const ft = foldText(text);
      if (ft.length < 3) continue;
      let score = 0;
      if (ft === fq) score = 100;
      else if (fq.includes(ft) && ft.length >= 6) score = 90;
      else if (ft.includes(fq) && fq.length >= 6) score = 70 + Math.round((10 * fq.length) / ft.length);
      else if (qWords.length >= 2) {
        const tWords = ft.split(" ");
        const found = qWords.filter((w) => tWords.some((t) => t === w || (w.length >= 5 && t.startsWith(w)))).length;
        const share = found / qWords.length;
        if (share >= 0.75 && found >= 2) score = Math.round(60 * share);
      }
      if (score > 0 && (!best || score > best.score)) best = { entry, score };
    }
  }
  return best?.entry;
}
