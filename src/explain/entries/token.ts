import type { ExplainEntry } from "../types.js";

export const tokenEntries: readonly ExplainEntry[] = [];
