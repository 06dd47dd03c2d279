import { DAY_BEFORE_STEPS } from "../../plan/steps.js";
import { todoListCheck } from "./todo-list.js";

/** EIMZA-GUIDES and the preparation the notice asks for, as a to-do list for the day before. */
export const planDayBeforeCheck = todoListCheck({
  id: "plan.day-before",
  covers: ["EIMZA-GUIDES", "EIMZA-SIGNING-TESTED", "HOTLINES"],
  title: "plan.dayBefore.title",
  code: "PLAN_DAY_BEFORE",
  message: "plan.dayBefore.message",
  steps: DAY_BEFORE_STEPS,
});
