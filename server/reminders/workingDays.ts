// Norwegian working days: not Saturday, Sunday or a public holiday (date-holidays, NO). Dates are
// calendar dates "YYYY-MM-DD" in Europe/Oslo.
import Holidays from 'date-holidays';
import { addDays, format, isWeekend, parseISO } from 'date-fns';

const norway = new Holidays('NO');

/** Noon UTC is the same calendar date in Oslo, summer or winter. */
const middayOf = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

function isPublicHoliday(isoDate: string): boolean {
  const found = norway.isHoliday(middayOf(isoDate));
  return Array.isArray(found) && found.some((holiday) => holiday.type === 'public');
}

// Asking date-holidays costs about a millisecond; a sweep asks about the same few dates thousands
// of times, so answers are kept (a few hundred dates a year).
const workingDayCache = new Map<string, boolean>();

export function isWorkingDay(isoDate: string): boolean {
  let answer = workingDayCache.get(isoDate);
  if (answer === undefined) {
    answer = !isWeekend(parseISO(isoDate)) && !isPublicHoliday(isoDate);
    workingDayCache.set(isoDate, answer);
  }
  return answer;
}

export function shiftDays(isoDate: string, days: number): string {
  return format(addDays(parseISO(isoDate), days), 'yyyy-MM-dd');
}

/** The date itself if it is a working day, else the nearest working day in the given direction. */
export function toWorkingDay(isoDate: string, direction: 'before' | 'after'): string {
  let date = isoDate;
  while (!isWorkingDay(date)) date = shiftDays(date, direction === 'before' ? -1 : 1);
  return date;
}
