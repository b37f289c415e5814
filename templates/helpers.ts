// Handlebars helpers for Norwegian (and English) formats. Every helper returns plain strings, so
// Handlebars escapes them like any other value.
import type { HelperDelegate } from 'handlebars';
import { formatKroner, formatMillions } from '../common/money.js';
import { formatDateLong, formatDateShort } from './formats.js';
import type { Language } from './formats.js';

/** The language of the view being rendered ({{dateLong d}} inside a letter uses the letter's). */
function languageOf(options: unknown): Language {
  const root = (options as { data?: { root?: { language?: Language } } } | undefined)?.data?.root;
  return root?.language === 'en' ? 'en' : 'nb';
}

export const helpers: Record<string, HelperDelegate> = {
  /** {{dateLong "2009-02-15"}} → "15. februar 2009" */
  dateLong: (isoDate: string, options) => (isoDate ? formatDateLong(isoDate, languageOf(options)) : ''),
  /** {{dateShort "2009-02-15"}} → "15.02.2009" */
  dateShort: (isoDate: string) => (isoDate ? formatDateShort(isoDate) : ''),
  /** {{kroner 1800000000}} → "kr 18 000 000" (amounts are øre) */
  kroner: (ore: number) => formatKroner(ore, { nonBreaking: true, ore: 'whenAny' }),
  /** {{millions 1800000000}} → "18 mill. kroner" */
  millions: (ore: number, options) => formatMillions(ore, { nonBreaking: true, language: languageOf(options) }),
  /** {{orgNumber "983544622"}} → "983 544 622" (organisasjonsnummer in groups of three) */
  orgNumber: (digits: string) => (digits ? digits.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3') : ''),
  /** {{inc @index}} → 1-based numbering */
  inc: (index: number) => String(index + 1),
  /** {{#if (eq a b)}} */
  eq: (a: unknown, b: unknown) => a === b,
};
