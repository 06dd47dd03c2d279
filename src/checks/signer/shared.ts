import { checkHandle } from "../../core/define-check.js";
import type { CheckContext, Outcome } from "../../core/types.js";
import { SignerCatalogError } from "./catalogue.js";
import type { SignerLocation } from "./locations.js";

/** Handles of the signer group's checks, typed with what each hands over. */
export const SIGNER_INSTALLED_CHECK = checkHandle<SignerInstalledOutput>("signer.installed");
export const SIGNER_RUNNING_CHECK = checkHandle<SignerRunningOutput>("signer.running");
export const SIGNER_ANSWERING_CHECK = checkHandle<undefined>("signer.answering");

/** What signer.installed hands over. */
export interface SignerInstalledOutput {
  installed: boolean;
  signerIds: string[];
  /** Where the installed programs live, when the OS says (signer.running matches processes against it). */
  locations?: SignerLocation[];
}

/** What signer.running hands over: the signer processes found. */
export interface SignerRunningOutput {
  processes: Array<{ pid: number; name: string; signerId: string }>;
  /** Ports the catalogue knows for the running signers (probed too). */
  knownPorts: number[];
}

/** Deadline for one OS query, leaving the check time to decide after it. */
export function queryDeadline(ctx: CheckContext): number {
  return Math.max(100, Math.floor(ctx.budgetMs * 0.8));
}

/** The error outcome for an unreadable extra catalogue file (a usage problem of the helper who set it). */
export function catalogueErrorOutcome(e: unknown): Outcome<never, "SIGNER_CATALOG_INVALID"> | undefined {
  if (!(e instanceof SignerCatalogError)) return undefined;
  return {
    code: "SIGNER_CATALOG_INVALID",
    message: { key: "signer.catalogInvalid", values: { file: e.file, reason: e.message } },
    remedy: [{ key: "signer.catalogInvalid.remedy" }],
  };
}

export function reasonOf(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0]!.slice(0, 300);
}

/** The steps that get the signer back when it is not running (EIMZA-READY-BEFORE-LOGIN). */
export const START_SIGNER_REMEDY = [
  { key: "signer.remedy.start" },
  { key: "signer.remedy.beforeLogin" },
  { key: "signer.remedy.restartBrowser" },
] as const;
