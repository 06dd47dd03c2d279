import type { Msg } from "../core/types.js";
import type { Lang } from "../i18n/lang.js";
import { unshownValues } from "../i18n/catalog.js";

/**
 * Steps written for an IT helper, not for the citizen: terminal commands with sudo,
 * certutil, npm flags, package managers. The citizen's screen shows, in their place,
 * one line saying whom to ask; --verbose, the JSON and the support report keep them.
 * Listed here by catalogue key so that the checks stay free of presentation choices.
 */
export const HELPER_REMEDIES: ReadonlySet<string> = new Set([
  "token.remedy.installBinding",
  "token.remedy.checkService",
  "token.remedy.startPcscd",
  "token.remedy.installPcscd",
  "certs.stores.remedy.tool.linux",
  "certs.remedy.windows.certutilRoot",
  "certs.remedy.windows.certutilCa",
  "certs.remedy.linux.certutilRoot",
  "certs.remedy.linux.certutilCa",
  "certs.remedy.linux.certutilTrust",
  "certs.remedy.linux.certutilUndistrust",
  "certs.remedy.fix",
  "browser.remedy.updateChromeLinux",
  "browser.remedy.updateOperaLinux",
  "browser.remedy.updateSnap",
  "browser.remedy.updateFlatpak",
  "signer.catalogInvalid.remedy",
  "signer.answering.portsUnknown.remedy",
  // The policy's id, value and file: for whoever administers the computer (issue #21.12).
  "browser.remedy.policyLine",
]);

export function isHelperStep(m: Msg): boolean {
  return HELPER_REMEDIES.has(m.key);
}

/** The raw values a result's words do not show (see unshownValues), message first, then each step. */
export function resultDetail(lang: Lang, message: Msg, remedy: readonly Msg[]): Record<string, string> {
  const out: Record<string, string> = { ...unshownValues(lang, message) };
  for (const m of remedy) for (const [k, v] of Object.entries(unshownValues(lang, m))) if (!(k in out)) out[k] = v;
  return out;
}
