/**
 * The PKCS#11 probe child of the single executable: the executable started with
 * PROBE_CHILD_ARG first (src/host/pkcs11/probe.ts starts process.execPath, which in the
 * executable is the executable itself). scripts/build-exe.mjs bundles this file apart
 * from the CLI (src/sea/entry.ts), and its main script runs this small script alone for
 * the probe: the child then compiles the probe's code only, not the whole CLI.
 */
import { useOnlyKoffi } from "../host/pkcs11/binding.js";
import { KoffiCryptoki } from "../host/pkcs11/koffi-binding.js";
import { probeChildMain } from "../host/pkcs11/probe-child.js";
import { loadKoffi, PROBE_CHILD_ARG } from "./koffi.js";

// argv: [executable, executable, PROBE_CHILD_ARG, request] in a single executable.
if (process.argv[2] === PROBE_CHILD_ARG) {
  useOnlyKoffi(() => new KoffiCryptoki(loadKoffi()));
  probeChildMain(process.argv[3]);
}
