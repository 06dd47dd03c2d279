import type { ExplainEntry } from "../types.js";

export const planEntries: readonly ExplainEntry[] = [];
