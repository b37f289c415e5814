// Texts for the frame of every page: header, menu, language switch. Bokmål first; English with exactly the same keys.

export const nb = {
  appName: 'Styringsdialog',
  appTagline: 'Tilskuddsbrev, oppdrag, budsjett, frister og styringsmøter',
  skipToContent: 'Hopp til hovedinnhold',
  mainNav: 'Hovedmeny',
  languageSwitch: 'English',
  languageSwitchLabel: 'Switch to English',
  home: 'Forside',
  indicators: 'Indikatorer',
  audit: 'Revisjonslogg',
  users: 'Brukere',
  logout: 'Logg ut',
  loggedInAs: (name: string) => `Innlogget som ${name}`,
};

export const en: typeof nb = {
  appName: 'Styringsdialog',
  appTagline: 'Grant letters, assignments, budget, deadlines and steering meetings',
  skipToContent: 'Skip to main content',
  mainNav: 'Main menu',
  languageSwitch: 'Norsk',
  languageSwitchLabel: 'Bytt til norsk',
  home: 'Home',
  indicators: 'Indicators',
  audit: 'Audit trail',
  users: 'Users',
  logout: 'Log out',
  loggedInAs: (name) => `Logged in as ${name}`,
};
