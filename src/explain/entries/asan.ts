import type { ExplainEntry } from "../types.js";

export const asanEntries: readonly ExplainEntry[] = [];
