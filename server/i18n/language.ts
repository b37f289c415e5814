// The language of one answer: bokmål unless the request asks for English. The web client sends
// the language the person chose as Accept-Language; other clients get what they ask for.
import type { Request } from 'express';

export type Language = 'nb' | 'en';

/** A text a person may read, in both languages; the answer picks one. */
export interface Localized {
  nb: string;
  en: string;
}

export const say = (nb: string, en: string): Localized => ({ nb, en });

export const isLocalized = (text: unknown): text is Localized =>
  typeof text === 'object' && text !== null && 'nb' in text && 'en' in text;

export function localize(text: string | Localized, language: Language): string {
  return typeof text === 'string' ? text : text[language];
}

/** Norwegian (nb, no, nn) is the default; English only when the request prefers it. */
export function requestLanguage(req: Partial<Pick<Request, 'acceptsLanguages'>>): Language {
  // Errors raised before Express has dressed the request (or in a bare test request) get bokmål.
  if (typeof req.acceptsLanguages !== 'function') return 'nb';
  const preferred = req.acceptsLanguages('nb', 'no', 'nn', 'en');
  return preferred === 'en' ? 'en' : 'nb';
}
