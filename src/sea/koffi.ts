/**
 * koffi in a single executable, shared by its two entries (src/sea/entry.ts, the CLI;
 * src/sea/probe-entry.ts, the PKCS#11 probe child): the native part comes as an SEA
 * asset, is written to the cache folder and verified before it is loaded
 * (src/host/koffi-file.ts).
 */
import { getAsset } from "node:sea";
import { homedir } from "node:os";
import type { Koffi } from "../host/pkcs11/koffi-binding.js";
import { ensureKoffiFile, koffiCacheDir } from "../host/koffi-file.js";

/** Set by the build (scripts/build-exe.mjs). */
declare const __KOFFI_SHA256__: string;
declare const __KOFFI_VERSION__: string;

/**
 * The first argument that makes the executable the probe child. scripts/build-exe.mjs
 * (seaMain) spells it too: there it picks the probe's own small script.
 */
export const PROBE_CHILD_ARG = "--guzestli-pkcs11-probe-child";

let koffi: Koffi | undefined;

/** koffi's native module, from the verified file in the cache folder. */
export function loadKoffi(): Koffi {
  if (koffi) return koffi;
  const bytes = Buffer.from(getAsset("koffi.node"));
  const path = ensureKoffiFile(koffiCacheDir(process.platform, process.env, homedir()), bytes, __KOFFI_SHA256__);
  const module = { exports: {} as Record<string, unknown> };
  process.dlopen(module, path);
  if (module.exports.version !== __KOFFI_VERSION__) throw new Error(`${path} is not koffi ${__KOFFI_VERSION__}`);
  koffi = module.exports as unknown as Koffi;
  return koffi;
}
