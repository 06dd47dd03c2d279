import os from "node:os";

/**
 * Whether the computer has any network connection at all (a non-loopback interface
 * with an address). Telling "no internet" from "DNS broken" needs it: with no
 * interface up, every later step fails for the same plain reason.
 */
export function hasExternalInterface(): boolean {
  try {
    return Object.values(os.networkInterfaces()).some((list) => (list ?? []).some((i) => !i.internal));
  } catch {
    return true; // unknown: do not claim "no internet"
  }
}
