// Loaded with `node --import`: records every module URL the program resolves into the
// file named by GC_TRACE_FILE, so a test can prove what a command did not load.
import { register } from "node:module";

register("./trace-hooks.mjs", import.meta.url);
