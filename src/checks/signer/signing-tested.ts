import type { CheckDefinition } from "../../core/types.js";

/**
 * EIMZA-SIGNING-TESTED: only a real login and a real signature on the portal prove
 * that signing works, and no program on the PC can observe that. This is the guide.
 */
export const signingTestedGuide: CheckDefinition = {
  id: "signer.signing-tested",
  group: "signer",
  covers: ["EIMZA-SIGNING-TESTED"],
  title: "signer.signingTested.title",
  codes: { SIGNING_TEST_GUIDE: "info" },
  async run() {
    return {
      status: "info",
      code: "SIGNING_TEST_GUIDE",
      message: { key: "signer.signingTested.message" },
      remedy: [
        { key: "signer.signingTested.step.login" },
        { key: "signer.signingTested.step.sign" },
        { key: "signer.signingTested.step.problem" },
      ],
    };
  },
};
