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

/** Chrome's Local Network Access: the prompt and the block for pages reaching this computer. */
export const LNA_SOURCE = "Chrome Local Network Access: chromestatus 5152728072060928, developer.chrome.com/blog/local-network-access";

/** Chrome's enterprise policies and the URL pattern format their lists use. */
export const POLICY_SOURCE = "chromium docs/enterprise/policies.md; chromium.org/administrators/url-blocklist-filter-format";
