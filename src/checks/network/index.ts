import type { CheckDefinition } from "../../core/types.js";
import { networkDnsCheck } from "./dns.js";
import { networkTcpCheck } from "./tcp.js";
import { networkTlsCheck } from "./tls.js";

/**
 * The road to the e-Government portal, one step a check, so that the report names the
 * step that fails: DNS, then TCP to port 443, then the TLS handshake. Each needs the
 * network (`--offline` skips them) and ends itself before its deadline.
 */
export const networkChecks: CheckDefinition[] = [networkDnsCheck, networkTcpCheck, networkTlsCheck];
