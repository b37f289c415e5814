// Bokmål first, English by the switch in the header. The texts live in i18n/, one file per feature,
// merged into one typed dictionary (i18n/dictionary.ts); pages use `const { t } = useI18n()`.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Language } from './format.js';
import { setAnswerLanguage } from './api.js';
import { dictionaries } from './i18n/dictionary.js';
import type { Dictionary } from './i18n/dictionary.js';

export type { Dictionary, Language };

const STORAGE_KEY = 'styringsdialog.language';

interface I18n {
  t: Dictionary;
  language: Language;
  setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18n>({ t: dictionaries.nb, language: 'nb', setLanguage: () => {} });

function storedLanguage(): Language {
  let language: Language = 'nb';
  try {
    language = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nb';
  } catch {
    // private mode: bokmål
  }
  // The server's messages follow the same choice, from the first request on.
  setAnswerLanguage(language);
  return language;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    setAnswerLanguage(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  const value = useMemo(() => ({ t: dictionaries[language], language, setLanguage }), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
