// Norwegian dates and money. Calendar dates from the API are YYYY-MM-DD in Europe/Oslo and are
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

/** "15.02.2009 14:05" in Oslo time. */
export function formatTimestamp(iso: string | null | undefined, language: Language): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  }).format(new Date(iso));
}

export function monthName(month: number, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}

/** Integer øre as Norwegian kroner: "kr 18 000 000", or "kr 1 234,50" when there are øre. */
export function formatMoney(amountOre: number): string {
  const negative = amountOre < 0;
  const ore = Math.abs(amountOre);
  const kroner = Math.floor(ore / 100);
  const rest = ore % 100;
  const grouped = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 }).format(kroner);
  return `${negative ? '−' : ''}kr ${grouped}${rest ? `,${String(rest).padStart(2, '0')}` : ''}`;
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

/**
 * Reads kroner as typed in Norway ("18 000 000", "1234,50", "kr 8 000 000") into integer øre,
 * without floating point; null when it is not an amount.
 */
export function parseKroner(text: string): number | null {
  const cleaned = text
    .replace(/^\s*kr\.?/i, '')
    .replace(/[\s\u00a0\u202f.]/g, (ch) => (ch === '.' ? '.' : ''))
    .replace(/,-$/, '');
  const match = /^(\d+)(?:[,.](\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const ore = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0') || '0');
  return Number.isSafeInteger(ore) ? ore : null;
}

/** A Norwegian bank account as people write it: "8601 11 17947" (other text is shown as it is). */
export function formatBankAccount(account: string): string {
  const digits = account.replace(/[\s.]/g, '');
  return /^\d{11}$/.test(digits) ? `${digits.slice(0, 4)} ${digits.slice(4, 6)} ${digits.slice(6)}` : account;
}
