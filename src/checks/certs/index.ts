import type { CheckDefinition } from "../../core/types.js";
import { storesCheck } from "./stores.js";
import { rootInstalledCheck } from "./root-installed.js";
import { rootTrustedCheck } from "./root-trusted.js";
import { intermediatesCheck } from "./intermediates.js";
import { caValidityCheck } from "./ca-validity.js";
import { userChainCheck } from "./user-chain.js";
import { userValidityCheck } from "./user-validity.js";
import { userRevocationCheck } from "./user-revocation.js";
import { clockCheck } from "./clock.js";

/** The certs group's checks, in the order they are shown: root cause first. */
export const certsChecks: CheckDefinition[] = [
  storesCheck,
  rootInstalledCheck,
  rootTrustedCheck,
  intermediatesCheck,
  caValidityCheck,
  clockCheck,
  userValidityCheck,
  userChainCheck,
  userRevocationCheck,
];
