import type { ExplainEntry } from "./types.js";
import { engineEntries } from "./entries/engine.js";
import { tokenEntries } from "./entries/token.js";
import { certsEntries } from "./entries/certs.js";
import { signerEntries } from "./entries/signer.js";
import { browserEntries } from "./entries/browser.js";
import { networkEntries } from "./entries/network.js";
import { asanEntries } from "./entries/asan.js";
import { planEntries } from "./entries/plan.js";
import { externalEntries } from "./entries/external.js";

/** Everything `explain` knows, one part per group plus errors from outside the tool. */
export const EXPLAIN_TABLE: readonly ExplainEntry[] = [
  ...engineEntries,
  ...tokenEntries,
  ...certsEntries,
  ...signerEntries,
  ...browserEntries,
  ...networkEntries,
  ...asanEntries,
  ...planEntries,
  ...externalEntries,
];
