import { HOUR_BEFORE_STEPS } from "../../plan/steps.js";
import { todoListCheck } from "./todo-list.js";

/** EIMZA-PIN-CANCEL, EIMZA-READY-BEFORE-LOGIN and SESSION-SINGLE as the last hour's to-do list. */
export const planHourBeforeCheck = todoListCheck({
  id: "plan.hour-before",
  covers: ["EIMZA-PIN-CANCEL", "EIMZA-READY-BEFORE-LOGIN", "SESSION-SINGLE", "HOTLINES"],
  title: "plan.hourBefore.title",
  code: "PLAN_HOUR_BEFORE",
  message: "plan.hourBefore.message",
  steps: HOUR_BEFORE_STEPS,
});
