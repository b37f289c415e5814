// Calendar dates as the app stores them: 'YYYY-MM-DD' strings in Europe/Oslo.
import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';

export const OSLO = 'Europe/Oslo';

/** Today's calendar date in Oslo (not UTC: at 00:30 Oslo time it is already tomorrow there). */
export function osloToday(now = new Date()): string {
  return format(new TZDate(now, OSLO), 'yyyy-MM-dd');
}

/** The Oslo calendar date of a moment (a timestamp stored in UTC). */
export const osloDateOf = (moment: Date): string => osloToday(moment);

/** The instant today (or the given Oslo date) began in Oslo. */
export const startOfOsloDay = (date = osloToday()): Date => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, OSLO).getTime());
};
