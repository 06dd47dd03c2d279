import { NOTICE_SOURCE } from "../../explain/sources.js";
import { guideCheck } from "../guide.js";

/**
 * SESSION-SINGLE, SESSION-500, HOTLINES for a citizen who signs with Asan İmza and
 * runs `asan` alone: the sale-day rules that do not depend on the signature kind.
 * (`plan --sale` turns the same rules into times.)
 */
export const asanSessionGuide = guideCheck({
  id: "asan.session",
  group: "asan",
  covers: ["SESSION-SINGLE", "SESSION-500", "HOTLINES"],
  title: "asan.session.title",
  code: "SESSION_GUIDE",
  message: "asan.session.guide",
  steps: ["asan.session.remedy.early", "asan.session.remedy.single", "asan.session.remedy.plan", "asan.session.remedy.hotlines"],
  source: NOTICE_SOURCE,
});
