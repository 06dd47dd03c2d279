import { OPERA_RELEASES } from "../../data/browser-releases.js";
import { chromiumOfOpera } from "../../data/release-estimate.js";
import type { BrowserId } from "../../host/browsers/types.js";
import { parseVersion } from "../../host/browsers/version.js";

/** Local Network Access prompts and blocks from Chrome 142 (chromestatus 5152728072060928). */
export const LNA_ENFORCED_FROM = 142;
/** WebSockets to this computer are covered from 147 (blink-dev Intent to Ship, M147). */
export const LNA_WEBSOCKETS_FROM = 147;
/** 145 split the permission into loopback-network and local-network. */
export const LNA_SPLIT_FROM = 145;

export interface LnaStatus {
  /** The Chromium major the browser is built on; undefined when the version is unknown. */
  chromiumMajor?: number;
  /** Whether a stored LNA Block stops requests now. Unknown versions count as enforcing: a browser that updates itself soon will. */
  enforced: boolean;
  websockets: boolean;
  split: boolean;
}

/** Opera's own majors run ahead of Chromium's; its engine version comes from the release table. */
export function chromiumMajorOf(browser: BrowserId, version: string | undefined): number | undefined {
  const major = parseVersion(version)?.major;
  if (major === undefined) return undefined;
  if (browser === "opera" || browser === "opera-gx") return chromiumOfOpera(OPERA_RELEASES, major);
  return major;
}

export function lnaStatus(browser: BrowserId, version: string | undefined): LnaStatus {
  const m = chromiumMajorOf(browser, version);
  if (m === undefined) return { enforced: true, websockets: true, split: true };
  return { chromiumMajor: m, enforced: m >= LNA_ENFORCED_FROM, websockets: m >= LNA_WEBSOCKETS_FROM, split: m >= LNA_SPLIT_FROM };
}
