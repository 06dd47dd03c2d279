import type { Msg } from "../core/types.js";

/**
 * The official notice cited by its title, in the reader's language: a citizen cannot
 * look up a path in this tool's repository, but can find the notice on e-gov.az.
 */
export const NOTICE_SOURCE: Msg = { key: "explain.source.notice" };

/** A numbered point of the notice's section for E-İmza or for Asan İmza users. */
export function noticePoint(section: "E-İmza" | "Asan İmza", point: number): Msg {
  return { key: "explain.source.noticePoint", values: { section, point: String(point) } };
}
