import type { CheckDefinition, Group } from "../core/types.js";
import type { ChecklistId } from "../core/checklist.js";

/**
 * A point of the notice that no computer state can show (a session on another device,
 * a test signature on the portal): guidance with status `info` and its steps, never a
 * verdict.
 */
export function guideCheck(spec: {
  id: string;
  group: Group;
  covers: readonly ChecklistId[];
  title: string;
  code: string;
  message: string;
  steps: readonly string[];
}): CheckDefinition {
  return {
    id: spec.id,
    group: spec.group,
    covers: spec.covers,
    title: spec.title,
    codes: { [spec.code]: "info" },
    async run() {
      return {
        status: "info",
        code: spec.code,
        message: { key: spec.message },
        remedy: spec.steps.map((key) => ({ key })),
      };
    },
  };
}
