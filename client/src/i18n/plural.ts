// Counts in texts: Intl.PluralRules picks the form ("1 dag", "2 dager"; "1 day", "2 days"), and the
// number is written the way the language writes numbers ("1 200"). Every count-bearing text goes through here.
import type { Language } from '../format.js';

const locales: Record<Language, string> = { nb: 'nb-NO', en: 'en-GB' };

/** A text for n in the form the language's plural rules pick; "#" in the form stands for n. */
export function plural(language: Language, n: number, one: string, other: string): string {
  const form = new Intl.PluralRules(locales[language]).select(n) === 'one' ? one : other;
  return form.replaceAll('#', new Intl.NumberFormat(locales[language]).format(n));
}

/** The plural helper of one language, for that language's texts: `count(n, '# dag', '# dager')`. */
export const pluralFor =
  (language: Language) =>
  (n: number, one: string, other: string): string =>
    plural(language, n, one, other);
