import type { ExplainEntry } from "../types.js";

export const certsEntries: readonly ExplainEntry[] = [];
