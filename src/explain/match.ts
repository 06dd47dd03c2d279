import type { ExplainEntry } from "./types.js";
import type { CheckDefinition } from "../core/types.js";

export type ExplainMatch =
  | { kind: "code"; entry: ExplainEntry }
  | { kind: "check"; check: CheckDefinition; entries: ExplainEntry[] }
  | { kind: "text"; entry: ExplainEntry }
  | { kind: "none" };

/**
 * Folds what people type: case, Azerbaijani letters typed as ASCII (ə→e, ı→i, ş→s,
 * ç→c, ğ→g, ö→o, ü→u), quotes and punctuation, runs of spaces.
 */
export function foldText(s: string): string {
  return s
    .toLocaleLowerCase("az")
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
    .trim();
}

export function findExplanation(
  query: string,
  table: readonly ExplainEntry[],
  checks: readonly CheckDefinition[],
): ExplainMatch {
  const q = query.trim();
  const byCode = table.find((e) => e.code.toLowerCase() === q.toLowerCase());
  if (byCode) return { kind: "code", entry: byCode };
  const check = checks.find((c) => c.id.toLowerCase() === q.toLowerCase());
  if (check) {
    const entries = Object.keys(check.codes)
      .map((code) => table.find((e) => e.code === code))
      .filter((e): e is ExplainEntry => e !== undefined);
    return { kind: "check", check, entries };
  }
  const fq = foldText(q);
  if (fq.length >= 3) {
    const byText = table.find((e) => (e.texts ?? []).some((t) => {
      const ft = foldText(t);
      return ft.includes(fq) || fq.includes(ft);
    }));
    if (byText) return { kind: "text", entry: byText };
  }
  return { kind: "none" };
}
