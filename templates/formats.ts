// Calendar dates ("YYYY-MM-DD") as letters and e-mails write them: "15. februar 2009" and "15.02.2009".
import { format, parseISO } from 'date-fns';
import { enGB, nb } from 'date-fns/locale';

export type Language = 'nb' | 'en';

export function formatDateLong(isoDate: string, language: Language = 'nb'): string {
  const date = parseISO(isoDate);
  return language === 'en'
    ? format(date, 'd MMMM yyyy', { locale: enGB })
    : format(date, 'd. MMMM yyyy', { locale: nb });
}

export function formatDateShort(isoDate: string): string {
  return format(parseISO(isoDate), 'dd.MM.yyyy');
}
