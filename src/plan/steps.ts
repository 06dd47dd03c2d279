/** The day-before to-do list, in the order to do it (the notice's "log in beforehand" early). */
export const DAY_BEFORE_STEPS = [
  "plan.dayBefore.step.runTool",
  "plan.dayBefore.step.loginOnce",
  "plan.dayBefore.step.signTest",
  "plan.dayBefore.step.eimzaPins",
  "plan.dayBefore.step.asan",
  "plan.dayBefore.step.browser",
  "plan.dayBefore.step.guides",
  "plan.dayBefore.step.hotlines",
] as const;

/** The last hour's to-do list. */
export const HOUR_BEFORE_STEPS = [
  "plan.hourBefore.step.loggedIn",
  "plan.hourBefore.step.single",
  "plan.hourBefore.step.tokenFirst",
  "plan.hourBefore.step.pinCancel",
  "plan.hourBefore.step.phone",
  "plan.hourBefore.step.hotlines",
] as const;
