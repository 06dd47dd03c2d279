import type { CheckDefinition, Group } from "../core/types.js";
import type { ChecklistId } from "../core/checklist.js";

/**
 * Stands in for a group whose checks have not been written yet. It says so honestly
 * (status skip, code NOT_YET_CHECKED) instead of passing; a group's folder replaces it
 * with real checks.
 */
export function notYetChecked(group: Group, covers: readonly ChecklistId[]): CheckDefinition {
  return {
    id: `${group}.not-yet-checked`,
    group,
    covers,
    title: `group.${group}`,
    codes: { NOT_YET_CHECKED: "skip" },
    async run() {
      return { status: "skip", code: "NOT_YET_CHECKED", message: { key: "engine.notImplemented" } };
    },
  };
}
