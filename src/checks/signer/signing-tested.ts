import { guideCheck } from "../guide.js";

/**
 * EIMZA-SIGNING-TESTED: only a real login and a real signature on the portal prove
 * that signing works, and no program on the PC can observe that. This is the guide.
 */
export const signingTestedGuide = guideCheck({
  id: "signer.signing-tested",
  group: "signer",
  covers: ["EIMZA-SIGNING-TESTED"],
  title: "signer.signingTested.title",
  code: "SIGNING_TEST_GUIDE",
  message: "signer.signingTested.message",
  steps: ["signer.signingTested.step.login", "signer.signingTested.step.sign", "signer.signingTested.step.problem"],
});
