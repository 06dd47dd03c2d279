import type { ExplainEntry } from "../types.js";

export const externalEntries: readonly ExplainEntry[] = [];
