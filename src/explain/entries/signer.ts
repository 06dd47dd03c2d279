import type { ExplainEntry } from "../types.js";

export const signerEntries: readonly ExplainEntry[] = [];
