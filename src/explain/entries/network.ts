import type { ExplainEntry } from "../types.js";

const dns = ["network.remedy.otherSite", "network.remedy.dnsServer", "network.remedy.router"];
const blocked = ["network.remedy.firewall", "network.remedy.otherNetwork", "network.remedy.hotline"];
const offline = ["network.remedy.connect", "network.remedy.router"];
const intercepted = ["network.remedy.antivirus", "network.remedy.proxy", "network.remedy.otherNetwork"];

/** The network group's codes: which step on the way to www.e-gov.az failed. */
export const networkEntries: readonly ExplainEntry[] = [
  { code: "DNS_OK", meaning: "network.explain.DNS_OK", remedy: [] },
  { code: "NO_INTERNET", meaning: "network.explain.NO_INTERNET", remedy: offline },
  { code: "DNS_NOT_FOUND", meaning: "network.explain.DNS_NOT_FOUND", remedy: dns },
  { code: "DNS_NO_ANSWER", meaning: "network.explain.DNS_NO_ANSWER", remedy: dns },
  { code: "DNS_TIMEOUT", meaning: "network.explain.DNS_TIMEOUT", remedy: dns },
  { code: "DNS_FAILED", meaning: "network.explain.DNS_FAILED", remedy: dns },
  { code: "TCP_OK", meaning: "network.explain.TCP_OK", remedy: [] },
  { code: "TCP_REFUSED", meaning: "network.explain.TCP_REFUSED", remedy: blocked },
  { code: "TCP_TIMEOUT", meaning: "network.explain.TCP_TIMEOUT", remedy: blocked },
  { code: "TCP_UNREACHABLE", meaning: "network.explain.TCP_UNREACHABLE", remedy: offline },
  { code: "TCP_FAILED", meaning: "network.explain.TCP_FAILED", remedy: blocked },
  { code: "TLS_OK", meaning: "network.explain.TLS_OK", remedy: [] },
  { code: "TLS_INTERCEPTED", meaning: "network.explain.TLS_INTERCEPTED", remedy: intercepted },
  { code: "TLS_NAME_MISMATCH", meaning: "network.explain.TLS_NAME_MISMATCH", remedy: intercepted },
  { code: "TLS_CLOCK", meaning: "network.explain.TLS_CLOCK", remedy: ["network.remedy.clock"] },
  { code: "TLS_TIMEOUT", meaning: "network.explain.TLS_TIMEOUT", remedy: intercepted },
  { code: "TLS_FAILED", meaning: "network.explain.TLS_FAILED", remedy: intercepted },
];
