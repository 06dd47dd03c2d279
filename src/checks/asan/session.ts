import type { CheckDefinition } from "../../core/types.js";

/**
 * SESSION-SINGLE, SESSION-500, HOTLINES for a citizen who signs with Asan İmza and
 * runs `asan` alone: the sale-day rules that do not depend on the signature kind.
 * (`plan --sale` turns the same rules into times.)
 */
export const asanSessionGuide: CheckDefinition = {
  id: "asan.session",
  group: "asan",
  covers: ["SESSION-SINGLE", "SESSION-500", "HOTLINES"],
  title: "asan.session.title",
  codes: { SESSION_GUIDE: "info" },
  async run() {
    return {
      status: "info",
      code: "SESSION_GUIDE",
      message: { key: "asan.session.guide" },
      remedy: [{ key: "asan.session.remedy.early" }, { key: "asan.session.remedy.single" }, { key: "asan.session.remedy.plan" }, { key: "asan.session.remedy.hotlines" }],
    };
  },
};
