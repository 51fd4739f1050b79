// The buttons of governance tasks (typed action ids, parsed by the feature).
import { defineAction, idArg } from "../../../core/action-id.ts";

export const doneAction = defineAction("governance:done", idArg);
export const snoozeForm = defineAction("governance:snooze-form", idArg);
export const editTaskAction = defineAction("governance:edit", idArg);
export const cancelTaskAction = defineAction("governance:cancel", idArg);
/** The task form's submission: 0 for a new task, else the task edited. */
export const taskForm = defineAction("governance:task-form", idArg);
/** « Did you mean this task? » after an ambiguous « c'est fait ». */
export const pickDoneAction = defineAction("governance:pick-done", idArg);
