import { checkHandle } from "../../core/define-check.js";
import type { Host } from "../../host/host.js";

/**
 * The e-Government portal the citizen logs in through. Source: the official
 * Güzəştli mənzil notice ("Elektron hökumət" portalı (www.e-gov.az)); HTTPS, port 443.
 *
 * For tests and for helpers on unusual networks the target can be changed with
 * GUZESTLI_PORTAL_HOST (a name or an IP address) and GUZESTLI_PORTAL_PORT.
 */
export const PORTAL = {
  host: "www.e-gov.az",
  port: 443,
  source: 'Official Güzəştli mənzil notice: "Elektron hökumət" portalı (www.e-gov.az)',
} as const;

export const PORTAL_HOST_ENV = "GUZESTLI_PORTAL_HOST";
export const PORTAL_PORT_ENV = "GUZESTLI_PORTAL_PORT";

export interface PortalTarget {
  host: string;
  port: number;
  overridden: boolean;
}

export function portalTarget(host: Host): PortalTarget {
  const h = host.env[PORTAL_HOST_ENV]?.trim();
  const p = Number(host.env[PORTAL_PORT_ENV]);
  const port = Number.isInteger(p) && p > 0 && p < 65536 ? p : PORTAL.port;
  return { host: h || PORTAL.host, port, overridden: Boolean(h) || port !== PORTAL.port };
}

/** A step's own deadline: inside the check's budget, so the check names the failing step itself. */
export function stepDeadline(budgetMs: number): number {
  return Math.max(100, Math.floor(budgetMs * 0.7));
}

/** Handles of the network group's checks, typed with what each hands over. */
export const NETWORK_DNS_CHECK = checkHandle<DnsOutput>("network.dns");
export const NETWORK_TCP_CHECK = checkHandle<TcpOutput>("network.tcp");
export const NETWORK_TLS_CHECK = checkHandle<undefined>("network.tls");

export interface DnsOutput {
  target: PortalTarget;
  addresses: string[];
}
export interface TcpOutput {
  target: PortalTarget;
  address: string;
}
