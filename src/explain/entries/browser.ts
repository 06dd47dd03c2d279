import type { ExplainEntry } from "../types.js";

export const browserEntries: readonly ExplainEntry[] = [];
