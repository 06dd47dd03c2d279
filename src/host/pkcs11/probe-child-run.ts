/**
 * The probe child's entry (dist/probe-child.js): `node probe-child.js '<ProbeRequest JSON>'`.
 * The probe itself is probe-child.ts, which a single executable also runs (src/sea/entry.ts).
 */
import { probeChildMain } from "./probe-child.js";

probeChildMain(process.argv[2]);
