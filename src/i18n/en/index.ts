import { core } from "./core.js";
import { token } from "./token.js";
import { certs } from "./certs.js";
import { signer } from "./signer.js";
import { browser } from "./browser.js";
import { network } from "./network.js";
import { asan } from "./asan.js";
import { plan } from "./plan.js";
import { explain } from "./explain.js";

/** The en catalogue: one part per group so each group's words stay together. */
export const en = {
  ...core,
  ...token,
  ...certs,
  ...signer,
  ...browser,
  ...network,
  ...asan,
  ...plan,
  ...explain,
};
