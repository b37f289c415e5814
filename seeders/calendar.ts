// Calendar helpers for seed data that must look right whatever day it is seeded: calendar dates
// are 'YYYY-MM-DD' strings in Europe/Oslo, as the app stores them.
import { addWeeks, format, nextDay, subDays } from 'date-fns';
import type { Day } from 'date-fns';

/** Today's date in Oslo. */
export { osloToday as todayInOslo } from '../server/calendar.js';

/** The n-th given weekday (0 = Sunday) of a month, e.g. the third Tuesday of April. */
export function nthWeekday(year: number, month: number, weekday: Day, n: number): string {
  const dayBeforeMonth = subDays(new Date(year, month - 1, 1), 1);
  return format(addWeeks(nextDay(dayBeforeMonth, weekday), n - 1), 'yyyy-MM-dd');
}

/** ISO date strings compare correctly as strings. */
export const isBefore = (date: string, other: string) => date < other;

/** A timestamp for something that has already happened: never later than now. */
export function notAfterNow(timestamp: Date, now = new Date()): Date {
  return timestamp.getTime() > now.getTime() ? now : timestamp;
}

export const yearOf = (date: string) => Number(date.slice(0, 4));
