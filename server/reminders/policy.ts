// When reminders go out for a deadline: steps in days relative to the due date (negative before,
// positive after), per deadline kind. A step before the due date (or on it) that is not a working
// day moves to the working day before; a step after it moves to the working day after. Steps after
// the due date also go to the case officers.
import { env } from '../env.js';
import type { DeadlineKind } from '../models/Deadline.js';
import { shiftDays, toWorkingDay } from './workingDays.js';

function reminderSteps(kind: DeadlineKind): number[] {
  const configured = env.REMINDER_STEPS_BY_KIND[kind];
  if (configured) return configured;
  // Once the agenda deadline has passed the centre can no longer add items: a reminder then is noise.
  return kind === 'meeting' ? env.REMINDER_STEPS.filter((step) => step <= 0) : env.REMINDER_STEPS;
}

export function reminderDate(dueDate: string, step: number): string {
  return toWorkingDay(shiftDays(dueDate, step), step > 0 ? 'after' : 'before');
}

export const goesToCaseOfficers = (step: number) => step > 0;

export interface PlannedStep {
  step: number;
  sendOn: string;
}

export function plannedSteps(kind: DeadlineKind, dueDate: string): PlannedStep[] {
  return reminderSteps(kind).map((step) => ({ step, sendOn: reminderDate(dueDate, step) }));
}

/** The widest reach of any step, plus slack for holiday moves: which due dates can remind today. */
export function dueDateWindow(today: string): { from: string; to: string } {
  const all = [env.REMINDER_STEPS, ...Object.values(env.REMINDER_STEPS_BY_KIND)].flat();
  const slack = 7; // Easter can push a step several days
  return { from: shiftDays(today, -Math.max(0, ...all) - slack), to: shiftDays(today, -Math.min(0, ...all) + slack) };
}
