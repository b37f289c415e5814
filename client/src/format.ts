// Norwegian dates (money is common/money.ts, shared with the server). Calendar dates from the API are YYYY-MM-DD in Europe/Oslo and are
// shown as they are, never shifted through a time zone; timestamps are UTC and shown in Oslo time.
/** The languages of the interface; bokmål is the default. */
export type Language = 'nb' | 'en';

const locale = (language: Language) => (language === 'nb' ? 'nb-NO' : 'en-GB');

/** "15. februar 2009" / "15 February 2009" */
export function formatDate(isoDate: string | null | undefined, language: Language): string {
  if (!isoDate) return '–';
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** "15.02.2009 kl. 14:05" / "15/02/2009, 14:05" in Oslo time. */
export function formatTimestamp(iso: string | null | undefined, language: Language): string {
  if (!iso) return '–';
  const date = new Intl.DateTimeFormat(locale(language), { timeZone: 'Europe/Oslo', dateStyle: 'short' }).format(
    new Date(iso),
  );
  const time = formatTime(iso, language);
  return language === 'nb' ? `${date} kl. ${time}` : `${date}, ${time}`;
}

/** "14:05" in Oslo time, for "Lagret kl. 14:05". */
export function formatTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { timeZone: 'Europe/Oslo', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export function monthName(month: number, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}

export function formatNumber(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(locale(language)).format(value);
}

/** Today's date in Oslo as YYYY-MM-DD. */
export function todayInOslo(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
}

export const currentYear = () => Number(todayInOslo().slice(0, 4));

/** A Norwegian bank account as people write it: "8601 11 17947" (other text is shown as it is). */
export function formatBankAccount(account: string): string {
  const digits = account.replace(/[\s.]/g, '');
  return /^\d{11}$/.test(digits) ? `${digits.slice(0, 4)} ${digits.slice(4, 6)} ${digits.slice(6)}` : account;
}
