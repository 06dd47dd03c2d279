import type { ExplainEntry } from "../types.js";

export const networkEntries: readonly ExplainEntry[] = [];
